import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFilters, type PledgeRecord } from '@shared/contract';
import { openTestApi, TEST_NOW } from '../testing/apiHarness';
import { englishTranslator } from '@shared/i18n';
import { translatorFor } from '../i18n';
import { createDescriber, describePledge, describeView, genericPage } from './describe';

const GENERIC_PAGE = genericPage(englishTranslator());

const names: Record<string, string> = { 'united-states': 'United States', ukraine: 'Ukraine' };
const partyName = (id: string) => names[id] ?? id;
const view = (query: string, total: number) =>
  describeView(parseFilters(new URLSearchParams(query)).filters, total, partyName);

describe('describeView', () => {
  it('names the count, the states and each filter', () => {
    expect(view('state=overdue&party=united-states', 3).title).toBe(
      '3 overdue pledges · party: United States · Pledge Tracker',
    );
    const many = view(
      'state=due,overdue&verdict=open,broken&party=ukraine&role=beneficiary&tag=aid&from=2025-09-01&q=troops',
      1,
    );
    expect(many.title).toBe(
      '1 due or overdue pledge · verdict: open or broken · party: Ukraine (as beneficiary) · tag: aid · deadline: 2025-09-01 to … · matching “troops” · Pledge Tracker',
    );
    expect(many.description).toMatch(
      /^1 due or overdue pledge, verdict: open or broken, party: Ukraine \(as beneficiary\)/,
    );
  });

  it('says "All pledges" for the unfiltered view, with the count in the description', () => {
    const all = view('', 12);
    expect(all.title).toBe('All pledges · Pledge Tracker');
    expect(all.description).toMatch(/^12 pledges tracked/);
    expect(view('sort=title', 12).title).toBe('All pledges · Pledge Tracker');
  });

  it('ignores a bad parameter and keeps the good ones', () => {
    expect(view('state=overdue,bogus&party=Not%20A%20Slug&zzz=1', 0).title).toBe('0 overdue pledges · Pledge Tracker');
    expect(view('state=bogus', 5).title).toBe('All pledges · Pledge Tracker');
  });

  it('names an unknown party by its id', () => {
    expect(describeView({ party: 'atlantis' }, 0).title).toBe('0 pledges · party: atlantis · Pledge Tracker');
  });
});

describe('describePledge', () => {
  const base: PledgeRecord = {
    id: 'p',
    title: 'Put the security guarantees for Ukraine in writing',
    quote: '',
    pledgers: [{ id: 'united-states', name: 'United States' }],
    beneficiaries: [{ id: 'ukraine', name: 'Ukraine' }],
    guarantors: [],
    announcedOn: '2025-08-18',
    timeZone: 'America/New_York',
    deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
    verdict: 'open',
    tags: [],
    sources: [],
    evidence: [],
    version: 1,
  } as unknown as PledgeRecord;

  it('gives the title, the deadline window and its state', () => {
    const page = describePledge(base, TEST_NOW);
    expect(page.title).toBe('Put the security guarantees for Ukraine in writing — due 25–28 Aug 2025, overdue');
    expect(page.description).toBe('Overdue by 4 days. Pledged by United States to Ukraine. Verdict: Open.');
    expect(describePledge(base, Date.parse('2025-08-26T16:00:00Z')).title).toMatch(/— due 25–28 Aug 2025, due$/);
  });

  it('gives a Ukrainian reader the title and the parties in Ukrainian where they have them', () => {
    const page = describePledge(
      {
        ...base,
        titleTranslations: { uk: 'Закріпити гарантії безпеки для України на папері' },
        pledgers: [{ id: 'united-states', name: 'United States', nameTranslations: { uk: 'США' } }],
        beneficiaries: [{ id: 'g7', name: 'G7' }],
      },
      TEST_NOW,
      translatorFor('uk'),
    );
    expect(page.title).toMatch(/^Закріпити гарантії безпеки для України на папері — /);
    expect(page.description).toContain('США');
    expect(page.description).toContain('G7');
  });

  it('says when there is no deadline', () => {
    expect(describePledge({ ...base, deadline: null }, TEST_NOW).title).toBe(
      'Put the security guarantees for Ukraine in writing — no deadline',
    );
  });
});

describe('createDescriber', () => {
  let api: Awaited<ReturnType<typeof openTestApi>>;
  let describeUrl: ReturnType<typeof createDescriber>;
  beforeAll(async () => {
    api = await openTestApi();
    describeUrl = createDescriber({ store: api.store, now: () => TEST_NOW });
  });
  afterAll(() => api.close());

  it('counts a view with the same filters as GET /api/pledges', async () => {
    const listed = await api.call<{ total: number }>('GET', '/api/pledges?state=overdue&party=united-states&limit=1');
    const page = await describeUrl(new URL('http://x.test/?state=overdue&party=united-states&view=timeline'));
    expect(page.title).toBe(
      `${listed.body.total} overdue pledge${listed.body.total === 1 ? '' : 's'} · party: United States · Pledge Tracker`,
    );
  });

  it('names the party of a view in the link’s language', async () => {
    const page = await describeUrl(new URL('http://x.test/?party=united-states&lang=uk'));
    expect(page.title).toMatch(/ · сторона: США · Трекер обіцянок$/);
  });

  it('names the day of an as-of view and counts the pledges as they stood then', async () => {
    expect((await describeUrl(new URL('http://x.test/?state=due&asOf=2025-08-26'))).title).toBe(
      '1 due pledge · as of 26 Aug 2025 · Pledge Tracker',
    );
    expect((await describeUrl(new URL('http://x.test/?state=due'))).title).toBe('0 due pledges · Pledge Tracker');
  });

  it('describes a pledge, and falls back to the generic words for an unknown one or another page', async () => {
    expect((await describeUrl(new URL('http://x.test/pledges/security-guarantees-in-writing'))).title).toMatch(
      /^Put the security guarantees .* — due 25–28 Aug 2025, overdue$/,
    );
    expect(await describeUrl(new URL('http://x.test/pledges/no-such-pledge'))).toEqual(GENERIC_PAGE);
    expect(await describeUrl(new URL('http://x.test/pledges/%E0%A4%A'))).toEqual(GENERIC_PAGE);
    expect(await describeUrl(new URL('http://x.test/extract'))).toEqual(GENERIC_PAGE);
  });
});
