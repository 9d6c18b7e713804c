// Every way a link's part is dropped, from the address to the sentence the notice shows: in the
// words of the list's controls, never the raw token.
import { describe, expect, it } from 'vitest';
import { MAX_TAGS, parseFilters, type ParamProblemReason } from '@shared/contract';
import { linkProblemsWords } from './link-problem-words';

const NOW = Date.parse('2025-09-01T09:00:00Z');
const wordsFor = (search: string | Record<string, unknown>) =>
  linkProblemsWords(
    parseFilters(typeof search === 'string' ? new URLSearchParams(search) : search, { nowMs: NOW }).problems,
  );

/** One address per reason the parser gives, so a new reason cannot go without its words. */
const EVERY_REASON: Record<Exclude<ParamProblemReason['kind'], 'bad-paging'>, [string, string[]][]> = {
  'unknown-param': [['colour=blue', ['“colour” is not something this list can be filtered or ordered by.']]],
  'not-text': [['{"q":{"nested":true}}', ['Search: the link gives it in a form that cannot be read.']]],
  'unknown-values': [
    [
      'state=overdue,soon',
      ['Deadline: “soon” is not one of the choices (Overdue, Due, Upcoming, Met, Late, Missed, No deadline).'],
    ],
    [
      'verdict=kept,maybe',
      [
        'Verdict: “kept” and “maybe” are not among the choices (Open, Fulfilled, Partially fulfilled, Broken, Withdrawn).',
      ],
    ],
    ['progress=lots', ['Delivered: “lots” is not one of the choices (Nothing yet, In part, In full).']],
    [
      'sort=-popularity',
      [
        'Order: sorting by “popularity” (descending) is not offered, so the list keeps its usual order, Needs attention first.',
      ],
    ],
    [
      'sort=most_read',
      ['Order: sorting by “most read” is not offered, so the list keeps its usual order, Needs attention first.'],
    ],
    ['party=ukraine&role=donor', ['Party role: “donor” is not one of the choices (Pledger, Beneficiary, Guarantor).']],
    ['view=grid', ['Show as: “grid” is not one of the choices (List, Timeline).']],
    ['view=timeline&zoom=week', ['Timeline span: “week” is not one of the choices (Month, Quarter, Year, Fit).']],
  ],
  'not-ids': [
    [
      'party=United%20States',
      ['Party: “United States” is not how a link names a party; it uses the party’s id, e.g. united-states.'],
    ],
    [
      'tag=Not%20A%20Tag,arms',
      ['Tags: “Not A Tag” is not a tag as links write them, in lowercase words joined by dashes, e.g. peace-talks.'],
    ],
  ],
  'too-many': [
    [
      `tag=${Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(',')}`,
      [`Tags: a link can ask for ${MAX_TAGS} at most, and this one asks for more.`],
    ],
  ],
  'not-a-date': [
    [
      'from=2025-02-30',
      ['Deadline from: “2025-02-30” is not a calendar date written year-month-day, e.g. 2025-09-01.'],
    ],
    ['to=1%20Sep', ['Deadline until: “1 Sep” is not a calendar date written year-month-day, e.g. 2025-09-01.']],
    ['asOf=yesterday', ['As of: “yesterday” is not a calendar date written year-month-day, e.g. 2025-09-01.']],
  ],
  'not-true-or-false': [['slipped=maybe', ['Deadline moved later: “maybe” is neither true (yes) nor false (no).']]],
  'too-long': [[`q=${'x'.repeat(201)}`, ['Search: the text is longer than 200 characters.']]],
  needs: [['role=pledger', ['Party role: only applies together with a party.']]],
  'range-reversed': [
    // Both ends are dropped; the notice says it once.
    [
      'from=2025-09-30&to=2025-09-01',
      ['Deadline between: the range starts on 30 Sep 2025, after it ends on 1 Sep 2025.'],
    ],
  ],
  'not-begun': [
    ['asOf=2030-01-01', ['As of: 1 Jan 2030 has not begun yet, so the list shows the record as it is today.']],
  ],
};

describe('what a link left out, in words', () => {
  for (const [kind, cases] of Object.entries(EVERY_REASON)) {
    it.each(cases)(`${kind}: %s`, (search, sentences) => {
      const parsed = search.startsWith('{') ? (JSON.parse(search) as Record<string, unknown>) : search;
      expect(wordsFor(parsed)).toEqual(sentences);
    });
  }

  it('never shows a raw token of the filter language', () => {
    const words = wordsFor('sort=-progress2&state=soon&slipped=1&role=x&progress=lots').join(' ');
    // No parameter names, no "=", no leading "-" of a reversed order.
    expect(words).not.toMatch(/\b(sort|state|slipped|progress|asOf)\b|=|-progress/);
  });

  it('keeps what a hostile link echoes short, and as text', () => {
    const hostile = `<script>alert(1)</script>${'x'.repeat(500)}`;
    const [sentence] = wordsFor(`state=${encodeURIComponent(hostile)}`);
    expect(sentence).toBe(
      `Deadline: “${hostile.slice(0, 40)}” is not one of the choices (Overdue, Due, Upcoming, Met, Late, Missed, No deadline).`,
    );
  });
});
