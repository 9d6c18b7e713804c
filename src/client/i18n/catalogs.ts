// Each language's translations load on their own: an English reader downloads no Ukrainian, and
// a Ukrainian reader downloads one chunk with every Ukrainian message of the app, and with it how
// languages other than English write dates and numbers (intl-formats.ts).
import { formatOtherLanguagesWith, type Locale, type Translations } from '@shared/i18n';

export async function loadTranslations(locale: Locale): Promise<Translations> {
  if (locale === 'en') return {};
  const { ukrainian, intlFormats } = await import('./catalog-uk');
  formatOtherLanguagesWith(intlFormats);
  return ukrainian;
}
