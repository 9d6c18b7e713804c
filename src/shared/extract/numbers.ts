// Number words, because general parsers stop at "twelve" and articles write "fourteen days",
// "thirty days", "a fortnight".

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A regex source matching a cardinal: digits, "a"/"an", or words up to ninety-nine. */
export const NUMBER_SOURCE =
  '(?:\\d{1,4}(?:\\.\\d+)?|a couple of|a few|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|' +
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|' +
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)';

/** The value of a cardinal matched by NUMBER_SOURCE, or null. */
export function parseNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a couple of') return 2;
  if (w === 'a few') return 3;
  if (w in UNITS) return UNITS[w]!;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](\w+))?$/.exec(w);
  if (m) {
    const tens = TENS[m[1]!]!;
    if (!m[2]) return tens;
    const unit = UNITS[m[2]];
    return unit !== undefined && unit > 0 && unit < 10 ? tens + unit : null;
  }
  return null;
}
