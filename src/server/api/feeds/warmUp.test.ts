// The warm-up at start words calendars of the tracker's own pledges in both languages, in slices
// that let requests in between, and keeps nothing a reader's calendar could reuse.
import { describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '@server/store/memory/memoryStore';
import { generatedPledges, seedDataOf } from '@server/testing/generatedPledges';
import { warmUpCalendars } from './warmUp';

const NOW = Date.parse('2025-08-27T12:00:00Z');

async function storeOf(count: number) {
  const store = new MemoryStore();
  await store.seedIfEmpty(seedDataOf(generatedPledges(count)));
  return store;
}

describe('warmUpCalendars', () => {
  it('words an event for each pledge with a deadline, in English and in Ukrainian', async () => {
    const store = await storeOf(60);
    const withDeadline = generatedPledges(60).filter((r) => r.deadline && !r.deletedAt).length;
    const encode = vi.spyOn(TextEncoder.prototype, 'encode');
    const bytes = await warmUpCalendars(store, NOW);
    const calendars = encode.mock.results.map((r) => new TextDecoder().decode(r.value as Uint8Array));
    encode.mockRestore();
    expect(bytes).toBeGreaterThan(0);
    const events = calendars.join('').split('BEGIN:VEVENT').length - 1;
    expect(events).toBe(2 * withDeadline);
    expect(calendars.some((c) => c.includes('Строк: '))).toBe(true);
  });

  it('yields between slices, so a request that comes meanwhile is not kept waiting for all of it', async () => {
    const store = await storeOf(1000);
    let done = false;
    const warming = warmUpCalendars(store, NOW).then(() => (done = true));
    const turns: boolean[] = [];
    for (let i = 0; i < 5; i++) turns.push(await new Promise<boolean>((resolve) => setImmediate(() => resolve(done))));
    expect(turns.every((d) => !d)).toBe(true);
    await warming;
    expect(done).toBe(true);
  });
});
