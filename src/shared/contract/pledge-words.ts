// A pledge's vocabulary as plain lists, without zod. The schemas in pledge.ts are built from these;
// code that needs only the words (the filter table, the first page in the browser) imports no
// schema, so it does not download zod (docs/decisions/0021-responses-checked-without-zod.md).

export const VERDICTS = ['open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Verdicts that must come with at least one piece of evidence. */
export const VERDICTS_NEEDING_EVIDENCE: readonly Verdict[] = ['fulfilled', 'partially_fulfilled', 'broken'];

export const DEADLINE_STATES = ['none', 'upcoming', 'due', 'overdue', 'met', 'late', 'missed'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

export const PARTY_KINDS = ['state', 'group', 'person', 'organisation'] as const;

/**
 * What an event did: created; updated (fields edited); deleted and restored (to and from the
 * trash); reverted (fields set back to an earlier version); merged (a party merged into another).
 */
export const HISTORY_KINDS = ['created', 'updated', 'deleted', 'restored', 'reverted', 'merged'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** A pledge id: lowercase letters, digits and dashes, starting with a letter or digit. */
export const PLEDGE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,99}$/;
/** What pledgeIdSchema accepts (for the routes of the browser's first page). */
export const isPledgeId = (value: string): boolean => PLEDGE_ID_PATTERN.test(value);
