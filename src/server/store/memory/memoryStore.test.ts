import { describe, expect, it } from 'vitest';
import { describeStoreConformance } from '@server/testing/storeConformance';
import { generatedPledges, seedDataOf } from '@server/testing/generatedPledges';
import { MemoryStore } from './memoryStore';

describeStoreConformance('MemoryStore', async (data) => {
  const store = new MemoryStore();
  if (data) await store.seedIfEmpty(data);
  return { store };
});

describe('MemoryStore snapshots', () => {
  it('restores exactly what it saved, and keeps numbering history events after it', async () => {
    const store = new MemoryStore();
    const records = generatedPledges(20);
    await store.seedIfEmpty(seedDataOf(records));
    const snapshot = JSON.parse(JSON.stringify(store.snapshot())) as unknown;
    const restored = MemoryStore.fromSnapshot(snapshot)!;
    expect(restored.snapshot()).toEqual(store.snapshot());
    const next = { ...records[0]!, version: 2, title: 'After restore' };
    await restored.update(next.id, 1, next, {
      pledgeId: next.id,
      at: next.updatedAt,
      actor: 'T',
      kind: 'updated',
      version: 2,
      changes: [],
    });
    const ids = (await restored.history(next.id)).map((e) => e.id);
    expect(ids[1]).toBeGreaterThan(Math.max(...store.snapshot().history.map((e) => e.id)));
  });

  it('keeps saved views in its snapshot, and reads snapshots kept before views existed', async () => {
    const store = new MemoryStore();
    const view = {
      slug: 'k7m2xq9',
      name: 'Overdue',
      query: 'state=overdue',
      createdAt: '2025-09-01T10:00:00.000Z',
      updatedAt: '2025-09-01T10:00:00.000Z',
    };
    await store.createView(view);
    const restored = MemoryStore.fromSnapshot(JSON.parse(JSON.stringify(store.snapshot())))!;
    expect(await restored.listViews()).toEqual([view]);
    const { views: _views, ...older } = store.snapshot();
    expect(await MemoryStore.fromSnapshot(older)!.listViews()).toEqual([]);
  });

  it('refuses data that is not one of its snapshots', () => {
    expect(MemoryStore.fromSnapshot(null)).toBeNull();
    expect(MemoryStore.fromSnapshot({ format: 'something else' })).toBeNull();
    const store = new MemoryStore();
    const bad = { ...store.snapshot(), pledges: [{ id: 'x' }] };
    expect(MemoryStore.fromSnapshot(bad)).toBeNull();
  });

  it('tells after each write, so the demo can save', async () => {
    const writes: number[] = [];
    const store = new MemoryStore({ onWrite: (s) => writes.push(s.snapshot().pledges.length) });
    await store.seedIfEmpty(seedDataOf(generatedPledges(3)));
    await store.createParty({ id: 'extra', name: 'Extra', kind: 'group', aliases: [] });
    expect(writes).toEqual([3, 3]);
  });

  it('hands out records nobody can change behind its back', async () => {
    const store = new MemoryStore();
    const [record] = generatedPledges(1);
    await store.seedIfEmpty(seedDataOf([record!]));
    const stored = (await store.get(record!.id))!;
    expect(() => {
      (stored as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    record!.title = 'changed outside';
    expect((await store.get(record!.id))!.title).not.toBe('changed outside');
  });
});
