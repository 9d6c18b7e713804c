// Keeping the record: how far a deadline slipped, how much of an amount was delivered, and each
// party's record of pledges made and kept. Pure functions; both stores and the API use them.
import type {
  Amount,
  DeadlineState,
  DeadlineWindow,
  Delivery,
  Evidence,
  EvidenceInput,
  PartyRecordCounts,
  PledgeRecord,
  Verdict,
} from '../contract/pledge';
import type { ProgressFilter } from '../contract/filters';
import { resolvedState } from './deadline';

/**
 * 1 when a change of deadline moved its last day later (a slip), else 0. Setting a first
 * deadline, removing one, or moving it earlier (or only its earliest day) is not a slip.
 */
export function slipOf(before: DeadlineWindow | null, after: DeadlineWindow | null): 0 | 1 {
  return before !== null && after !== null && after.latest > before.latest ? 1 : 0;
}

/** Evidence as a change sends it back: all of it but when it was first recorded, which the server keeps. */
export function evidenceInputOf(e: Evidence): EvidenceInput {
  const { addedAt: _addedAt, ...input } = e;
  return input;
}

/** The sum of the deliveries, in the amount's currency. */
export function deliveredSum(deliveries: readonly Pick<Delivery, 'value'>[]): number {
  return deliveries.reduce((sum, d) => sum + d.value, 0);
}

/** Delivered ÷ pledged (may exceed 1 when more was delivered); null without an amount. */
export function progressOf(amount: Pick<Amount, 'value' | 'delivered'> | null): number | null {
  return amount === null ? null : amount.delivered / amount.value;
}

/** Where an amount stands: nothing delivered yet, part of it, all of it (or more); null without an amount. */
export function progressBucket(amount: Pick<Amount, 'value' | 'delivered'> | null): ProgressFilter | null {
  if (amount === null) return null;
  if (amount.delivered <= 0) return 'none';
  return amount.delivered >= amount.value ? 'complete' : 'partial';
}

/**
 * Totals per currency: amounts in different currencies are never added together.
 * Returns one entry per currency, sorted by currency code.
 */
export function totalsByCurrency(
  amounts: readonly (Pick<Amount, 'value' | 'delivered' | 'currency'> | null)[],
): { currency: string; pledged: number; delivered: number }[] {
  const totals = new Map<string, { currency: string; pledged: number; delivered: number }>();
  for (const a of amounts) {
    if (!a) continue;
    const t = totals.get(a.currency) ?? { currency: a.currency, pledged: 0, delivered: 0 };
    t.pledged += a.value;
    t.delivered += a.delivered;
    totals.set(a.currency, t);
  }
  return [...totals.values()].sort((x, y) => (x.currency < y.currency ? -1 : 1));
}

export type PartyRoleName = 'pledger' | 'beneficiary' | 'guarantor';

/** A group of a party's pledges alike in what its record counts: role, verdict and settled state. */
export interface PartyCountRow {
  partyId: string;
  role: PartyRoleName;
  verdict: Verdict;
  /** The state of a resolved pledge (met, late, missed, none); null while open. */
  resolvedState: DeadlineState | null;
  count: number;
}

/** Each party's role in a pledge: the first list that names it (a party takes one role). */
function rolesIn(record: Pick<PledgeRecord, 'pledgers' | 'beneficiaries' | 'guarantors'>): Map<string, PartyRoleName> {
  const roles = new Map<string, PartyRoleName>();
  for (const [role, list] of [
    ['pledger', record.pledgers],
    ['beneficiary', record.beneficiaries],
    ['guarantor', record.guarantors],
  ] as const) {
    for (const p of list) if (!roles.has(p.id)) roles.set(p.id, role);
  }
  return roles;
}

/** The count rows of a set of pledges (those in the trash are left out). */
export function partyCountRows(records: Iterable<PledgeRecord>): PartyCountRow[] {
  const rows = new Map<string, PartyCountRow>();
  for (const r of records) {
    if (r.deletedAt) continue;
    const settled = r.verdict === 'open' ? null : resolvedState(r.deadline, r.verdict, r.resolvedOn ?? r.announcedOn);
    for (const [partyId, role] of rolesIn(r)) {
      const key = `${partyId}\u0000${role}\u0000${r.verdict}\u0000${settled}`;
      const row = rows.get(key);
      if (row) row.count++;
      else rows.set(key, { partyId, role, verdict: r.verdict, resolvedState: settled, count: 1 });
    }
  }
  return [...rows.values()];
}

export const EMPTY_PARTY_RECORD: PartyRecordCounts = {
  made: 0,
  received: 0,
  guaranteed: 0,
  kept: 0,
  broken: 0,
  onTime: 0,
  late: 0,
};

/**
 * Each party's record from count rows: pledges made (as pledger), received (as beneficiary),
 * guaranteed; of those made, kept (fulfilled or partially fulfilled), broken, on time (met)
 * and late.
 */
