import { describe, expect, it } from 'vitest';
import { CORPUS_PARTIES } from './corpus/parties';
import { findDateline } from './dateline';
import { extractPledges } from './index';

describe('findDateline', () => {
  it.each([
    ['BRUSSELS, 3 March 2026 — The EU will act.', 'BRUSSELS, 3 March 2026 —', '2026-03-03'],
    ['KYIV (Reuters) - Ukraine will act.', 'KYIV (Reuters) -', null],
    ['WASHINGTON, Aug 18 (AP) — The US will act.', 'WASHINGTON, Aug 18 (AP) —', '2025-08-18'],
    ['LONDON — Britain will act.', 'LONDON —', null],
    ['LONDON —\nBritain will act.', 'LONDON —', null],
    ['NEW YORK, March 3, 2026 -- The UN will act.', 'NEW YORK, March 3, 2026 --', '2026-03-03'],
    ['BUCHAREST, Nov. 3 (Reuters) - Romania will act.', 'BUCHAREST, Nov. 3 (Reuters) -', '2024-11-03'],
    ['KHARKIV, Ukraine (AP) — The city will act.', 'KHARKIV, Ukraine (AP) —', null],
    ['Paris (AFP) - France will act.', 'Paris (AFP) -', null],
    ['Brussels, 3 March 2026 – The EU will act.', 'Brussels, 3 March 2026 –', '2026-03-03'],
  ])('%s', (text, dateline, date) => {
    const found = findDateline(text, '2025-09-01');
    expect(found).toMatchObject({ start: 0, text: dateline, date });
    // The end is past the spaces that follow, where the story's own words start.
    expect(text.slice(found!.end)).toMatch(/^\S/);
  });

  it('finds the dateline on the line after a headline', () => {
    const text = 'Romania to send second Patriot system\n\nBUCHAREST (Reuters) - Romania will send it.';
    const found = findDateline(text);
    expect(found?.text).toBe('BUCHAREST (Reuters) -');
    expect(text.slice(found!.start, found!.end)).toBe('BUCHAREST (Reuters) - ');
  });

  it('places a date without a year on or before the reference date', () => {
    expect(findDateline('WASHINGTON, Aug 18 (AP) — x', '2025-08-18')?.date).toBe('2025-08-18');
    expect(findDateline('WASHINGTON, Aug 18 (AP) — x', '2025-08-17')?.date).toBe('2024-08-18');
    expect(findDateline('WASHINGTON, Feb 29 (AP) — x', '2026-03-01')?.date).toBe('2024-02-29');
    expect(findDateline('WASHINGTON, Aug 18 (AP) — x')?.date).toBeNull();
    expect(findDateline('WASHINGTON, 31 April 2026 — x')?.date).toBeNull();
  });

  it.each([
    'Moldova - a small country - will act.',
    'US - China talks will resume.',
    'Ukraine will send 40 more trainers.',
    'The plan — agreed in March — will be signed.',
  ])('finds none in "%s"', (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe('extractPledges leaves the dateline out of what it proposes', () => {
  const read = (text: string) =>
    extractPledges({ text, publishedOn: '2025-08-18', timeZone: 'Europe/Kyiv' }, CORPUS_PARTIES).candidates;

  it.each([
    ['BRUSSELS, 3 March 2026 — ', 'The European Union will pay Ukraine €4 billion by the end of April.'],
    ['KYIV (Reuters) - ', 'Ukraine will send 40 more trainers to Poland within 30 days.'],
    ['WASHINGTON, Aug 18 (AP) — ', 'The United States will announce new aid for Ukraine in the coming days.'],
    ['LONDON — ', 'Britain will send Ukraine 5,000 missiles by the end of the year.'],
    ['LONDON —\n', 'Britain will send Ukraine 5,000 missiles by the end of the year.'],
  ])('%s', (dateline, story) => {
    const text = dateline + story;
    const [candidate] = read(text);
    expect(candidate?.sentence).toBe(story);
    expect(text.slice(candidate!.start, candidate!.end)).toBe(story);
    const names = [...candidate!.pledgers, ...candidate!.beneficiaries].map((p) => p.name);
    expect(names).not.toContain('Reuters');
    expect(names).not.toContain('AP');
    expect(candidate!.title).not.toMatch(/BRUSSELS|KYIV|WASHINGTON|LONDON|Reuters|AP\b/);
  });
});
