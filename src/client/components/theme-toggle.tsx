// The header's theme switch: one small button that goes from the system's theme to light, to dark
// and back. Its name says which theme is on ("Theme: Dark"); its tooltip says what a press does.
import { useTheme, type ThemeChoice } from '@client/lib/stores/theme';
import type { Message } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { componentWords } from './messages';
import './theme-toggle.css';

const LABELS: Record<ThemeChoice, Message> = {
  system: componentWords.themeSystem,
  light: componentWords.themeLight,
  dark: componentWords.themeDark,
};
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

export function ThemeToggle() {
  const { choice, setChoice } = useTheme();
  const t = useT();
  const theme = t(LABELS[choice]);
  return (
    <button
      type="button"
      className="site-nav-link theme-toggle"
      aria-label={t(componentWords.themeIs, { theme })}
      title={t(componentWords.themeNext, { theme, next: t(LABELS[NEXT[choice]]) })}
      onClick={() => setChoice(NEXT[choice])}
    >
      <span className={`theme-mark theme-mark-${choice}`} aria-hidden="true" />
    </button>
  );
}
