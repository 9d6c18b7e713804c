// Random and malformed requests at every write endpoint. Whatever arrives, the API never answers
// 5xx, every 4xx is the one error shape, and a refused request leaves everything anyone can see
// (every list page, the trash, each pledge's history, the parties and their record, the saved
// views) exactly as it was. Requests that happen to be valid are let through and become the new
// state the next ones are checked against.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema, MAX_BODY_BYTES, pledgePageSchema, trashResponseSchema } from '@shared/contract';
import { apiSnapshot } from '../testing/apiSnapshot';
import { openTestApi, type TestApi } from '../testing/apiHarness';

const PLEDGES = [
  'security-guarantees-in-writing',
  'ukraine-buys-us-weapons',
  'zelensky-meets-putin',
  'us-help-on-security',
];
const PARTIES = [
  'united-states',
  'ukraine',
  'russia',
  'european-allies',
  'donald-trump',
  'volodymyr-zelensky',
  'vladimir-putin',
  'emmanuel-macron',
];

// Values that are wrong somewhere: wrong types, edges, huge, deep, dates, zones and links that are not.
const nested = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) as unknown;
const nastyStrings = [
  '',
  ' ',
  '\u0000',
  '\u202e',
  'x'.repeat(5000),
  '2025-02-30',
  '2025-13-01',
  '25-08-18',
  '2025-08-18T00:00:00Z',
  '0000-00-00',
  '9999-12-31',
  'Mars/Olympus',
  'UTC',
  'Europe/Kyiv',
  'europe/kyiv',
  'javascript:alert(1)',
  'https:example.org',
  'http://',
  'https://example.org/ok',
  'data:text/html,x',
  '<script>',
  '"1"',
  'W/"1"',
  '*',
  '__proto__',
  'constructor',
  'ukraine',
  'Ukraine',
  'USD',
  'usd',
  'open',
  'fulfilled',
  'state',
  'planet',
  '-1',
  'NaN',
  '1e309',
  'null',
  '🙂'.repeat(100),
];
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    false,
    0,
    -1,
    1,
    1.5,
    1e15,
    1e16,
    -0,
    Number.MAX_SAFE_INTEGER,
    [],
    {},
    [[]],
    [null],
    nested(200),
  ),
  fc.constantFrom(...nastyStrings),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.constantFrom<unknown>(...PARTIES, 'nobody', 1, null, 'Ukraine'), { maxLength: 25 }),
  fc.anything({ maxDepth: 3, maxKeys: 4 }),
);

const date = fc.constantFrom(
  '2025-08-18',
  '2025-08-25',
  '2025-08-30',
  '2025-09-01',
  '2025-09-15',
  '2025-02-30',
  '2026-01-01',
);
const deliveryArb = fc.record(
  {
    id: fc.constantFrom('d-x', 'carried-over', 'Bad Id'),
    on: date,
    value: fc.oneof(fc.constant(1), fc.double({ min: -5, max: 1e16 })),
    note: fc.string({ maxLength: 10 }),
    url: fc.constantFrom('https://example.org/d', 'ftp://x'),
  },
  { requiredKeys: [] },
);
const evidenceArb = fc.record(
  {
    url: fc.constantFrom('https://example.org/e', 'javascript:x', ''),
    title: fc.string({ maxLength: 10 }),
    date,
    note: fc.string({ maxLength: 10 }),
    addedAt: fc.constant('2025-08-20T00:00:00Z'),
  },
  { requiredKeys: [] },
);

