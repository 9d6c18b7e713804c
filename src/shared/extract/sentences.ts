// Splits an article into sentences with their character offsets in the original text
// (end exclusive), so that text.slice(start, end) is always the sentence itself.

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// Words that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'maj',
  'adm',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'no',
  'nos',
  'fig',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'est',
  'approx',
  'pres',
  'amb',
  'rev',
  'hon',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'bn',
  'mn',
  'approx',
  'cf',
  'al',
  // Ukrainian abbreviations that stand before a name or a number: "м. Київ", "ім. Шевченка".
  'м',
  'ім',
  'вул',
  'св',
  'обл',
  'пл',
  'просп',
  'див',
]);

// After an initialism such as "U.S." a capitalised word usually continues the noun phrase
// ("U.S. President", "U.S. Treasury"); any other capitalised word starts a new sentence
// ("... supported by the U.S. French President Emmanuel Macron clarified ...").
const INITIALISM_FOLLOWERS = new Set([
  'president',
  'secretary',
  'congress',
  'senate',
  'house',
  'army',
  'navy',
  'air',
  'marine',
  'marines',
  'treasury',
  'state',
  'department',
  'ambassador',
  'embassy',
  'government',
  'administration',
  'envoy',
  'forces',
  'military',
  'defense',
  'defence',
  'officials',
  'official',
  'trade',
  'dollar',
  'dollars',
  'special',
  'national',
  'vice',
  'general',
  'security',
  'council',
  'commission',
  'central',
  'federal',
  'supreme',
  'court',
  'mission',
  'delegation',
  'patriot',
  'and',
  'or',
  'ally',
  'allies',
  'weapons',
  'troops',
  'navy',
  'coast',
  'agency',
  'aid',
  'intelligence',
  'economy',
  'sanctions',
  'citizens',
  'prime',
  'foreign',
  'minister',
  'chief',
  'joint',
  'energy',
  'capitol',
  'lawmakers',
]);

const CLOSERS = '"”’\')]»';

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch.toLowerCase() !== ch;
}

function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch.toUpperCase() !== ch;
}

/** The word (letters and inner periods) that ends just before `dot`. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, dot);
}

function nextWord(text: string, from: number): string {
  // Any script: a Ukrainian sentence starts with a Cyrillic capital.
  const m = /^[\s"“‘'(«]*(\p{L}+)/u.exec(text.slice(from, from + 40));
  return m ? m[1]! : '';
}

/** Is the period at `dot` the end of a sentence? (Only called when whitespace or a glitch follows.) */
function endsSentenceAtPeriod(text: string, dot: number, after: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  const next = nextWord(text, after);
  const nextStartsUpper = isUpper(next[0]);
  if (!nextStartsUpper && !/^[\s"“‘'(]*\d/.test(text.slice(after, after + 5))) {
    // "e.g. the", "approx. 40": lower-case continuation never starts a sentence.
    return false;
  }
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^[A-Z]$/.test(word)) {
    // An initialism ("U.S", "E.U") or a single initial ("Donald J").
    if (/^[A-Z]$/.test(word)) return false;
    return !INITIALISM_FOLLOWERS.has(next.toLowerCase());
  }
  if (ABBREVIATIONS.has(lower.replace(/\.$/, ''))) {
    // Titles are followed by a name; month abbreviations by a day number.
    return false;
  }
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      // A blank line, or a line break after a finished sentence, always ends a sentence; a
      // single break in the middle of a sentence is a wrapped line.
      const prev = text.slice(start, i).trimEnd();
      if (text[i + 1] === '\n' || /[.!?:"”’)]$/.test(prev) || prev.length === 0) push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && CLOSERS.includes(text[j]!)) j++;
    if (j >= n) continue;
    const following = text[j]!;
    if (/\s/.test(following)) {
      if (ch === '.' && !endsSentenceAtPeriod(text, i, j)) continue;
      if (ch !== '.' && !isUpper(nextWord(text, j)[0]) && !/^\s*["“]/.test(text.slice(j, j + 3))) continue;
      push(j);
      i = j - 1;
      continue;
    }
    // A missing space after the period ("prospect.On branch"): a lower-case word of two letters
    // or more, a period, then a capitalised word. "U.S.", "e.g." and "example.com" stay whole.
    if (ch === '.' && j === i + 1 && isUpper(following) && isLower(text[j + 1])) {
      const word = wordBefore(text, i);
      if (/^[a-z]{2,}$/.test(word) && !ABBREVIATIONS.has(word)) {
        push(j);
        i = j - 1;
      }
    }
  }
  push(n);
  return out;
}
