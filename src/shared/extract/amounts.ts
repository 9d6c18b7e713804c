// Money amounts: "$90 billion", "US$1.5bn", "€500 million", "2 billion euros", "£40m",
// "roughly 1,000 hryvnias". Hedges ("roughly", "about", "up to") make it approximate.
import type { ExtractedAmount } from '../contract/extract';
import { NUMBER_SOURCE, parseNumber } from './numbers';

const SYMBOLS: Record<string, string> = {
  us$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₴': 'UAH',
  c$: 'CAD',
  a$: 'AUD',
};
const CODES = ['USD', 'EUR', 'GBP', 'UAH', 'JPY', 'CHF', 'CAD', 'AUD', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'NZD'];
const WORDS: [RegExp, string][] = [
  [/^(?:us |u\.s\. |american )?dollars?$/i, 'USD'],
  [/^euros?$/i, 'EUR'],
  [/^(?:british )?pounds?(?: sterling)?$/i, 'GBP'],
  [/^hryvnias?$|^hryvnia$/i, 'UAH'],
  [/^yen$/i, 'JPY'],
  [/^(?:swiss )?francs?$/i, 'CHF'],
  [/^zlotys?$/i, 'PLN'],
];
// Kroner, kronor, koruna: the crown of the state the sentence names.
const CROWNS: [RegExp, string][] = [
  [/\b(?:Denmark|Danish|Copenhagen)\b/, 'DKK'],
  [/\b(?:Norway|Norwegian|Oslo)\b/, 'NOK'],
  [/\b(?:Sweden|Swedish|Stockholm)\b/, 'SEK'],
  [/\b(?:Czechia|Czech|Prague)\b/, 'CZK'],
];
// "$500 million a year for three years": a rate over a stated count is a total.
const RATE_COUNT = new RegExp(
  String.raw`\b(?:a|per|each|every)\s+(year|month)\s+for\s+(?:the\s+next\s+)?(${NUMBER_SOURCE})\s+(years?|months?)\b`,
  'i',
);
const MULTIPLIERS: Record<string, number> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
};

const HEDGE = String.raw`(?:(roughly|about|some|nearly|around|almost|approximately|up to|more than|over|at least|close to|an estimated|circa|as much as)\s+)?`;
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const MULT = String.raw`(?:\s*(trillion|billion|million|thousand|bn|tn|mn|m|b|k)\b)?`;
const SYMBOL_RE = new RegExp(String.raw`${HEDGE}(US\$|C\$|A\$|\$|€|£|¥|₴)\s?${NUM}${MULT}`, 'giu');
const CODE_RE = new RegExp(String.raw`${HEDGE}\b(${CODES.join('|')})\s?${NUM}${MULT}`, 'gu');
const WORD_RE = new RegExp(
  String.raw`${HEDGE}\b${NUM}${MULT}\s+((?:US |U\.S\. |American )?dollars?|euros?|(?:British )?pounds?(?: sterling)?|hryvnias?|yen|(?:Swiss )?francs?|zlotys?|kroner|kronor|krone|krona|(?:${CODES.join('|')})\b)`,
  'giu',
);

function toAmount(
  hedge: string | undefined,
  num: string,
  mult: string | undefined,
  currency: string,
  text: string,
  index: number,
) {
  const base = Number(num.replace(/,/g, ''));
  const factor = mult ? (MULTIPLIERS[mult.toLowerCase()] ?? 1) : 1;
  const value = Math.round(base * factor * 100) / 100;
  return { index, amount: { value, currency, text, approximate: hedge !== undefined } satisfies ExtractedAmount };
}

/** The first amount of money in the text, or null. */
export function findAmount(text: string): ExtractedAmount | null {
  const found: { index: number; amount: ExtractedAmount }[] = [];
  for (const m of text.matchAll(SYMBOL_RE)) {
    const currency = SYMBOLS[m[2]!.toLowerCase()] ?? 'USD';
    found.push(toAmount(m[1], m[3]!, m[4], currency, m[0], m.index));
  }
  for (const m of text.matchAll(CODE_RE)) found.push(toAmount(m[1], m[3]!, m[4], m[2]!, m[0], m.index));
  for (const m of text.matchAll(WORD_RE)) {
    const word = m[4]!;
    const currency = CODES.includes(word.toUpperCase())
      ? word.toUpperCase()
      : /^kron/i.test(word)
        ? CROWNS.find(([re]) => re.test(text))?.[1]
        : WORDS.find(([re]) => re.test(word))?.[1];
    if (currency) found.push(toAmount(m[1], m[2]!, m[3], currency, m[0], m.index));
  }
  const valid = found.filter((f) => f.amount.value > 0).sort((a, b) => a.index - b.index);
  const first = valid[0]?.amount;
  if (!first) return null;
  const rate = RATE_COUNT.exec(text);
  const count = rate ? parseNumber(rate[2]!) : null;
  if (rate && count && rate[1]!.toLowerCase() === rate[3]!.toLowerCase().replace(/s$/, ''))
    return { ...first, value: Math.round(first.value * count * 100) / 100 };
  return first;
}