/** A pledge body built from plausible parts, any of which may be replaced by a wrong value. */
const pledgeFields = {
  title: fc.oneof(fc.string({ maxLength: 20 }), fc.constant('x'.repeat(201))),
  quote: fc.string({ maxLength: 20 }),
  pledgers: fc.subarray(PARTIES, { maxLength: 3 }),
  beneficiaries: fc.subarray([...PARTIES, 'nobody'], { maxLength: 3 }),
  guarantors: fc.subarray(PARTIES, { maxLength: 2 }),
  announcedOn: date,
  timeZone: fc.constantFrom('UTC', 'America/New_York', 'Pacific/Kiritimati', 'America/Adak', 'Not/AZone'),
  deadline: fc.oneof(
    fc.constant(null),
    fc.record({ earliest: date, latest: date, text: fc.string({ maxLength: 10 }) }, { requiredKeys: ['latest'] }),
  ),
  amount: fc.oneof(
    fc.constant(null),
    fc.record(
      {
        value: fc.double({ min: -1, max: 1e16 }),
        currency: fc.constantFrom('USD', 'EUR', 'usd', 'DOLLARS'),
        delivered: fc.double({ min: -1, max: 1e10 }),
      },
      { requiredKeys: ['value', 'currency'] },
    ),
  ),
  deliveries: fc.array(deliveryArb, { maxLength: 3 }),
  tags: fc.array(fc.constantFrom('security', 'aid', 'Bad Tag', 'aid'), { maxLength: 3 }),
  sources: fc.array(
    fc.record(
      { title: fc.string({ maxLength: 10 }), url: fc.constantFrom('https://example.org/s', 'nope'), publishedOn: date },
      { requiredKeys: [] },
    ),
    { maxLength: 2 },
  ),
  verdict: fc.constantFrom('open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn', 'kept'),
  resolvedOn: fc.oneof(fc.constant(null), date),
  evidence: fc.array(evidenceArb, { maxLength: 2 }),
  // Fields a client may not send at all.
  version: fc.nat(5),
  deletedAt: fc.constant(null),
  deadlineSlips: fc.nat(3),
  id: fc.constantFrom('x', 'security-guarantees-in-writing'),
};
const pledgeBody = fc
  .record(pledgeFields, { requiredKeys: [] })
  .chain((body) => fc.tuple(fc.constant(body), fc.subarray(Object.keys(body)), nastyValue))
  .map(([body, spoiled, value]) =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, spoiled.includes(k) ? value : v])),
  );

const partyBody = fc.record(
  {
    id: fc.constantFrom('new-party', 'ukraine', 'Bad Id', ''),
    name: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('n'.repeat(121))),
    kind: fc.constantFrom('state', 'group', 'person', 'organisation', 'planet'),
    aliases: fc.array(fc.constantFrom('A', 'a', 'Kyiv', ''), { maxLength: 4 }),
    represents: fc.constantFrom('ukraine', 'nobody', 'new-party'),
  },
  { requiredKeys: [] },
);
const viewBody = fc.record(
  {
    name: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('v'.repeat(81))),
    query: fc.constantFrom(
      '',
      'state=due',
      'sort=-slips&progress=partial',
      'state=soon',
      'limit=5',
      '?x=1',
      'slipped=maybe',
    ),
  },
  { requiredKeys: [] },
);

/** Any body at all: one of the plausible ones, a random value, or a raw text that may not be JSON. */
const anyBody = (plausible: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 5, arbitrary: plausible.map((b) => ({ json: b })) },
    { weight: 2, arbitrary: nastyValue.map((b) => ({ json: b })) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), nastyValue, { maxKeys: 5 }).map((b) => ({ json: b })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '',
          '{',
          '{"title":',
          'null',
          '[]',
          '"text"',
          '{"a":1}{"b":2}',
          '{"__proto__":{"polluted":true},"title":"x"}',
          `{"title":"${'x'.repeat(MAX_BODY_BYTES)}"}`,
          `{"tags":${'['.repeat(20000)}${']'.repeat(20000)}}`,
          '\u0000',
          '{"title":"\\ud800"}',
        )
        .map((raw) => ({ raw })),
    },
  );

const contentType = fc.constantFrom(
  'application/json',
  'application/json',
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  undefined,
);
const ifMatch = fc.constantFrom(
  'current',
  'current',
  'current',
  'stale',
  'none',
  '*',
  'garbage',
  'W/"current"',
  '"99999999999999"',
);
const pledgeId = fc.constantFrom(...PLEDGES, ...PLEDGES, 'no-such-pledge', 'BAD ID', '%2e%2e', 'a'.repeat(120));
const partyId = fc.constantFrom(...PARTIES, 'nobody', 'Not A Slug', 'stats');
const actor = fc.constantFrom(
  undefined,
  undefined,
  'Fuzzer',
  '',
  ' ',
  'x'.repeat(81),
  '%E0%A4%A',
  'Tab\there',
  '%0Aline',
);

interface FuzzRequest {
  method: string;
  path: string;
  /** Whose ETag "current" means, if any. */
  pledge?: string;
  body?: { json: unknown } | { raw: string };
  type?: string;
  ifMatch: string;
  actor?: string;
}