export function partyRecords(rows: Iterable<PartyCountRow>): Map<string, PartyRecordCounts> {
  const out = new Map<string, PartyRecordCounts>();
  for (const row of rows) {
    let rec = out.get(row.partyId);
    if (!rec) out.set(row.partyId, (rec = { ...EMPTY_PARTY_RECORD }));
    if (row.role === 'beneficiary') rec.received += row.count;
    else if (row.role === 'guarantor') rec.guaranteed += row.count;
    else {
      rec.made += row.count;
      if (row.verdict === 'fulfilled' || row.verdict === 'partially_fulfilled') rec.kept += row.count;
      if (row.verdict === 'broken') rec.broken += row.count;
      if (row.resolvedState === 'met') rec.onTime += row.count;
      if (row.resolvedState === 'late') rec.late += row.count;
    }
  }
  return out;
}

/** An evidence item or a delivery as stored before notes had languages: without them. */
type OlderNoted<T extends Evidence | Delivery> = Omit<T, 'noteLanguage' | 'noteTranslations'> &
  Partial<Pick<T, 'noteLanguage' | 'noteTranslations'>>;

/** What a record stored before deliveries, slips, the trash and notes' languages existed reads as. */
type OlderRecord = Omit<PledgeRecord, 'evidence' | 'deliveries' | 'originalDeadline' | 'deadlineSlips' | 'deletedAt'> &
  Partial<Pick<PledgeRecord, 'originalDeadline' | 'deadlineSlips' | 'deletedAt'>> & {
    evidence: OlderNoted<Evidence>[];
    deliveries?: OlderNoted<Delivery>[];
  };

const hasNoteLanguage = (item: OlderNoted<Evidence | Delivery>) =>
  item.noteLanguage !== undefined && item.noteTranslations !== undefined;

/** A note stored before notes had languages was written for the English pages, untranslated. */
function withNoteLanguage<T extends Evidence | Delivery>(item: OlderNoted<T>): T {
  return { ...item, noteLanguage: item.noteLanguage ?? 'en', noteTranslations: item.noteTranslations ?? {} } as T;
}

/** The id of the delivery an older record's `amount.delivered` becomes. */
export const CARRIED_DELIVERY_ID = 'carried-over';

/**
 * A record as it reads today, whatever version of the app stored it: the deadline as first
 * recorded is the one it has, no slips, not in the trash, notes in English without translations,
 * and an amount already marked as partly delivered keeps that as one delivery (dated its last
 * change, not before it was made), so that `amount.delivered` stays the sum of the deliveries
 * and nothing stored is lost.
 */
export function upgradeRecord(record: OlderRecord): PledgeRecord {
  if (
    record.deliveries &&
    record.originalDeadline !== undefined &&
    record.deadlineSlips !== undefined &&
    record.deletedAt !== undefined &&
    record.evidence.every(hasNoteLanguage) &&
    record.deliveries.every(hasNoteLanguage)
  ) {
    return record as PledgeRecord;
  }
  let deliveries: OlderNoted<Delivery>[] = record.deliveries ?? [];
  if (!record.deliveries && record.amount && record.amount.delivered > 0) {
    const day = record.updatedAt.slice(0, 10);
    deliveries = [
      {
        id: CARRIED_DELIVERY_ID,
        on: day < record.announcedOn ? record.announcedOn : day,
        value: record.amount.delivered,
        note: 'Delivered before deliveries were recorded one by one',
      },
    ];
  }
  return {
    ...record,
    evidence: record.evidence.map((e) => withNoteLanguage<Evidence>(e)),
    deliveries: deliveries.map((d) => withNoteLanguage<Delivery>(d)),
    originalDeadline: record.originalDeadline !== undefined ? record.originalDeadline : record.deadline,
    deadlineSlips: record.deadlineSlips ?? 0,
    deletedAt: record.deletedAt ?? null,
  };
}

/** One pledge with an amount that a party made (as pledger): what its totals are summed from. */
export interface PartyAmountRow {
  partyId: string;
  pledgeId: string;
  currency: string;
  value: number;
  delivered: number;
}

/** The amount rows of a set of pledges (those in the trash are left out). */
export function partyAmountRows(records: Iterable<PledgeRecord>): PartyAmountRow[] {
  const rows: PartyAmountRow[] = [];
  for (const r of records) {
    if (r.deletedAt || !r.amount) continue;
    for (const [partyId, role] of rolesIn(r)) {
      if (role === 'pledger')
        rows.push({
          partyId,
          pledgeId: r.id,
          currency: r.amount.currency,
          value: r.amount.value,
          delivered: r.amount.delivered,
        });
    }
  }
  return rows;
}

/**
 * What each party pledged and delivered, per currency (never added across currencies), summed
 * in pledge id order so that every store gets the very same numbers.
 */
export function partyTotals(
  rows: Iterable<PartyAmountRow>,
): Map<string, { currency: string; pledged: number; delivered: number }[]> {
  const byParty = new Map<string, PartyAmountRow[]>();
  for (const row of rows) {
    const list = byParty.get(row.partyId);
    if (list) list.push(row);
    else byParty.set(row.partyId, [row]);
  }
  return new Map(
    [...byParty].map(([partyId, list]) => [
      partyId,
      totalsByCurrency(list.sort((a, b) => (a.pledgeId < b.pledgeId ? -1 : a.pledgeId > b.pledgeId ? 1 : 0))),
    ]),
  );
}
