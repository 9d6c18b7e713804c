// A quote inside a quote. The pledge's page puts the quote between its language's marks (“…” in
// English, «…» in Ukrainian, from the stylesheet's `quotes`), so marks the speaker's words already
// hold are inner ones and take the inner pair: ‘…’ in English, „…“ in Ukrainian. The stored quote
// stays word for word as reported; only what is shown changes.
import type { Locale } from '@shared/i18n';

const INNER: Record<Locale, [RegExp, string][]> = {
  en: [
    [/[“«]/g, '‘'],
    [/[”»]/g, '’'],
    // Straight double marks, in pairs: the first opens, the next closes.
    [/"([^"]*)"/g, '‘$1’'],
  ],
  uk: [
    [/[«“]/g, '„'],
    [/[»”]/g, '“'],
    [/"([^"]*)"/g, '„$1“'],
  ],
};

export function withInnerQuoteMarks(quote: string, language: Locale): string {
  return INNER[language].reduce((text, [mark, inner]) => text.replace(mark, inner), quote);
}
