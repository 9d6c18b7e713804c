// Deterministic synthetic data for load tests (npm run bench) and performance checks: many
// plausible pledges across parties, zones, windows and verdicts, the same for the same seed.
import type { Party, PledgeRecord, Verdict } from '@shared/contract';
import { partyRefOf, VERDICTS_NEEDING_EVIDENCE } from '@shared/contract';
import { addDays } from '@shared/domain';
import type { SeedData } from '../store/types';

const ZONES = [
  'America/New_York',
  'Europe/Kyiv',
  'Europe/Paris',
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'America/Adak',
  'UTC',
];
const WORDS = [
  'deliver',
  'fund',
  'sign',
  'ratify',
  'train',
  'rebuild',
  'guarantee',
  'supply',
  'withdraw',
  'reform',
  'air',
  'defence',
  'grain',
  'energy',
  'border',
  'treaty',
  'loan',
  'aid',
  'sanctions',
  'talks',
];
const VERDICTS: Verdict[] = ['open', 'open', 'open', 'open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'];

/** mulberry32: small, fast, good enough to spread test data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticParties(count = 40): Party[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `party-${i + 1}`,
    name: `Party ${i + 1}`,
    kind: i % 3 === 0 ? 'person' : 'state',
    aliases: [],
  }));
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  parties?: Party[];
  /** Dates spread over this many days from 2022-01-01. */
  spanDays?: number;
  /** The instant written as createdAt / updatedAt base. */
  nowMs?: number;
}

export function syntheticData({
  count,
  seed = 1,
  parties = syntheticParties(),
  spanDays = 2000,
  nowMs = Date.UTC(2025, 7, 18),
}: SyntheticOptions): SeedData {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  // Squaring skews the choice: a few parties take part in many pledges, most in a few, as in life.
  const pickParty = (): Party => parties[Math.floor(rand() * rand() * parties.length)]!;
  // Calendar arithmetic through Temporal is slow; every date the data uses is computed once.
  const dates = Array.from({ length: spanDays + 400 }, (_, i) => addDays('2022-01-01', i));
  const day = (offset: number) => dates[offset]!;
  const ref = partyRefOf;
  const pledges: SeedData['pledges'] = [];
  for (let i = 0; i < count; i++) {
    const id = `p-${String(i + 1).padStart(7, '0')}`;
    const announcedDay = Math.floor(rand() * spanDays);
    const announcedOn = day(announcedDay);
    const timeZone = pick(ZONES);
    const hasDeadline = rand() < 0.75;
    const earliestDay = hasDeadline && rand() < 0.5 ? announcedDay + Math.floor(rand() * 60) : undefined;
    const latestDay = hasDeadline ? (earliestDay ?? announcedDay) + Math.floor(rand() * 120) : undefined;
    const earliest = earliestDay === undefined ? undefined : day(earliestDay);
    const latest = latestDay === undefined ? undefined : day(latestDay);
    const verdict = pick(VERDICTS);
    const resolvedOn = verdict === 'open' ? null : day(announcedDay + Math.floor(rand() * 200));
    const at = new Date(nowMs - Math.floor(rand() * 1e10)).toISOString();
    const pledger = pickParty();
    let beneficiary = pickParty();
    if (beneficiary.id === pledger.id) beneficiary = parties[(parties.indexOf(pledger) + 1) % parties.length]!;
    const title = `${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} #${i + 1}`;
    const deadline = latest
      ? { ...(earliest ? { earliest } : {}), latest, text: earliest ? 'within a window' : 'by a date' }
      : null;
    const record: PledgeRecord = {
      id,
      title: title[0]!.toUpperCase() + title.slice(1),
      titleLanguage: 'en',
      titleTranslations: {},
      quote: `We will ${title}.`,
      pledgers: [ref(pledger)],
      beneficiaries: [ref(beneficiary)],
      guarantors: rand() < 0.1 ? [ref(pick(parties.filter((p) => p !== pledger && p !== beneficiary)))] : [],
      announcedOn,
      timeZone,
      deadline,
      amount: rand() < 0.2 ? { value: Math.round(rand() * 1e9), currency: 'USD', delivered: 0 } : null,
      tags: [pick(WORDS)],
      sources: [{ title: `Source ${i + 1}`, publishedOn: announcedOn }],
      evidence: VERDICTS_NEEDING_EVIDENCE.includes(verdict)
        ? [
            {
              url: `https://example.org/evidence/${i + 1}`,
              note: 'Reported',
              noteLanguage: 'en',
              noteTranslations: {},
              addedAt: at,
            },
          ]
        : [],
      verdict,
      resolvedOn,
      deliveries: [],
      originalDeadline: deadline,
      deadlineSlips: 0,
      deletedAt: null,
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    pledges.push({ record, event: { pledgeId: id, at, actor: 'Synthetic', kind: 'created', version: 1, changes: [] } });
  }
  return { parties, pledges };
}
