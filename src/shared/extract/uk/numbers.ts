// Ukrainian number words, in every case news puts them: "протягом десяти днів" (genitive),
// "за сорок п'ять днів" (accusative), "упродовж двадцяти одного дня", "двома тижнями"
// (instrumental). Every part of a compound declines, so each value lists its case forms.
// Apostrophes are read as "'" (the text is normalised first: ukText).

const UNIT_FORMS: Record<number, string[]> = {
  1: ['один', 'одна', 'одне', 'одну', 'одного', 'одному', 'одним', 'однієї', 'одній', 'одною', 'одні', 'одних'],
  2: ['два', 'дві', 'двох', 'двом', 'двома'],
  3: ['три', 'трьох', 'трьом', 'трьома'],
  4: ['чотири', 'чотирьох', 'чотирьом', 'чотирма'],
  5: ["п'ять", "п'яти", "п'ятьох", "п'ятьом", "п'ятьма"],
  6: ['шість', 'шести', 'шістьох', 'шістьом', 'шістьма'],
  7: ['сім', 'семи', 'сімох', 'сімом', 'сьома', 'сімома'],
  8: ['вісім', 'восьми', 'вісьмох', 'вісьмом', 'вісьма', 'вісьмома'],
  9: ["дев'ять", "дев'яти", "дев'ятьох", "дев'ятьом", "дев'ятьма"],
};

/** The "-ять" numerals (10–20, 30, 50–80) decline alike: nominative stem + ь / и / ьох / ьом / ьма. */
const YAT_STEMS: Record<number, string> = {
  10: 'десят',
  11: 'одинадцят',
  12: 'дванадцят',
  13: 'тринадцят',
  14: 'чотирнадцят',
  15: "п'ятнадцят",
  16: 'шістнадцят',
  17: 'сімнадцят',
  18: 'вісімнадцят',
  19: "дев'ятнадцят",
  20: 'двадцят',
  30: 'тридцят',
  50: "п'ятдесят",
  60: 'шістдесят',
  70: 'сімдесят',
  80: 'вісімдесят',
};

const FORMS: Record<number, string[]> = { ...UNIT_FORMS };
for (const [value, stem] of Object.entries(YAT_STEMS)) {
  // 50–80 write their nominative without the soft sign ("п'ятдесят").
  const nominative = Number(value) >= 50 ? stem : `${stem}ь`;
  FORMS[Number(value)] = [nominative, `${stem}и`, `${stem}ьох`, `${stem}ьом`, `${stem}ьма`];
}
FORMS[40] = ['сорок', 'сорока'];
FORMS[90] = ["дев'яносто", "дев'яноста"];
FORMS[100] = ['сто', 'ста'];

const BY_FORM = new Map<string, number>();
for (const [value, forms] of Object.entries(FORMS)) for (const f of forms) BY_FORM.set(f, Number(value));

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
const TENS_WORDS = longestFirst([20, 30, 40, 50, 60, 70, 80, 90].flatMap((v) => FORMS[v]!));
const UNIT_WORDS = longestFirst([1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((v) => FORMS[v]!));
const ALL_WORDS = longestFirst([...BY_FORM.keys()]);

/**
 * A regex source for a cardinal in digits or in words, any case: "30", "тридцяти",
 * "двадцяти одного", "сорок п'ять". Letters around it are excluded by the caller's boundaries.
 */
export const UK_NUMBER_SOURCE = `(?:\\d{1,4}|(?:${TENS_WORDS})\\s+(?:${UNIT_WORDS})|${ALL_WORDS})`;

/** The value of a cardinal matched by UK_NUMBER_SOURCE, or null. */
export function parseUkNumber(words: string): number | null {
  const w = words.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  const parts = w.split(' ');
  if (parts.length === 1) return BY_FORM.get(w) ?? null;
  if (parts.length !== 2) return null;
  const tens = BY_FORM.get(parts[0]!);
  const unit = BY_FORM.get(parts[1]!);
  if (tens === undefined || unit === undefined || tens < 20 || tens % 10 !== 0 || unit > 9) return null;
  return tens + unit;
}
