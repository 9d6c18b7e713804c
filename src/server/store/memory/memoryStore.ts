// The in-memory store: what MSW mounts in the browser demo and in client tests. Browser-safe
// (no node: imports). Filtering and ordering use the shared domain functions directly, and the
// conformance suite holds the SQL store to the same answers.
import { keptNames, type HistoryEvent, type Party, type PledgeRecord, type SavedView } from '@shared/contract';
import { partyAmountRows, partyCountRows, type PartyAmountRow, type PartyCountRow } from '@shared/domain';
import { stateFromTiming } from '@server/timing';
import { listAsOf } from '../asOfList';
import { deriveFields, partyLinks, renamedIn, type DerivedFields, type PartyRole } from '../derived';
import { selectPage } from '../select';
import type {
  ClockInterval,
  CreateResult,
  ListResult,
  MergeRewrite,
  NewHistoryEvent,
  PledgeStore,
  SeedData,
  StoreListQuery,
  UpdateResult,
} from '../types';
import { snapshotSchema, SNAPSHOT_FORMAT, type MemorySnapshot } from './snapshot';

interface Entry {
  record: PledgeRecord;
  /** The record as JSON, made once per write, for lists (see ListedPledge). */
  json: string;
  derived: DerivedFields;
  /** Each party taking part, in its (first) role. */
  partyIds: Map<string, PartyRole>;
}

export interface MemoryStoreOptions {
  /** Called after every successful write, e.g. to persist a snapshot to localStorage. */
  onWrite?: (store: MemoryStore) => void;
}

