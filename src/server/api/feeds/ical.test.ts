// The calendar built from kept events (calendarBuilder) is, byte for byte, the calendar built from
// scratch (toICalendar): across writes, days, quarter hours, languages and origins, with one
// builder carried through every step as the server carries it, and with one so small it forgets.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PledgeFilters, PledgeRecord } from '@shared/contract';
import { deadlineState } from '@shared/domain';
import { translatorFor } from '@server/i18n';
import { generatedPledges } from '@server/testing/generatedPledges';
import { calendarBuilder, escapeText, foldLine, toICalendar } from './ical';
import { linksFor, type ViewPledge } from './view';

const RECORDS = generatedPledges(120);
const FILTERS: PledgeFilters = { state: ['overdue', 'due'] };
const HOUR = 3_600_000;
/** From before the first window to after the last, across zones' midnights and quarter hours. */
const START = Date.parse('2025-08-17T00:00:00Z');

const viewAt = (records: readonly PledgeRecord[], nowMs: number): ViewPledge[] =>
  records.map((record) => ({ record, state: deadlineState(record, nowMs) }));
const listed = (view: readonly ViewPledge[]) =>
  view.map(({ record, state }) => ({ json: JSON.stringify(record), state }));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('calendarBuilder', () => {
  it('writes what toICalendar writes, whatever was kept from earlier builds', () => {
    const step = fc.record({
      hours: fc.integer({ min: 0, max: 24 * 30 }),
      quarter: fc.integer({ min: 0, max: 3 }),
      locale: fc.constantFrom('en' as const, 'uk' as const),
      origin: fc.constantFrom('http://127.0.0.1:4390', 'https://pledges.example.org'),
      edited: fc.nat({ max: RECORDS.length - 1 }),
      title: fc.constantFrom('Renamed', 'Перейменовано', 'A, B; C\\ D'),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), fc.boolean(), (steps, small) => {
        const build = calendarBuilder(small ? { maxBytes: 20_000 } : {});
        let records = RECORDS;
        for (const s of steps) {
          records = records.map((r, i) => (i === s.edited ? { ...r, title: s.title, version: r.version + 1 } : r));
          const nowMs = START + s.hours * HOUR + s.quarter * 15 * 60_000;
          const t = translatorFor(s.locale);
          const links = linksFor(`${s.origin}/api/pledges.ics`, s.locale);
          const view = viewAt(records, nowMs);
          const fresh = toICalendar(view, FILTERS, links, nowMs, t, undefined);
          const kept = new TextDecoder().decode(build(listed(view), FILTERS, links, nowMs, t, undefined));
          expect(kept).toBe(fresh);
        }
      }),
      { numRuns: 40, seed: 20250818 },
    );
  });

  it('parses and words again only the pledges that changed', () => {
    const build = calendarBuilder();
    const nowMs = Date.parse('2025-08-27T12:00:00Z');
    const t = translatorFor('en');
    const links = linksFor('http://127.0.0.1/api/pledges.ics');
    build(listed(viewAt(RECORDS, nowMs)), FILTERS, links, nowMs, t);
    const edited = RECORDS.map((r, i) => (i === 7 ? { ...r, title: 'Edited', version: r.version + 1 } : r));
    const parse = vi.spyOn(JSON, 'parse');
    // A write, then the next quarter hour of the same day: only the edited pledge is read again.
    build(listed(viewAt(edited, nowMs)), FILTERS, links, nowMs, t);
    build(listed(viewAt(edited, nowMs + 15 * 60_000)), FILTERS, links, nowMs + 15 * 60_000, t);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe('foldLine', () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;
  it('folds any line greedily at 75 octets, never inside a character, and unfolds to the line', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ';', '\t', '~'), maxLength: 400, size: 'max' }),
      fc.string({ unit: 'grapheme', maxLength: 200, size: 'max' }),
      fc.string({ unit: fc.constantFrom('a', 'é', 'ї', '€', '😀'), maxLength: 200, size: 'max' }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const line = `DESCRIPTION:${value}`;
        const lines = foldLine(line).split('\r\n');
        const contents = lines.map((l, i) => (i ? l.slice(1) : l));
        expect(contents.join('')).toBe(line);
        lines.forEach((l, i) => {
          expect(octets(l)).toBeLessThanOrEqual(75);
          if (i) expect(l[0]).toBe(' ');
          // Greedy: the next line's first character would not have fitted on this one.
          const next = contents[i + 1];
          if (next !== undefined)
            expect(octets(l) + octets(String.fromCodePoint(next.codePointAt(0)!))).toBeGreaterThan(75);
        });
      }),
      { numRuns: 300, seed: 20250818 },
    );
  });
});

describe('escapeText', () => {
  /** RFC 5545 3.3.11 step by step: line breaks to \n, controls but a tab dropped, \ ; , escaped, \n escaped. */
  const stepByStep = (value: string) =>
    value
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n');

  it('escapes in one pass what the rule does step by step', () => {
    const unit = fc.constantFrom(
      'a',
      'ї',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\\',
      ';',
      ',',
      '\u0000',
      '\u001f',
      '\u007f',
      ':',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60, size: 'max' }), (value) => {
        expect(escapeText(value)).toBe(stepByStep(value));
      }),
      { numRuns: 500, seed: 20250818 },
    );
    expect(escapeText('A, B; C\\ D\r\nE\rF\tG\u0001')).toBe('A\\, B\\; C\\\\ D\\nE\\nF\tG');
  });
});
