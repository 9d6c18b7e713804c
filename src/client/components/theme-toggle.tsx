// The header's theme switch: one small button that goes from the system's theme to light, to dark
// and back. Its name says which theme is on ("Theme: Dark"); its tooltip says what a press does.
import { useTheme, type ThemeChoice } from '@client/lib/stores/theme';
import './theme-toggle.css';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };

export function ThemeToggle() {
  const { choice, setChoice } = useTheme();
  return (
    <button
      type="button"
      className="site-nav-link theme-toggle"
      aria-label={`Theme: ${LABELS[choice]}`}
      title={`Theme: ${LABELS[choice]} (press for ${LABELS[NEXT[choice]]})`}
      onClick={() => setChoice(NEXT[choice])}
    >
      <span className={`theme-mark theme-mark-${choice}`} aria-hidden="true" />
    </button>
  );
}
