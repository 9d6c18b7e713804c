// The persistence boundary. Both stores (SQLite for the Node server, in-memory for MSW and the
// static demo) implement this interface and are held to the same behaviour by one conformance
// suite. A store only stores and queries: validation, merging, diffing and rules live in the API.
import type { DataFilters, DeadlineState, HistoryEvent, Party, PledgeRecord, SavedView, Sort } from '@shared/contract';
import type { PartyAmountRow, PartyCountRow } from '@shared/domain';

/** A span of clock values (epoch ms) in which no open pledge's deadline state changes. */
export interface ClockInterval {
  /** The latest boundary at or before now (-Infinity if none). */
  from: number;
  /** The next boundary after now (+Infinity if none). */
  until: number;
}

/**
 * One page of a view, as the store sees it: the filters that choose pledges (as the contract's
 * filter table defines them, normalized by its parser), a resolved sort, an offset. With `asOf`,
 * the list is the one that stood at the end of that day, rebuilt from history (see asOfList.ts),
 * and each item's timing carries its state of that day as `resolvedState`, pinned.
 */
export type StoreListQuery = Omit<DataFilters, 'sort'> & { sort: Sort; offset: number; limit: number };

/** When a pledge's window opens and closes, and its state once resolved: all its deadline state needs. */
export interface PledgeTiming {
  opensAt: number | null;
  closesAt: number | null;
  resolvedState: DeadlineState | null;
}

/**
 * A pledge as a list returns it: the record as the store keeps it, JSON text, and its timing.
 * Lists hand out JSON rather than objects because a page of 50 is served as it is stored:
 * parsing it and serializing it again cost more than the rest of the request together.
 */
export interface ListedPledge {
  id: string;
  json: string;
  timing: PledgeTiming;
}

export interface ListResult {
  items: ListedPledge[];
  /** How many pledges match the filters, whatever the page. */
  total: number;
}

/** A history event before the store gives it its id. */
export type NewHistoryEvent = Omit<HistoryEvent, 'id'>;

export type CreateResult = { status: 'ok' } | { status: 'exists' };

export type UpdateResult =
  | { status: 'ok' }
  | { status: 'not_found' }
  /** Someone else changed the pledge first; nothing was written. */
  | { status: 'conflict'; current: PledgeRecord };

/** What a fresh store starts with: parties, then pledges each with its "created" event. */
export interface SeedData {
  parties: Party[];
  pledges: { record: PledgeRecord; event: NewHistoryEvent }[];
}

/** What merging a party does to one pledge that names it: its next version and the event saying so. */
export type MergeRewrite = (record: PledgeRecord) => { next: PledgeRecord; event: NewHistoryEvent };

/**
 * Every store keeps pledges in the trash (deletedAt set) out of every list, count, feed and
 * as-of view; `get` and `history` still find them, and `update` writes them (a delete or a
 * restore is an update of deletedAt, checked against the version like any other).
 */
export interface PledgeStore {
  readonly kind: 'sqlite' | 'postgres' | 'memory';
  /**
   * A number that changes with every committed write to what answers are built from (pledges,
   * history, parties, saved views), read from the database itself, so every instance on one
   * database sees the same value. Answers cached under it stay right until it changes (and,
   * for answers that depend on the clock, while the clock stays inside `clockInterval`).
   */
  dataVersion(): Promise<number>;
  /**
   * The clock values around `nowMs` in which no open pledge's window opens or closes. A store may
   * answer a narrower span than the widest (it only costs a cache miss), never a wider one.
   */
  clockInterval(nowMs: number): Promise<ClockInterval>;
  /** Pledges matching the filters, in the order of `query.sort`, as the clock reads `nowMs`. */
  list(query: StoreListQuery, nowMs: number): Promise<ListResult>;
  get(id: string): Promise<PledgeRecord | null>;
  /** Inserts a pledge and its "created" event atomically. */
  create(record: PledgeRecord, event: NewHistoryEvent): Promise<CreateResult>;
  /**
   * Replaces a pledge if its stored version is still `expectedVersion`, writing the record and
   * its history event atomically (both or neither).
   */
  update(id: string, expectedVersion: number, next: PledgeRecord, event: NewHistoryEvent): Promise<UpdateResult>;
  /** A pledge's history, oldest event first. */
  history(id: string): Promise<HistoryEvent[]>;
  /**
   * The latest events of the pledges among `pledgeIds` (unknown ids match nothing), newest first
   * (by `at`, then by id), at most `limit`: what the Atom feed of a view shows. With `before`
   * (an ISO instant), only events from before it.
   */
  recentHistory(pledgeIds: readonly string[], limit: number, before?: string): Promise<HistoryEvent[]>;
  /** Every party, by name. */
  listParties(): Promise<Party[]>;
  /** The parties among `ids` that exist (in no particular order). */
  getParties(ids: readonly string[]): Promise<Party[]>;
  createParty(party: Party): Promise<CreateResult>;
  /**
   * Replaces a party's name, kind and aliases, and the name every pledge (trash included) shows
   * for it, without a new version: a reference's name is a copy for display. Null when unknown.
   */
  updateParty(party: Party): Promise<Party | null>;
  /**
   * Merges party `fromId` into `into` in one transaction: each pledge naming `fromId` (trash
   * included) is replaced by what `rewrite` makes of it, with its event; parties representing
   * `fromId` represent `into.id`; `into` is stored as given; `fromId` is deleted. Answers the
   * ids of the pledges rewritten, or null when either party is unknown (nothing is written).
   */
  mergeParty(fromId: string, into: Party, rewrite: MergeRewrite): Promise<string[] | null>;
  /** Count rows of the parties' records over the pledges not in the trash (see the domain's partyRecords). */
  partyCounts(): Promise<PartyCountRow[]>;
  /** The pledges with an amount each party made, not in the trash (see the domain's partyTotals). */
  partyAmounts(): Promise<PartyAmountRow[]>;
  /** The pledges in the trash, most recently deleted first (then by id). */
  listTrash(): Promise<PledgeRecord[]>;
  /** Every saved view, oldest first (by createdAt, then slug). */
  listViews(): Promise<SavedView[]>;
  getView(slug: string): Promise<SavedView | null>;
  /** Stores a new view; 'exists' when its slug is taken (nothing is written). */
  createView(view: SavedView): Promise<CreateResult>;
  /** Renames a view, setting its updatedAt; null when there is no such view. */
  renameView(slug: string, name: string, updatedAt: string): Promise<SavedView | null>;
  /** Deletes a view; false when there was none. */
  deleteView(slug: string): Promise<boolean>;
  /** True when the store holds neither pledges nor parties. */
  isEmpty(): Promise<boolean>;
  /** Writes `data` in one transaction if (and only if) the store is empty; tells whether it did. */
  seedIfEmpty(data: SeedData): Promise<boolean>;
  close(): Promise<void>;
}
