// Money in Ukrainian news: "90 мільярдів доларів", "€2 млрд", "2,5 млрд грн", "500 млн
// канадських доларів", "1,3 млрд крон". A decimal comma, spaces between thousands, the
// multiplier written out or cut short, the currency after it (or a symbol before). A crown is
// the crown of the state the sentence names. "по 50 млн євро щомісяця протягом шести місяців"
// is a rate over a count of periods: the pledge is the total; a rate with no count stays a rate.
import type { ExtractedAmount } from '../../contract/extract';
import { UK_NUMBER_SOURCE, parseUkNumber } from './numbers';
import { B, E } from './text';

const NUM = '(\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)';
const MULT = '(трлн|трильйон[\\p{L}]*|млрд|мільярд[\\p{L}]*|млн|мільйон[\\p{L}]*|тис\\.|тисяч[\\p{L}]*)';
const HEDGE = '(?:(близько|приблизно|майже|понад|щонайменше|орієнтовно|більш\\s+ніж|більше\\s+ніж|до)\\s+)?';
const CURRENCY =
  '((?:канадськ|австралійськ|новозеландськ|американськ)[\\p{L}]*\\s+долар[\\p{L}]*|долар[\\p{L}]*(?:\\s+США)?|дол\\.|USD|євро|EUR|грн\\.?|гривень|гривні|гривня|гривнях|UAH|(?:британськ[\\p{L}]*\\s+)?фунт[\\p{L}]*(?:\\s+стерлінгів)?|GBP|(?:швейцарськ[\\p{L}]*\\s+)?франк[\\p{L}]*|CHF|єн|JPY|злотих|злоті|PLN|(?:датськ|шведськ|норвезьк|чеськ)[\\p{L}]*\\s+крон[\\p{L}]*|крон[\\p{L}]*|NOK|SEK|DKK|CZK)';

const WORD_RE = new RegExp(`${B}${HEDGE}(?:по\\s+)?${NUM}(?:\\s*${MULT})?\\s+${CURRENCY}${E}`, 'giu');
const SYMBOL_RE = new RegExp(`${HEDGE}(US\\$|\\$|€|£|₴)\\s?${NUM}(?:\\s*${MULT})?${E}`, 'giu');

const MULTIPLIERS: [RegExp, number][] = [
  [/^трлн|^трильйон/i, 1e12],
  [/^млрд|^мільярд/i, 1e9],
  [/^млн|^мільйон/i, 1e6],
  [/^тис/i, 1e3],
];
const SYMBOLS: Record<string, string> = { us$: 'USD', $: 'USD', '€': 'EUR', '£': 'GBP', '₴': 'UAH' };
// The crown of the state the sentence names, by the stem of its Ukrainian name.
const CROWNS: [RegExp, string][] = [
  [/Дан(?:ія|ії|ію|ією)|датськ/iu, 'DKK'],
  [/Швец(?:ія|ії|ію|ією)|шведськ/iu, 'SEK'],
  [/Норвег(?:ія|ії|ію|ією)|норвезьк/iu, 'NOK'],
  [/Чех(?:ія|ії|ію|ією)|чеськ/iu, 'CZK'],
];

function currencyOf(word: string, sentence: string): string | null {
  const w = word.toLowerCase();
  if (/^[a-z]{3}$/i.test(word)) return word.toUpperCase();
  if (w.startsWith('канадськ')) return 'CAD';
  if (w.startsWith('австралійськ')) return 'AUD';
  if (w.startsWith('новозеландськ')) return 'NZD';
  if (w.includes('долар') || w === 'дол.') return 'USD';
  if (w === 'євро') return 'EUR';
  if (w.startsWith('грн') || w.startsWith('гривн')) return 'UAH';
  if (w.includes('фунт')) return 'GBP';
  if (w.includes('франк')) return 'CHF';
  if (w === 'єн') return 'JPY';
  if (w.startsWith('злот')) return 'PLN';
  if (w.includes('крон')) return CROWNS.find(([r]) => r.test(w) || r.test(sentence))?.[1] ?? null;
  return null;
}

function value(num: string, mult: string | undefined): number {
  const base = Number(num.replace(/[  ]/g, '').replace(',', '.'));
  const factor = mult ? (MULTIPLIERS.find(([r]) => r.test(mult))?.[1] ?? 1) : 1;
  return Math.round(base * factor * 100) / 100;
}

// How many periods a rate runs: "щороку протягом трьох років", "на рік протягом наступних
// чотирьох років", "щомісяця протягом шести місяців".
const RATE_YEAR = /(?:^|[^\p{L}])(?:щороку|щорічно|на\s+рік)(?:[^\p{L}]|$)/iu;
const RATE_MONTH = /(?:^|[^\p{L}])(?:щомісяця|щомісячно|на\s+місяць)(?:[^\p{L}]|$)/iu;
const RATE_QUARTER = /(?:^|[^\p{L}])(?:щокварталу|щоквартально|на\s+квартал)(?:[^\p{L}]|$)/iu;
const COUNT = new RegExp(
  `(?:протягом|впродовж|упродовж|на)\\s+(?:(?:наступних|найближчих)\\s+)?(${UK_NUMBER_SOURCE})\\s+(рок[\\p{L}]*|років|рік|місяц[\\p{L}]*|квартал[\\p{L}]*)`,
  'iu',
);

function periods(sentence: string): { unit: 'year' | 'month' | 'quarter'; count: number | null } | null {
  const unit = RATE_YEAR.test(sentence)
    ? 'year'
    : RATE_MONTH.test(sentence)
      ? 'month'
      : RATE_QUARTER.test(sentence)
        ? 'quarter'
        : null;
  if (!unit) return null;
  const m = COUNT.exec(sentence);
  const counted = m ? (/^р/i.test(m[2]!) ? 'year' : /^м/i.test(m[2]!) ? 'month' : 'quarter') : null;
  return { unit, count: m && counted === unit ? parseUkNumber(m[1]!) : null };
}

/** The first amount of money in a Ukrainian sentence, a rate times its stated count, or null. */
export function findUkAmount(sentence: string): ExtractedAmount | null {
  const found: { index: number; amount: ExtractedAmount }[] = [];
  for (const m of sentence.matchAll(WORD_RE)) {
    const currency = currencyOf(m[4]!, sentence);
    if (currency)
      found.push({
        index: m.index,
        amount: { value: value(m[2]!, m[3]), currency, text: m[0], approximate: m[1] !== undefined },
      });
  }
  for (const m of sentence.matchAll(SYMBOL_RE)) {
    const currency = SYMBOLS[m[2]!.toLowerCase()] ?? 'USD';
    found.push({
      index: m.index,
      amount: { value: value(m[3]!, m[4]), currency, text: m[0], approximate: m[1] !== undefined },
    });
  }
  const first = found.filter((f) => f.amount.value > 0).sort((a, b) => a.index - b.index)[0]?.amount;
  if (!first) return null;
  const rate = periods(sentence);
  if (rate?.count) return { ...first, value: Math.round(first.value * rate.count * 100) / 100 };
  return first;
}
