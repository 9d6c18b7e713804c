// The changes between two versions of a pledge, field by field, for the history.
import { englishTranslator } from '../i18n/english';
import { fieldWords } from './field.messages';
import type { HistoryChange, PledgeRecord } from '../contract/pledge';

/** What a pledge says (the edit form's fields): who promised what to whom, by when, from where. */
export const CONTENT_FIELDS = [
  'title',
  'titleLanguage',
  'titleTranslations',
  'quote',
  'pledgers',
  'beneficiaries',
  'guarantors',
  'announcedOn',
  'timeZone',
  'deadline',
  'amount',
  'tags',
  'sources',
] as const satisfies readonly (keyof PledgeRecord)[];

/** Fields a person edits (what it says, and how it was kept); bookkeeping (version, timestamps) is not history-worthy. */
export const TRACKED_FIELDS = [
  ...CONTENT_FIELDS,
  'verdict',
  'resolvedOn',
  'evidence',
  'deliveries',
] as const satisfies readonly (keyof PledgeRecord)[];

/**
 * Fields the server keeps (the deadline as first recorded, how often it slipped, the trash):
 * never edited, but recorded in history too, so that a record can be rebuilt as it stood.
 */
export const KEPT_FIELDS = [
  'originalDeadline',
  'deadlineSlips',
  'deletedAt',
] as const satisfies readonly (keyof PledgeRecord)[];

/** Every field an event may change. */
export const RECORDED_FIELDS = [...TRACKED_FIELDS, ...KEPT_FIELDS] as const;

/**
 * What people call each tracked field, in the history timeline and the change feed alike, in
 * English (`fieldWords` says them in the reader's language; it has a word for every field).
 */
// Built when first read by a bundle that keeps it: a browser page that says fields through
// `fieldWords` leaves it (and the words) out.
export const FIELD_LABELS: Record<string, string> = /* @__PURE__ */ (() =>
  Object.fromEntries(RECORDED_FIELDS.map((field) => [field, englishTranslator()(fieldWords[field])])))();
fieldWords satisfies Record<(typeof RECORDED_FIELDS)[number], unknown>;

/** Canonical JSON (sorted keys) so that key order never looks like a change. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export function diffPledges(before: PledgeRecord, after: PledgeRecord): HistoryChange[] {
  const changes: HistoryChange[] = [];
  for (const field of RECORDED_FIELDS) {
    const from = before[field] ?? null;
    const to = after[field] ?? null;
    if (canonicalJson(from) !== canonicalJson(to)) changes.push({ field, from, to });
  }
  return changes;
}
