// Which reader an article needs. The caller may say; otherwise the text tells: Ukrainian is
// written in Cyrillic with letters Russian does not have (і, ї, є, ґ), so a text whose letters
// are mostly Cyrillic and that holds those letters is Ukrainian, and anything else is read as
// English (a Russian text finds no cues in either reader).
import type { ExtractRequest } from '../contract/extract';

export type ExtractLanguage = NonNullable<ExtractRequest['language']>;

export function detectLanguage(text: string): ExtractLanguage {
  const sample = text.slice(0, 5000);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return cyrillic > latin && /[іїєґІЇЄҐ]/u.test(sample) ? 'uk' : 'en';
}
