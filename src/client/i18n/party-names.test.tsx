// @vitest-environment jsdom
// Parties named in a sentence: by their names in the reader's language where they have one, as
// written otherwise, each spoken in its own language, joined as the reader's language joins lists.
import { render } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import type { PartyRef } from '@shared/contract';
import { showLanguage } from './language';
import { PartyNames } from './party-names';

const PARTIES: PartyRef[] = [
  { id: 'united-states', name: 'United States', nameTranslations: { uk: 'США' } },
  { id: 'g7', name: 'G7 finance ministers' },
  { id: 'council', name: 'Рада ЄС', nameLanguage: 'uk', nameTranslations: { en: 'Council of the EU' } },
];

afterEach(() => showLanguage('en'));

describe('PartyNames', () => {
  test('in English: the English names, the Ukrainian name’s translation, joined with “and”', async () => {
    await showLanguage('en');
    const { container } = render(<PartyNames parties={PARTIES} />);
    expect(container.textContent).toBe('United States, G7 finance ministers and Council of the EU');
    expect(container.querySelectorAll('[lang]')).toHaveLength(0);
  });

  test('in Ukrainian: Ukrainian names where there are, the English one marked as English, joined with “і”', async () => {
    await showLanguage('uk');
    const { container } = render(<PartyNames parties={PARTIES} />);
    expect(container.textContent).toBe('США, G7 finance ministers і Рада ЄС');
    const marked = [...container.querySelectorAll('[lang]')].map((e) => [e.textContent, e.getAttribute('lang')]);
    expect(marked).toEqual([['G7 finance ministers', 'en']]);
  });

  test('one party alone is its name', async () => {
    await showLanguage('uk');
    const { container } = render(<PartyNames parties={PARTIES.slice(0, 1)} />);
    expect(container.textContent).toBe('США');
  });
});
