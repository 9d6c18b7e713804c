// The header's language switch: one pill naming the other language in that language
// ("Українська" / "English"), as readers look for their own language's name, not a flag.
import { LOCALES, LOCALE_NAMES, type Locale } from '@shared/i18n';
import { languageWords } from '../app/messages';
import { useLanguage } from './language';
import './language-switch.css';

export function LanguageSwitch() {
  const { locale, t, choose } = useLanguage();
  const other: Locale = LOCALES.find((candidate) => candidate !== locale) ?? 'en';
  return (
    <button
      type="button"
      className="site-nav-link language-switch"
      lang={other}
      title={t(languageWords.switchTo, { language: LOCALE_NAMES[other] })}
      onClick={() => void choose(other)}
    >
      {LOCALE_NAMES[other]}
    </button>
  );
}
