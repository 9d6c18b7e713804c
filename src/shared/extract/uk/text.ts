// Ukrainian text as the rules read it. Apostrophes come as ’, ʼ, ` or ' ("зобов’язалася",
// "п'ять"); each is one character, so replacing them keeps every offset.

/** A Ukrainian letter, or the apostrophe inside a word. */
export const L = "[\\p{L}']";
/** Word boundaries that know Cyrillic (\b does not). */
export const B = "(?<![\\p{L}\\p{N}'])";
export const E = "(?![\\p{L}\\p{N}'])";

export function ukText(text: string): string {
  return text.replace(/[’ʼ`]/g, "'");
}
