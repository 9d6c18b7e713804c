// Seeding: an empty store gets the summit's commitments, in one transaction, each with its
// "created" history event. A store that holds anything is left alone.
import type { PledgeStore, SeedData } from '../store/types';
import { SUMMIT_PARTIES, summitRecords } from './whiteHouseSummit';

const SEED_ACTOR = 'Seed';

export function summitSeed(nowMs: number): SeedData {
  const at = new Date(nowMs).toISOString();
  return {
    parties: SUMMIT_PARTIES,
    pledges: summitRecords(at).map((record) => ({
      record,
      event: { pledgeId: record.id, at, actor: SEED_ACTOR, kind: 'created', version: 1, changes: [] },
    })),
  };
}

/** Seeds the store if it is empty; tells whether it did. */
export function seedIfEmpty(store: PledgeStore, nowMs: number): Promise<boolean> {
  return store.seedIfEmpty(summitSeed(nowMs));
}