const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/api/pledges'),
    body: anyBody(pledgeBody),
    type: contentType,
    ifMatch,
    actor,
  }),
  fc
    .record({ id: pledgeId, body: anyBody(pledgeBody), type: contentType, ifMatch, actor })
    .map(({ id, ...r }) => ({ ...r, method: 'PATCH', path: `/api/pledges/${id}`, pledge: id })),
  fc
    .record({
      id: pledgeId,
      ifMatch,
      actor,
      body: fc.option(anyBody(nastyValue), { nil: undefined }),
      type: contentType,
    })
    .map(({ id, ...r }) => ({ ...r, method: 'DELETE', path: `/api/pledges/${id}`, pledge: id })),
  fc
    .record({
      id: pledgeId,
      ifMatch,
      actor,
      body: fc.option(anyBody(nastyValue), { nil: undefined }),
      type: contentType,
    })
    .map(({ id, ...r }) => ({ ...r, method: 'POST', path: `/api/pledges/${id}/restore`, pledge: id })),
  fc
    .record({
      id: pledgeId,
      body: anyBody(
        fc.record(
          { toVersion: fc.oneof(fc.integer({ min: -1, max: 12 }), nastyValue), extra: nastyValue },
          { requiredKeys: [] },
        ),
      ),
      type: contentType,
      ifMatch,
      actor,
    })
    .map(({ id, ...r }) => ({ ...r, method: 'POST', path: `/api/pledges/${id}/revert`, pledge: id })),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/api/parties'),
    body: anyBody(partyBody),
    type: contentType,
    ifMatch,
    actor,
  }),
  fc
    .record({ id: partyId, body: anyBody(partyBody), type: contentType, ifMatch, actor })
    .map(({ id, ...r }) => ({ ...r, method: 'PATCH', path: `/api/parties/${encodeURIComponent(id)}` })),
  fc
    .record({
      id: partyId,
      body: anyBody(fc.record({ into: fc.oneof(partyId, nastyValue), also: nastyValue }, { requiredKeys: [] })),
      type: contentType,
      ifMatch,
      actor,
    })
    .map(({ id, ...r }) => ({ ...r, method: 'POST', path: `/api/parties/${encodeURIComponent(id)}/merge` })),
  fc.record({
    method: fc.constant('POST'),
    path: fc.constant('/api/views'),
    body: anyBody(viewBody),
    type: contentType,
    ifMatch,
    actor,
  }),
  fc
    .record({
      slug: fc.constantFrom('aaaaaaa', 'no-such', 'BAD'),
      method: fc.constantFrom('PATCH', 'DELETE'),
      body: anyBody(viewBody),
      type: contentType,
      ifMatch,
      actor,
    })
    .map(({ slug, ...r }) => ({ ...r, path: `/api/views/${slug}` })),
);

describe('the API under random and malformed writes', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await openTestApi();
    // Something in the trash, something with history, a saved view: states worth breaking.
    await api.call('PATCH', '/api/pledges/us-help-on-security', {
      body: { deadline: { latest: '2025-09-10', text: 'soon' } },
      headers: { 'If-Match': '"1"' },
    });
    await api.call('DELETE', '/api/pledges/zelensky-meets-putin', { headers: { 'If-Match': '"1"' } });
  });
  afterAll(() => api.close());

  it('never answers 5xx, always the one error shape on 4xx, and a refused request changes nothing', async () => {
    let baseline = await apiSnapshot(api);
    const seen = { refused: 0, accepted: 0 };
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers: Record<string, string> = {};
        if (r.type !== undefined) headers['Content-Type'] = r.type;
        if (r.actor !== undefined) headers['X-Actor'] = r.actor;
        const current = r.pledge ? ((await api.store.get(r.pledge))?.version ?? 1) : 1;
        const tag =
          { current: `"${current}"`, stale: `"${current + 1}"`, 'W/"current"': `W/"${current}"`, none: undefined }[
            r.ifMatch as 'current'
          ] ?? r.ifMatch;
        if (tag !== undefined) headers['If-Match'] = tag;
        let body: string | undefined;
        if (r.body) body = 'raw' in r.body ? r.body.raw : (JSON.stringify(r.body.json) ?? 'undefined');
        const res = await api.app.request(r.path, { method: r.method, headers, body });
        const text = await res.text();
        const where = `${r.method} ${r.path} ${res.status} ${text.slice(0, 300)}`;
        expect(res.status, where).toBeLessThan(500);
        if (res.status >= 400) {
          seen.refused++;
          expect(res.headers.get('Content-Type'), where).toMatch(/^application\/json/);
          expect(errorBodySchema.safeParse(JSON.parse(text)).success, where).toBe(true);
          expect(await apiSnapshot(api), where).toBe(baseline);
        } else {
          seen.accepted++;
          baseline = await apiSnapshot(api);
          // What got through is still data the contract describes.
          expect(
            pledgePageSchema.safeParse((await api.call('GET', '/api/pledges?limit=200')).body).success,
            where,
          ).toBe(true);
          expect(trashResponseSchema.safeParse((await api.call('GET', '/api/trash')).body).success, where).toBe(true);
        }
      }),
      { numRuns: 4000, seed: 20250818 },
    );
    // Mostly refusals, as random input should be, but some valid writes got through too.
    expect(seen.refused).toBeGreaterThan(3000);
    expect(seen.accepted).toBeGreaterThan(10);
  }, 120_000);

  it('leaves no prototype polluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
