// The English translator, made once: what code that has no reader's language at hand speaks
// (English is the source, so it needs no catalog).
import { createTranslator, type Translate } from './translator';

let english: Translate | undefined;

export function englishTranslator(): Translate {
  english ??= createTranslator('en');
  return english;
}
