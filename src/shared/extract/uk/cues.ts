// Commitment cues in Ukrainian. Ukrainian has no "will" before a perfective verb: "Німеччина
// передасть" is a future by its form alone, the same ending as a present. So the cues are
// verbs of promising in their aspect, gender and number forms (пообіцяв/-ла/-ли, обіцяє,
// зобов'язався/-лася/-лися/-лося), of planning (планує, має намір, готовий), the modal "має /
// мають + infinitive or participle", "буде + participle", the synthetic future (-тиме, -тимуть),
// and the perfective futures of the verbs pledges are made of (надасть, передасть, виділить…).
// The guards keep out questions, negations, "чи" (whether), forecasts and past years.
import type { Cue } from '../cues';
import { B, E } from './text';

interface CuePattern {
  re: RegExp;
  kind: Cue['kind'];
  strong: boolean;
}

const re = (source: string) => new RegExp(`${B}(?:${source})${E}`, 'giu');

// Perfective future stems of the verbs pledges are made of, by conjugation: the stem, then its
// 3rd-person singular / plural and 1st-person plural endings. Kept to verbs of giving, sending,
// paying, building, deciding and signing: a verb of change ("зростуть", "послабиться") is a
// forecast's, not a pledge's.
const FUTURE_STEMS = [
  // -асть / -адуть / -амо (дати and its prefixed forms)
  '(?:на|пере|від|про|за|ви|роз)?да(?:сть|дуть|мо|си)',
  'ухвал(?:ить|ять|имо)|забезпеч(?:ить|ать|имо)|оголос(?:ить|ять|имо)|представ(?:ить|лять|имо)|продовж(?:ить|ать|имо)|навч(?:ить|ать|имо)|відправ(?:ить|лять|имо)|направ(?:ить|лять|имо)|постав(?:ить|лять|имо)|доставить|доставлять|запуст(?:ить|ять|имо)|віднов(?:ить|лять|имо)|завершить|завершать|скерує|розмістить|розмістять|виділ(?:ить|ять|имо)|перерах(?:ує|ують|уємо)|закуп(?:ить|лять|имо)|збуд(?:ує|ують|уємо)|профінанс(?:ує|ують|уємо)|відремонт(?:ує|ують|уємо)|інвест(?:ує|ують|уємо)|спрям(?:ує|ують|уємо)|підпиш(?:е|уть|емо)|відкри(?:є|ють|ємо)|розгля(?:не|нуть|немо)|прове(?:де|дуть|демо)|почн(?:е|уть|емо)|прибуд(?:е|уть)|надійд(?:е|уть)|зустрін(?:еться|уться)|перед(?:асть|адуть|амо)|над(?:асть|адуть|амо)|вид(?:асть|адуть|амо)|створ(?:ить|ять|имо)|посил(?:ить|ять|имо)|забезпеч(?:ить|ать)',
];

const CUES: CuePattern[] = [
  { re: re('(?:по)?обіця(?:в|ла|ло|ли|є|ють|ємо|ю)'), kind: 'promise', strong: true },
  {
    re: re("зобов'яза(?:вся|лася|лося|лися|лись|всь)|зобов'язу(?:ється|ються|ємося|юся)"),
    kind: 'commitment',
    strong: true,
  },
  { re: re("(?:взя(?:в|ла|ли|ло)|бер(?:е|уть))\\s+на\\s+себе\\s+зобов'язання"), kind: 'commitment', strong: true },
  { re: re('покля(?:вся|лася|лися)|присяг(?:нув|нула|нули)'), kind: 'vow', strong: true },
  { re: re('погоди(?:вся|лася|лися)|домови(?:вся|лася|лися)|узгоди(?:ли|в|ла)'), kind: 'agreement', strong: true },
  { re: re('запропонува(?:в|ла|ли|ло)|пропону(?:є|ють)'), kind: 'offer', strong: true },
  { re: re('гарант(?:ує|ують|ував|увала|ували)'), kind: 'commitment', strong: true },
  { re: re('запевни(?:в|ла|ли)|запевня(?:є|ють)'), kind: 'assurance', strong: true },
  {
    re: re(
      "(?:готов(?:ий|а|і|е)|висловив\\s+готовність|висловила\\s+готовність)(?=\\s+[\\p{L}']+(?:ти|тися|тись)(?![\\p{L}']))",
    ),
    kind: 'willingness',
    strong: false,
  },
  {
    re: re(
      'план(?:ує|ують|уємо|ував|увала|ували)|(?:має|мають|маємо|мала|мали|мав)\\s+намір|збира(?:ється|ються|ємося)|має\\s+на\\s+меті',
    ),
    kind: 'plan',
    strong: false,
  },
  // "має затвердити", "мають бути оформлені": an obligation said of a party.
  {
    re: re(
      "(?:має|мають)(?=\\s+(?:бути\\s+[\\p{L}']+(?:ний|на|не|ні|ений|ена|ене|ені|тий|та|те|ті)|[\\p{L}']+(?:ти|тися|тись))(?![\\p{L}']))",
    ),
    kind: 'intent',
    strong: false,
  },
  // "буде ухвалене", "будуть передані", "буде передано".
  {
    re: re(
      "(?:буде|будуть)(?=\\s+(?:[\\p{L}']+(?:ний|на|не|ні|ений|ена|ене|ені|тий|та|те|ті|но|то)|[\\p{L}']+ти)(?![\\p{L}']))",
    ),
    kind: 'intent',
    strong: false,
  },
  // The synthetic imperfective future: "надаватиме", "спрямовуватимуть", "виділятимемо".
  { re: re("[\\p{L}']{3,}(?:тиме|тимуть|тимемо|тиму)"), kind: 'intent', strong: false },
  { re: re(FUTURE_STEMS.join('|')), kind: 'intent', strong: false },
];

// A cue behind these words is denied, refused, asked for or only possible.
const NEGATED_BEFORE = /(?:^|[^\p{L}'])(?:не|ні|чи|навряд|відмови\p{L}*|не\s+збира\p{L}*)\s+(?:[\p{L}']+\s+){0,1}$/iu;
// Subjects and sayers for which a future is a forecast, not a commitment.
const FORECAST =
  /(?:^|[^\p{L}'])(?:ціни|ціна|гривня|курс|інфляція|економіка|ввп|температура|морози|погода|синоптики|аналітики|експерти|прогноз\p{L}*|очіку\p{L}*|ймовірно|можливо)(?:[^\p{L}']|$)/iu;
// "Шольц у 2023 році обіцяв": a promise of a past year is history, not a new pledge.
const PAST_YEAR = /(?:у|в)\s+((?:19|20)\d\d)\s+році|минулого\s+(?:року|тижня|місяця)|торік/iu;

/** The commitment cues of a Ukrainian sentence, in text order. `year` is D's year. */
export function findUkCues(sentence: string, year: number): Cue[] {
  if (/\?\s*[»"”]?\s*$/.test(sentence) || /^\s*Чи\s/u.test(sentence)) return [];
  const cues: Cue[] = [];
  for (const { re: pattern, kind, strong } of CUES) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const before = sentence.slice(Math.max(0, m.index - 40), m.index);
      if (NEGATED_BEFORE.test(before)) continue;
      if (!strong && FORECAST.test(sentence.slice(0, m.index))) continue;
      const past = PAST_YEAR.exec(sentence.slice(0, m.index));
      if (past && (past[1] === undefined || Number(past[1]) < year)) continue;
      if (cues.some((c) => m.index < c.end && m.index + m[0].length > c.start)) continue;
      cues.push({ kind, strong, start: m.index, end: m.index + m[0].length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}
