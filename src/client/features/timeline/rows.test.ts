import { describe, expect, test } from 'vitest';
import { asPledge, guaranteesRecord } from '@test/fixtures/pledge';
import { timelineMarker, viewerToday } from './marker';
import { timelineRows } from './rows';

const guarantees = asPledge(guaranteesRecord(), 'overdue');
const ms = (iso: string) => Date.parse(iso);

describe('rows', () => {
  test('a window is drawn from its first to its last day, named with its dates and state', () => {
    const { rows, undated } = timelineRows([guarantees], ms('2025-09-01T12:00:00Z'), undefined);
    expect(undated).toEqual([]);
    expect(rows[0]).toMatchObject({
      first: '2025-08-25',
      last: '2025-08-28',
      point: false,
      state: 'overdue',
      name: 'Put the security guarantees for Ukraine in writing: 25–28 Aug 2025, overdue',
    });
  });

  test('"due by" starts on the day it was announced; a single day is a point; no deadline is not drawn', () => {
    const dueBy = asPledge(
      guaranteesRecord({ id: 'due-by', deadline: { latest: '2025-09-30', text: 'by the end of September' } }),
      'due',
    );
    const oneDay = asPledge(
      guaranteesRecord({
        id: 'one-day',
        deadline: { earliest: '2025-10-01', latest: '2025-10-01', text: 'on 1 October' },
      }),
      'upcoming',
    );
    const none = asPledge(guaranteesRecord({ id: 'none', deadline: null }), 'none');
    const { rows, undated } = timelineRows([dueBy, none, oneDay], ms('2025-09-01T12:00:00Z'), undefined);
    expect(rows.map((r) => [r.pledge.id, r.first, r.last, r.point, r.state])).toEqual([
      ['due-by', '2025-08-18', '2025-09-30', false, 'due'],
      ['one-day', '2025-10-01', '2025-10-01', true, 'upcoming'],
    ]);
    expect(rows[1]!.name).toMatch(/: 1 Oct 2025, upcoming$/);
    expect(undated.map((p) => p.id)).toEqual(['none']);
  });

  test("as of a day, the state is read at the end of that day in the pledge's zone, whatever the clock says", () => {
    // The window closes at the end of 28 Aug in New York (04:00 UTC on the 29th).
    const late = ms('2026-11-29T12:00:00Z');
    expect(timelineRows([guarantees], late, '2025-08-28').rows[0]!.state).toBe('due');
    expect(timelineRows([guarantees], late, '2025-08-29').rows[0]!.state).toBe('overdue');
    expect(timelineRows([guarantees], late, '2025-08-20').rows[0]!.state).toBe('upcoming');
  });
});

describe('the marker', () => {
  test("today is the viewer's calendar day", () => {
    const noon = ms('2025-09-01T12:00:00Z');
    expect(viewerToday(noon, 'UTC')).toBe('2025-09-01');
    expect(viewerToday(noon, 'Pacific/Kiritimati')).toBe('2025-09-02');
    expect(viewerToday(noon, 'America/Adak')).toBe('2025-09-01');
    expect(timelineMarker(noon, undefined, 'UTC')).toEqual({
      date: '2025-09-01',
      label: 'Today · 1 Sep 2025',
      goLabel: 'Go to today',
    });
  });

  test('a pinned view shows its as-of day', () => {
    expect(timelineMarker(ms('2026-11-29T12:00:00Z'), '2025-09-01')).toEqual({
      date: '2025-09-01',
      label: 'As of 1 Sep 2025',
      goLabel: 'Go to 1 Sep 2025',
    });
  });
});
