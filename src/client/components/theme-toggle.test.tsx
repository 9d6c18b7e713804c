// @vitest-environment jsdom
// The header's theme switch: its name and state as a screen reader hears them, the choice put on
// <html data-theme> for the style sheet, kept under the key public/theme.js reads before the next
// page's first paint, and that script applying it.
import { readFileSync } from 'node:fs';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { THEME_STORAGE_KEY, useTheme } from '@client/lib/stores/theme';
import { ThemeToggle } from './theme-toggle';

const PRE_PAINT_SCRIPT = readFileSync('public/theme.js', 'utf8');
const root = document.documentElement;

/** What the browser does with public/theme.js on the next page load, before the app starts. */
function loadNextPage(): void {
  delete root.dataset.theme;
  new Function(PRE_PAINT_SCRIPT)();
}

beforeEach(() => {
  localStorage.clear();
  delete root.dataset.theme;
  useTheme.setState({ choice: 'system' });
});
afterEach(cleanup);

describe('the theme switch', () => {
  test('is named for the theme that is on, the system’s at first, and says what a press does', () => {
    render(<ThemeToggle />);
    const button = screen.getByRole('button', { name: 'Theme: System' });
    expect(button.getAttribute('title')).toBe('Theme: System (press for Light)');
    expect(root.dataset.theme).toBeUndefined();
  });

  test('goes from the system’s theme to light, dark and back, putting each on <html> at once', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Theme: System' }));
    expect(root.dataset.theme).toBe('light');
    await user.click(screen.getByRole('button', { name: 'Theme: Light' }));
    expect(root.dataset.theme).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Theme: Dark' }));
    expect(root.dataset.theme).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Theme: System' })).toBeTruthy();
  });

  test('the next page starts in the chosen theme: public/theme.js reads what the store kept', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Theme: System' }));
    await user.click(screen.getByRole('button', { name: 'Theme: Light' }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toContain('dark');
    loadNextPage();
    expect(root.dataset.theme).toBe('dark');

    await user.click(screen.getByRole('button', { name: 'Theme: Dark' }));
    loadNextPage();
    expect(root.dataset.theme).toBeUndefined();
  });

  test('public/theme.js leaves the system’s theme when nothing, or nothing sensible, is stored', () => {
    loadNextPage();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem(THEME_STORAGE_KEY, 'not json');
    loadNextPage();
    expect(root.dataset.theme).toBeUndefined();
    localStorage.setItem(THEME_STORAGE_KEY, JSON.stringify({ state: { choice: 'purple' }, version: 1 }));
    loadNextPage();
    expect(root.dataset.theme).toBeUndefined();
  });
});
