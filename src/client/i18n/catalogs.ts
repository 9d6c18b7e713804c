// Each language's translations load on their own: an English reader downloads no Ukrainian, and
// a Ukrainian reader downloads one chunk with every Ukrainian message of the app.
import type { Locale, Translations } from '@shared/i18n';

export async function loadTranslations(locale: Locale): Promise<Translations> {
  if (locale === 'en') return {};
  const { ukrainian } = await import('./catalog-uk');
  return ukrainian;
}
