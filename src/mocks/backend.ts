// The mocked backend: the same API app the Node server runs, over an in-memory store seeded
// with the same data. Browser-safe.
import { createApi, type PledgeApi } from '@server/api/createApi';
import { DEMO_EDITOR, demoAccess } from '@server/api/demoAccess';
import { seedIfEmpty } from '@server/seed/seed';
import { SUMMIT_PARTIES } from '@server/seed/whiteHouseSummit';
import { MemoryStore, type MemoryStoreOptions } from '@server/store/memory/memoryStore';
import type { SeedData } from '@server/store/types';

export interface MockBackend {
  store: MemoryStore;
  app: PledgeApi;
  /**
   * The same API over the same store, as another editor called `name`: for tests in which
   * someone else saves while the page's editor is still writing.
   */
  actingAs: (name: string) => PledgeApi;
}

export interface MockBackendOptions {
  /** The API's clock, in epoch ms (default: the real clock, read on every request). */
  now?: number | (() => number);
  /** A snapshot to restore (e.g. from localStorage); ignored if it is not a valid one. */
  restore?: unknown;
  /** What to start with instead of the summit seed; `null` starts empty. */
  data?: SeedData | null;
  /** Called after every write, e.g. to persist the store. */
  onWrite?: MemoryStoreOptions['onWrite'];
}

/**
 * A demo kept in a browser before parties had aliases: the seeded parties it still holds as
 * seeded (same id and name, no aliases field at all) get the seed's aliases, as migration
 * 002_party_aliases does for SQLite. Anything else is left as it was.
 */
export function withSeededAliases(snapshot: unknown): unknown {
  if (!snapshot || typeof snapshot !== 'object' || !Array.isArray((snapshot as { parties?: unknown }).parties))
    return snapshot;
  const seeded = new Map(SUMMIT_PARTIES.map((p) => [p.id, p]));
  const parties = (snapshot as { parties: unknown[] }).parties.map((party) => {
    if (!party || typeof party !== 'object' || 'aliases' in party) return party;
    const { id, name } = party as { id?: unknown; name?: unknown };
    const seed = typeof id === 'string' ? seeded.get(id) : undefined;
    if (!seed || seed.name !== name) return party;
    return { ...party, aliases: seed.aliases, ...(seed.represents ? { represents: seed.represents } : {}) };
  });
  return { ...snapshot, parties };
}

export async function createMockBackend(options: MockBackendOptions = {}): Promise<MockBackend> {
  const pinned = options.now;
  const now = typeof pinned === 'function' ? pinned : pinned === undefined ? () => Date.now() : () => pinned;
  const storeOptions = { onWrite: options.onWrite };
  let store =
    options.restore === undefined ? null : MemoryStore.fromSnapshot(withSeededAliases(options.restore), storeOptions);
  if (!store) {
    store = new MemoryStore(storeOptions);
    if (options.data === undefined) await seedIfEmpty(store, now());
    else if (options.data) await store.seedIfEmpty(options.data);
  }
  const actingAs = (name: string) => {
    const principal = { ...DEMO_EDITOR, userId: `u_${name.toLowerCase().replace(/\W+/g, '-')}`, name };
    return createApi({ store, now, access: { ...demoAccess, identify: () => Promise.resolve({ principal }) } });
  };
  return { store, app: createApi({ store, now, access: demoAccess }), actingAs };
}