/** Records are frozen on the way in, so nobody can change a stored pledge behind the store's back. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function entryOf(record: PledgeRecord): Entry {
  const json = JSON.stringify(record);
  const frozen = deepFreeze(JSON.parse(json) as PledgeRecord);
  return {
    record: frozen,
    json,
    derived: deriveFields(frozen),
    partyIds: new Map(
      partyLinks(frozen)
        .reverse()
        .map((l) => [l.partyId, l.role]),
    ),
  };
}

export class MemoryStore implements PledgeStore {
  readonly kind = 'memory' as const;
  private pledges = new Map<string, Entry>();
  private parties = new Map<string, Party>();
  private events = new Map<string, HistoryEvent[]>();
  private nextHistoryId = 1;
  /** Bumped by every write (see PledgeStore.dataVersion). */
  private version = 1;
  private views = new Map<string, SavedView>();

  constructor(private readonly options: MemoryStoreOptions = {}) {}

  /** A store holding exactly what `snapshot()` wrote, or null if the data is not a valid snapshot. */
  static fromSnapshot(data: unknown, options: MemoryStoreOptions = {}): MemoryStore | null {
    const parsed = snapshotSchema.safeParse(data);
    if (!parsed.success) return null;
    const store = new MemoryStore(options);
    for (const party of parsed.data.parties) store.parties.set(party.id, deepFreeze(keptNames(party)));
    for (const record of parsed.data.pledges) store.pledges.set(record.id, entryOf(record as PledgeRecord));
    for (const event of parsed.data.history) store.appendEvent(deepFreeze(event as HistoryEvent));
    for (const view of parsed.data.views) store.views.set(view.slug, deepFreeze({ ...view }));
    store.nextHistoryId = Math.max(parsed.data.nextHistoryId, ...parsed.data.history.map((e) => e.id + 1));
    return store;
  }

  /** Everything the store holds, as plain JSON. */
  snapshot(): MemorySnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      parties: [...this.parties.values()],
      pledges: [...this.pledges.values()].map((e) => e.record),
      history: [...this.events.values()].flat().sort((a, b) => a.id - b.id),
      nextHistoryId: this.nextHistoryId,
      views: [...this.views.values()],
    };
  }

  async list(query: StoreListQuery, nowMs: number): Promise<ListResult> {
    if (query.asOf !== undefined) {
      const asOf = query.asOf;
      const events = [...this.events.values()].flat();
      return listAsOf(
        [...this.pledges.values()].map((e) => e.record),
        events,
        { ...query, asOf },
      );
    }
    const { page, total } = selectPage(this.pledges.values(), query, (entry) => stateFromTiming(entry.derived, nowMs));
    return {
      items: page.map(({ record, json, derived }) => ({
        id: record.id,
        json,
        timing: { opensAt: derived.opensAt, closesAt: derived.closesAt, resolvedState: derived.resolvedState },
      })),
      total,
    };
  }

  async dataVersion(): Promise<number> {
    return this.version;
  }

  async clockInterval(nowMs: number): Promise<ClockInterval> {
    let from = -Infinity;
    let until = Infinity;
    for (const { record, derived } of this.pledges.values()) {
      if (record.verdict !== 'open' || record.deletedAt) continue;
      for (const edge of [derived.opensAt, derived.closesAt]) {
        if (edge === null) continue;
        if (edge <= nowMs) from = Math.max(from, edge);
        else until = Math.min(until, edge);
      }
    }
    return { from, until };
  }

  async get(id: string): Promise<PledgeRecord | null> {
    return this.pledges.get(id)?.record ?? null;
  }

  async create(record: PledgeRecord, event: NewHistoryEvent): Promise<CreateResult> {
    if (this.pledges.has(record.id)) return { status: 'exists' };
    this.pledges.set(record.id, entryOf(record));
    this.addEvent(event);
    this.written();
    return { status: 'ok' };
  }

  async update(id: string, expectedVersion: number, next: PledgeRecord, event: NewHistoryEvent): Promise<UpdateResult> {
    const current = this.pledges.get(id);
    if (!current) return { status: 'not_found' };
    if (current.record.version !== expectedVersion) return { status: 'conflict', current: current.record };
    this.pledges.set(id, entryOf(next));
    this.addEvent(event);
    this.written();
    return { status: 'ok' };
  }

  async history(id: string): Promise<HistoryEvent[]> {
    return [...(this.events.get(id) ?? [])];
  }

  async recentHistory(pledgeIds: readonly string[], limit: number, before?: string): Promise<HistoryEvent[]> {
    const events = [...new Set(pledgeIds)]
      .flatMap((id) => this.events.get(id) ?? [])
      .filter((e) => before === undefined || e.at < before);
    events.sort((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
    return events.slice(0, Math.max(0, limit));
  }

  async listParties(): Promise<Party[]> {
    return [...this.parties.values()].sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1,
    );
  }

  async getParties(ids: readonly string[]): Promise<Party[]> {
    return [...new Set(ids)].flatMap((id) => this.parties.get(id) ?? []);
  }

  async createParty(party: Party): Promise<CreateResult> {
    if (this.parties.has(party.id)) return { status: 'exists' };
    this.parties.set(party.id, deepFreeze(keptNames({ ...party, aliases: [...(party.aliases ?? [])] })));
    this.written();
    return { status: 'ok' };
  }

  async updateParty(party: Party): Promise<Party | null> {
    if (!this.parties.has(party.id)) return null;
    const stored = deepFreeze(keptNames({ ...party, aliases: [...(party.aliases ?? [])] }));
    this.parties.set(party.id, stored);
    for (const entry of [...this.pledges.values()]) {
      if (this.names(entry.record, party.id))
        this.pledges.set(entry.record.id, entryOf(renamedIn(entry.record, party)));
    }
    this.written();
    return stored;
  }

  async mergeParty(fromId: string, into: Party, rewrite: MergeRewrite): Promise<string[] | null> {
    if (!this.parties.has(fromId) || !this.parties.has(into.id) || fromId === into.id) return null;
    // Everything is computed before anything is written: a rewrite that throws leaves all as it was.
    const rewritten = [...this.pledges.values()]
      .filter((e) => this.names(e.record, fromId))
      .map((e) => rewrite(e.record));
    for (const { next, event } of rewritten) {
      this.pledges.set(next.id, entryOf(next));
      this.addEvent(event);
    }
    for (const party of [...this.parties.values()]) {
      if (party.represents === fromId) this.parties.set(party.id, deepFreeze({ ...party, represents: into.id }));
    }
    this.parties.set(into.id, deepFreeze({ ...into, aliases: [...(into.aliases ?? [])] }));
    this.parties.delete(fromId);
    this.written();
    return rewritten.map((r) => r.next.id);
  }

  async partyCounts(): Promise<PartyCountRow[]> {
    return partyCountRows([...this.pledges.values()].map((e) => e.record));
  }

  async partyAmounts(): Promise<PartyAmountRow[]> {
    return partyAmountRows([...this.pledges.values()].map((e) => e.record));
  }

  async listTrash(): Promise<PledgeRecord[]> {
    return [...this.pledges.values()]
      .map((e) => e.record)
      .filter((r) => r.deletedAt !== null)
      .sort((a, b) => (a.deletedAt === b.deletedAt ? (a.id < b.id ? -1 : 1) : a.deletedAt! < b.deletedAt! ? 1 : -1));
  }

  /** Does the pledge name this party, in any role? */
  private names(record: PledgeRecord, partyId: string): boolean {
    return [record.pledgers, record.beneficiaries, record.guarantors].some((list) =>
      list.some((p) => p.id === partyId),
    );
  }

  async listViews(): Promise<SavedView[]> {
    return [...this.views.values()].sort((a, b) =>
      a.createdAt === b.createdAt ? (a.slug < b.slug ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
    );
  }

  async getView(slug: string): Promise<SavedView | null> {
    return this.views.get(slug) ?? null;
  }

  async createView(view: SavedView): Promise<CreateResult> {
    if (this.views.has(view.slug)) return { status: 'exists' };
    this.views.set(view.slug, deepFreeze({ ...view }));
    this.written();
    return { status: 'ok' };
  }

  async renameView(slug: string, name: string, updatedAt: string): Promise<SavedView | null> {
    const current = this.views.get(slug);
    if (!current) return null;
    const next = deepFreeze({ ...current, name, updatedAt });
    this.views.set(slug, next);
    this.written();
    return next;
  }

  async deleteView(slug: string): Promise<boolean> {
    const had = this.views.delete(slug);
    if (had) this.written();
    return had;
  }

  async isEmpty(): Promise<boolean> {
    return this.pledges.size === 0 && this.parties.size === 0;
  }

  async seedIfEmpty(data: SeedData): Promise<boolean> {
    if (!(await this.isEmpty())) return false;
    for (const party of data.parties)
      this.parties.set(party.id, deepFreeze(keptNames({ ...party, aliases: [...(party.aliases ?? [])] })));
    for (const { record, event } of data.pledges) {
      this.pledges.set(record.id, entryOf(record));
      this.addEvent(event);
    }
    this.written();
    return true;
  }

  async close(): Promise<void> {}

  private written(): void {
    this.version += 1;
    this.options.onWrite?.(this);
  }

  private addEvent(event: NewHistoryEvent): void {
    this.appendEvent(deepFreeze({ ...structuredClone(event), id: this.nextHistoryId++ }));
  }

  private appendEvent(event: HistoryEvent): void {
    const list = this.events.get(event.pledgeId);
    if (list) list.push(event);
    else this.events.set(event.pledgeId, [event]);
  }
}
