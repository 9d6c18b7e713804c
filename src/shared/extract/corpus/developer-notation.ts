// The shorthand of docs/extraction.md ("latest D+30", "A .. B", "on X →") is for the people
// who write the rules. What the reader shows an editor must be plain words; this finds the
// shorthand, for the tests and the corpus figures.
const NOTATION: readonly RegExp[] = [
  /\bD\s*[+−-]\s*\d/, // D+30
  /\bD\b/, // "of D's week", "(D = …)"
  /→|\.\./, // arrows and ranges
  /\b[BNX]\b|\bA (?:to|and|\.\.) B\b/, // placeholders
  /\b(?:earliest|latest)\b/i, // field names
  /\bunits?\b|\bchrono/i, // the parser and its words
];

/** The pieces of developer notation in an explanation, empty when it is plain words. */
export function developerNotation(text: string): string[] {
  return NOTATION.flatMap((re) => {
    const m = re.exec(text);
    return m ? [m[0]] : [];
  });
}
