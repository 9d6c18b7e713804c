// The mocked backend: the same API app the Node server runs, over an in-memory store seeded
// with the same data. Browser-safe.
import { createApi, type PledgeApi } from '@server/api/createApi';
import { DEMO_EDITOR, demoAccess } from '@server/api/demoAccess';
import { seedIfEmpty } from '@server/seed/seed';
import { SUMMIT_PARTIES } from '@server/seed/whiteHouseSummit';
import { MemoryStore, type MemoryStoreOptions } from '@server/store/memory/memoryStore';
import type { SeedData } from '@server/store/types';
import type { Party } from '@shared/contract';

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
 * A demo kept in a browser by an older build. The seeded parties it still holds as seeded (same
 * id and English name) get what the seed has gained since, as migrations 002 and 013 do for
 * SQLite: their aliases (where they have no aliases field at all) and their Ukrainian names
 * (where they have no names in other languages), the pledges naming them too. Anything else is
 * left as it was.
 */
export function withSeededAliases(snapshot: unknown): unknown {
  if (!snapshot || typeof snapshot !== 'object' || !Array.isArray((snapshot as { parties?: unknown }).parties))
    return snapshot;
  const seeded = new Map(SUMMIT_PARTIES.map((p) => [p.id, p]));
  const named = new Map<string, Party['nameTranslations']>();
  const parties = (snapshot as { parties: unknown[] }).parties.map((party) => {
    if (!party || typeof party !== 'object') return party;
    const { id, name } = party as { id?: unknown; name?: unknown };
    const seed = typeof id === 'string' ? seeded.get(id) : undefined;
    if (!seed || seed.name !== name) return party;
    let upgraded = party;
    if (!('aliases' in party))
      upgraded = { ...upgraded, aliases: seed.aliases, ...(seed.represents ? { represents: seed.represents } : {}) };
    if (!('nameLanguage' in party) && !('nameTranslations' in party) && seed.nameTranslations) {
      upgraded = { ...upgraded, nameTranslations: seed.nameTranslations };
      named.set(seed.id, seed.nameTranslations);
    }
    return upgraded;
  });
  const pledges = (snapshot as { pledges?: unknown }).pledges;
  if (!named.size || !Array.isArray(pledges)) return { ...snapshot, parties };
  const withNames = (refs: unknown) =>
    Array.isArray(refs)
      ? refs.map((ref: { id?: unknown; nameTranslations?: unknown }) => {
          const translations = typeof ref?.id === 'string' ? named.get(ref.id) : undefined;
          return translations && ref.nameTranslations === undefined ? { ...ref, nameTranslations: translations } : ref;
        })
      : refs;
  return {
    ...snapshot,
    parties,
    pledges: pledges.map((r: Record<string, unknown>) =>
      r && typeof r === 'object'
        ? {
            ...r,
            pledgers: withNames(r.pledgers),
            beneficiaries: withNames(r.beneficiaries),
            guarantors: withNames(r.guarantors),
          }
        : r,
    ),
  };
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
