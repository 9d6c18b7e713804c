// Test data with the awkward cases packed in: equal titles but for case, shared dates and
// update times (ties broken by id), windows in far-apart zones, every verdict, parties in
// every role. Built with fast-check from a fixed seed, so a failure reproduces.
import fc from 'fast-check';
import type { Party, PledgeRecord, Verdict } from '@shared/contract';
import { VERDICTS, VERDICTS_NEEDING_EVIDENCE } from '@shared/contract';
import { addDays, closesAtMs, opensAtMs } from '@shared/domain';
import type { SeedData } from '../store/types';

export const TEST_PARTIES: Party[] = Array.from({ length: 6 }, (_, i) => ({
  id: `party-${i}`,
  name: `Party ${String.fromCharCode(70 - i)}`,
  kind: i % 2 ? 'person' : 'state',
  aliases: i === 2 ? ['Third', 'P2'] : [],
}));
const ZONES = ['America/New_York', 'Pacific/Kiritimati', 'America/Adak', 'Europe/Kyiv', 'UTC'];
const DATES = [
  '2025-01-01',
  '2025-03-30',
  '2025-06-15',
  '2025-08-18',
  '2025-08-25',
  '2025-09-01',
  '2025-10-26',
  '2025-12-31',
];
const TITLES = ['Alpha', 'alpha', 'Beta grain', 'Éclair', 'zeta', 'Gamma ray', 'Слава energy'];
const QUOTES = ['', 'We will deliver', 'GRAIN exports resume', 'Допомога прийде'];
const UPDATED = ['2025-08-18T20:00:00.000Z', '2025-08-20T08:30:00.000Z', '2025-09-02T00:00:00.000Z'];

const pledgeArbitrary = fc.record({
  title: fc.constantFrom(...TITLES),
  quote: fc.constantFrom(...QUOTES),
  tags: fc.subarray(['grain', 'arms', 'energy']),
  parties: fc.shuffledSubarray(TEST_PARTIES, { minLength: 1, maxLength: 4 }),
  split: fc.nat(3),
  announcedOn: fc.constantFrom(...DATES),
  timeZone: fc.constantFrom(...ZONES),
  deadline: fc.option(fc.record({ earliestAfter: fc.option(fc.nat(20), { nil: undefined }), span: fc.nat(45) }), {
    nil: null,
  }),
  verdict: fc.constantFrom<Verdict>(...VERDICTS, 'open', 'open'),
  resolvedAfter: fc.nat(120),
  updatedAt: fc.constantFrom(...UPDATED),
  amount: fc.option(
    fc.record({
      value: fc.constantFrom(100, 250, 1e9),
      parts: fc.array(fc.constantFrom(0, 25, 50, 100, 1e9), { maxLength: 3 }),
      currency: fc.constantFrom('USD', 'EUR'),
    }),
    { nil: null },
  ),
  slips: fc.constantFrom(0, 0, 1, 2),
});

export function generatedPledges(count: number, seed = 20250818): PledgeRecord[] {
  const ref = (p: Party) => ({ id: p.id, name: p.name });
  return fc.sample(pledgeArbitrary, { numRuns: count, seed }).map((g, i): PledgeRecord => {
    const [pledger, ...others] = g.parties;
    const beneficiaries = others.slice(0, g.split);
    const guarantors = others.slice(g.split);
    const earliest =
      g.deadline?.earliestAfter === undefined ? undefined : addDays(g.announcedOn, g.deadline.earliestAfter);
    const latest = g.deadline ? addDays(earliest ?? g.announcedOn, g.deadline.span) : undefined;
    const resolvedOn = g.verdict === 'open' ? null : addDays(g.announcedOn, g.resolvedAfter);
    const deadline = latest ? { ...(earliest ? { earliest } : {}), latest, text: 'test window' } : null;
    const deliveries = (g.amount?.parts ?? [])
      .filter((v) => v > 0)
      .map((value, k) => ({
        id: `d-${i}-${k}`,
        on: g.announcedOn,
        value,
        note: '',
        noteLanguage: 'en' as const,
        noteTranslations: {},
      }));
    const amount = g.amount && {
      value: g.amount.value,
      currency: g.amount.currency,
      delivered: deliveries.reduce((sum, d) => sum + d.value, 0),
    };
    return {
      id: `p-${String(i).padStart(4, '0')}`,
      title: g.title,
      titleLanguage: 'en',
      titleTranslations: {},
      quote: g.quote,
      pledgers: [ref(pledger!)],
      beneficiaries: beneficiaries.map(ref),
      guarantors: guarantors.map(ref),
      announcedOn: g.announcedOn,
      timeZone: g.timeZone,
      deadline,
      amount,
      tags: g.tags,
      sources: [],
      evidence: VERDICTS_NEEDING_EVIDENCE.includes(g.verdict)
        ? [
            {
              url: `https://example.org/${i}`,
              note: '',
              noteLanguage: 'en',
              noteTranslations: {},
              addedAt: g.updatedAt,
            },
          ]
        : [],
      verdict: g.verdict,
      resolvedOn,
      deliveries,
      originalDeadline: deadline,
      deadlineSlips: deadline ? g.slips : 0,
      // A few in the trash, never among the first ten (tests pick those to edit).
      deletedAt: i % 17 === 16 ? `2025-09-0${(i % 3) + 1}T10:00:00.000Z` : null,
      version: 1,
      createdAt: UPDATED[0]!,
      updatedAt: g.updatedAt,
    };
  });
}

export function seedDataOf(records: PledgeRecord[], parties: Party[] = TEST_PARTIES): SeedData {
  return {
    parties,
    pledges: records.map((record) => ({
      record,
      event: { pledgeId: record.id, at: record.createdAt, actor: 'Test', kind: 'created', version: 1, changes: [] },
    })),
  };
}

/** Instants worth listing at: the moments windows open and close, and a millisecond before. */
export function windowEdges(records: PledgeRecord[]): number[] {
  const edges = records.flatMap((r) =>
    r.deadline ? [opensAtMs({ ...r, deadline: r.deadline }), closesAtMs({ ...r, deadline: r.deadline })] : [],
  );
  return [...new Set(edges.flatMap((t) => [t - 1, t]))].sort((a, b) => a - b);
}
