import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { partySchema, pledgeSchema } from '@shared/contract';
import { checkPledgeRules, deadlineState } from '@shared/domain';
import { MemoryStore } from '../store/memory/memoryStore';
import { seedIfEmpty, summitSeed } from './seed';
import { SUMMIT_PARTIES } from './whiteHouseSummit';

// The story the seed comes from, kept beside the seed so the check runs on any clone.
const ARTICLE = fileURLToPath(new URL('./article-white-house-summit.txt', import.meta.url));
const NOW = Date.parse('2025-09-01T12:00:00Z');

describe('the summit seed', () => {
  const seed = summitSeed(NOW);
  const records = seed.pledges.map((p) => p.record);

  it('quotes the article word for word', () => {
    const article = readFileSync(ARTICLE, 'utf8');
    for (const { quote } of records) {
      expect(quote.length).toBeGreaterThan(20);
      expect(article).toContain(quote);
    }
  });

  it('holds the four commitments of the summit, all open', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    expect(byId.get('security-guarantees-in-writing')).toMatchObject({
      pledgers: [{ id: 'united-states' }, { id: 'european-allies' }],
      beneficiaries: [{ id: 'ukraine' }],
      deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
    });
    expect(byId.get('ukraine-buys-us-weapons')).toMatchObject({
      pledgers: [{ id: 'ukraine' }],
      beneficiaries: [{ id: 'united-states' }],
      deadline: null,
      amount: { value: 90_000_000_000, currency: 'USD', delivered: 0 },
    });
    expect(byId.get('zelensky-meets-putin')).toMatchObject({
      pledgers: [{ id: 'volodymyr-zelensky' }],
      deadline: null,
    });
    expect(byId.get('us-help-on-security')?.quote).toContain('“a lot of help”');
    expect(byId.get('us-help-on-security')?.quote).toContain('“first line of defence”');
    for (const r of records) {
      expect(r).toMatchObject({
        verdict: 'open',
        resolvedOn: null,
        announcedOn: '2025-08-18',
        timeZone: 'America/New_York',
        version: 1,
      });
      // The article names no publisher or link: none is invented.
      expect(r.sources).toEqual([{ title: expect.any(String), publishedOn: '2025-08-18' }]);
    }
  });

  it('gives one pledge the next day’s report as evidence, its note in English and in Ukrainian', () => {
    const withEvidence = records.filter((r) => r.evidence.length);
    expect(withEvidence.map((r) => r.id)).toEqual(['us-help-on-security']);
    expect(withEvidence[0]!.evidence).toEqual([
      expect.objectContaining({
        url: expect.stringMatching(/^https:\/\/www\.eunews\.it\//),
        date: '2025-08-19',
        noteLanguage: 'en',
        noteTranslations: { uk: expect.stringMatching(/^Наступного дня після саміту/) },
        addedAt: new Date(NOW).toISOString(),
      }),
    ]);
  });

  it('fits the contract and the rules, with parties that exist', () => {
    const partyIds = new Set(SUMMIT_PARTIES.map((p) => partySchema.parse(p).id));
    for (const r of records) {
      pledgeSchema.parse({ ...r, deadlineState: deadlineState(r, NOW) });
      expect(checkPledgeRules(r, NOW)).toEqual([]);
      for (const ref of [...r.pledgers, ...r.beneficiaries, ...r.guarantors]) expect(partyIds.has(ref.id)).toBe(true);
    }
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('writes a "created" event by Seed for each pledge, and only into an empty store', async () => {
    const store = new MemoryStore();
    expect(await seedIfEmpty(store, NOW)).toBe(true);
    for (const r of records) {
      expect(await store.history(r.id)).toMatchObject([
        { kind: 'created', actor: 'Seed', version: 1, at: new Date(NOW).toISOString() },
      ]);
    }
    expect(await seedIfEmpty(store, NOW + 1000)).toBe(false);
    expect((await store.list({ sort: 'status', offset: 0, limit: 50 }, NOW)).total).toBe(records.length);

    const withAParty = new MemoryStore();
    await withAParty.createParty({ id: 'someone', name: 'Someone', kind: 'person', aliases: [] });
    expect(await seedIfEmpty(withAParty, NOW)).toBe(false);
  });
});
