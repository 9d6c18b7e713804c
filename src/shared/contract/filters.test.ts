import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contract from './index';
import {
  PROGRESS_FILTERS,
  DEFAULT_SORT,
  DEFAULT_ZOOM,
  VIEW_MODES,
  ZOOMS,
  dataFilters,
  latestCalendarDay,
  MAX_LIMIT,
  MAX_QUERY_TEXT,
  MAX_TAGS,
  PARTY_ROLE_FILTERS,
  SORTS,
  parseFilters,
  parseListQuery,
  serializeFilters,
  type ListQuery,
  type PledgeFilters,
} from './filters';
import { DEADLINE_STATES, VERDICTS } from './pledge';
import { arbitraryListQuery } from '@test/fixtures/filters';

const parse = (query: string, extra: string[] = []) => parseFilters(new URLSearchParams(query), { extraParams: extra });
const problemParams = (r: { problems: { param: string }[] }) => r.problems.map((p) => p.param);

describe('parseFilters', () => {
  it('reads an empty query as the default view', () => {
    expect(parse('')).toEqual({ filters: {}, problems: [] });
  });

  it('reads asOf as a calendar date and refuses one that has not begun anywhere yet', () => {
    expect(parse('asOf=2025-09-01').filters).toEqual({ asOf: '2025-09-01' });
    expect(problemParams(parse('asOf=2025-02-30'))).toEqual(['asOf']);
    expect(problemParams(parse('asOf=1 Sep'))).toEqual(['asOf']);
    const now = Date.parse('2025-09-01T09:00:00Z'); // already 1 Sep everywhere, 2 Sep in UTC+14 from 10:00
    const at = (q: string) => parseFilters(new URLSearchParams(q), { nowMs: now });
    expect(at('asOf=2025-09-01').filters).toEqual({ asOf: '2025-09-01' });
    expect(at('asOf=2025-09-02').problems).toEqual([
      {
        param: 'asOf',
        message: 'asOf is a day that has already begun: 2025-09-01 at the latest',
        reason: { kind: 'not-begun', value: '2025-09-02', latest: '2025-09-01' },
      },
    ]);
    expect(
      parseFilters(new URLSearchParams('asOf=2025-09-02'), { nowMs: Date.parse('2025-09-01T10:00:00Z') }).filters,
    ).toEqual({ asOf: '2025-09-02' });
  });

  it('gives the latest calendar day on Earth, in UTC+14', () => {
    expect(latestCalendarDay(Date.parse('2025-08-31T09:59:59.999Z'))).toBe('2025-08-31');
    expect(latestCalendarDay(Date.parse('2025-08-31T10:00:00Z'))).toBe('2025-09-01');
  });

  it('reads the presentation (view, zoom) and leaves it out of the data filters', () => {
    expect(parse('view=timeline&zoom=month&state=due').filters).toEqual({
      view: 'timeline',
      zoom: 'month',
      state: ['due'],
    });
    expect(parse('view=list&zoom=quarter').filters).toEqual({});
    // A zoom without the timeline has nothing to apply to, and is no mistake.
    expect(parse('zoom=year')).toEqual({ filters: {}, problems: [] });
    expect(problemParams(parse('view=grid&zoom=decade'))).toEqual(['view', 'zoom']);
    expect(dataFilters({ view: 'timeline', zoom: 'year', state: ['due'] })).toEqual({ state: ['due'] });
    expect(serializeFilters({ view: 'timeline', zoom: 'year', asOf: '2025-09-01', sort: 'deadline' }).toString()).toBe(
      'sort=deadline&asOf=2025-09-01&view=timeline&zoom=year',
    );
    expect(serializeFilters({ zoom: 'year' }).toString()).toBe('');
  });

  it('reads slipped and progress, and refuses other values', () => {
    expect(parse('slipped=true&progress=complete,none').filters).toEqual({
      slipped: true,
      progress: ['none', 'complete'],
    });
    expect(parse('slipped=false').filters).toEqual({ slipped: false });
    expect(problemParams(parse('slipped=yes&progress=half'))).toEqual(['slipped', 'progress']);
    expect(serializeFilters({ progress: ['complete', 'partial'], slipped: true, sort: '-slips' }).toString()).toBe(
      'slipped=true&progress=partial%2Ccomplete&sort=-slips',
    );
    expect(parse('sort=progress').filters).toEqual({ sort: 'progress' });
  });

  it('reads every filter', () => {
    expect(parse('verdict=open,broken&state=overdue,due&party=united-states&q=guarantees&sort=-deadline')).toEqual({
      filters: {
        verdict: ['open', 'broken'],
        state: ['due', 'overdue'],
        party: 'united-states',
        q: 'guarantees',
        sort: '-deadline',
      },
      problems: [],
    });
  });

  it('puts list values in their canonical order, whatever order the URL has', () => {
    expect(parse('verdict=broken,open').filters.verdict).toEqual(['open', 'broken']);
    expect(parse('state=missed,none,due').filters.state).toEqual(['none', 'due', 'missed']);
    expect(parse('verdict=broken,open')).toEqual(parse('verdict=open,broken'));
  });

  it('reads repeated parameters like a comma-separated list, once each', () => {
    expect(parse('verdict=open&verdict=broken&verdict=open').filters.verdict).toEqual(['open', 'broken']);
    expect(parse('verdict= open , broken ,').filters.verdict).toEqual(['open', 'broken']);
  });

  it('drops an unknown value, keeps the others and says which', () => {
    const r = parse('verdict=open,kept&state=late,soon');
    expect(r.filters).toEqual({ verdict: ['open'], state: ['late'] });
    expect(problemParams(r)).toEqual(['verdict', 'state']);
    expect(r.problems[0]!.message).toContain('"kept"');
    expect(r.problems[0]!.message).toContain(VERDICTS.join(', '));
  });

  it('drops a list with no known value entirely', () => {
    const r = parse('verdict=kept');
    expect(r.filters).toEqual({});
    expect(problemParams(r)).toEqual(['verdict']);
  });

  it('reports unknown parameters, but not those that belong to the page', () => {
    expect(problemParams(parse('foo=1&verdict=open'))).toEqual(['foo']);
    expect(parse('foo=1&page=2', ['page']).problems).toEqual([
      { param: 'foo', message: 'Unknown parameter "foo"', reason: { kind: 'unknown-param' } },
    ]);
    expect(problemParams(parse('Verdict=open'))).toEqual(['Verdict']);
  });

  it('shortens what it echoes back', () => {
    const long = 'x'.repeat(500);
    const r = parse(`${long}=1&sort=${long}&verdict=${long}`);
    for (const p of r.problems) {
      expect(p.param.length).toBeLessThanOrEqual(40);
      expect(p.message.length).toBeLessThan(300);
      if ('values' in p.reason) for (const v of p.reason.values) expect(v.length).toBeLessThanOrEqual(40);
    }
  });

  it.each([
    ['colour=red', 'colour', { kind: 'unknown-param' }],
    ['state=overdue,soon,later', 'state', { kind: 'unknown-values', values: ['soon', 'later'] }],
    ['sort=-popularity', 'sort', { kind: 'unknown-values', values: ['-popularity'] }],
    ['party=United%20States', 'party', { kind: 'not-ids', values: ['United States'] }],
    ['tag=Not%20A%20Tag,arms', 'tag', { kind: 'not-ids', values: ['Not A Tag'] }],
    [`tag=${Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(',')}`, 'tag', { kind: 'too-many', max: 10 }],
    ['from=2025-02-30', 'from', { kind: 'not-a-date', value: '2025-02-30' }],
    ['slipped=maybe', 'slipped', { kind: 'not-true-or-false', value: 'maybe' }],
    [`q=${'x'.repeat(201)}`, 'q', { kind: 'too-long', max: 200 }],
    ['role=pledger', 'role', { kind: 'needs', needs: 'party' }],
    ['from=2025-09-30&to=2025-09-01', 'from', { kind: 'range-reversed', from: '2025-09-30', to: '2025-09-01' }],
  ] as const)('says why %s was dropped, as data a page can put in its own words', (query, param, reason) => {
    expect(parse(query).problems[0]).toMatchObject({ param, reason });
  });

  it('says why a value that is not text was dropped', () => {
    expect(parseFilters({ q: { nested: true } }).problems).toEqual([
      { param: 'q', message: 'Expected text for q', reason: { kind: 'not-text' } },
    ]);
  });

  it('wants a party id, not a name', () => {
    expect(parse('party=united-states').filters.party).toBe('united-states');
    const r = parse('party=United%20States');
    expect(r.filters).toEqual({});
    expect(problemParams(r)).toEqual(['party']);
  });

  it('trims the search text and limits it to 200 characters', () => {
    expect(parse('q=%20%20security%20guarantees%20').filters.q).toBe('security guarantees');
    expect(parse(`q=${'x'.repeat(MAX_QUERY_TEXT)}`).filters.q).toHaveLength(MAX_QUERY_TEXT);
    const r = parse(`q=${'x'.repeat(MAX_QUERY_TEXT + 1)}`);
    expect(r.filters).toEqual({});
    expect(problemParams(r)).toEqual(['q']);
  });

  it('keeps search text with commas, ampersands and other scripts as typed', () => {
    const q = 'a, b & c = «Зеленський» 100%';
    expect(parseFilters({ q }).filters.q).toBe(q);
    expect(parseFilters(serializeFilters({ q })).filters.q).toBe(q);
  });

  it('knows every sort, leaves the default one out, and reports others', () => {
    for (const sort of SORTS) expect(parse(`sort=${sort}`).filters.sort).toBe(sort === DEFAULT_SORT ? undefined : sort);
    expect(parse('sort=status').filters).toEqual({});
    const r = parse('sort=newest');
    expect(r.filters).toEqual({});
    expect(problemParams(r)).toEqual(['sort']);
  });

  it('treats empty values as not given', () => {
    expect(parse('verdict=&state=&party=&q=%20&sort=')).toEqual({ filters: {}, problems: [] });
  });

  describe('from search params already parsed (the router gives objects, arrays and numbers)', () => {
    it('reads strings, arrays and numbers', () => {
      expect(parseFilters({ verdict: ['broken', 'open'], state: 'due', party: 'g7', q: 2025, sort: 'title' })).toEqual({
        filters: { verdict: ['open', 'broken'], state: ['due'], party: 'g7', q: '2025', sort: 'title' },
        problems: [],
      });
    });

    it('ignores undefined and null values', () => {
      expect(parseFilters({ verdict: undefined, q: null })).toEqual({ filters: {}, problems: [] });
    });

    it('reports values that cannot be text instead of searching for "[object Object]"', () => {
      const r = parseFilters({ q: { text: 'x' }, verdict: ['open', { a: 1 }], party: Object.create(null) as object });
      expect(r.filters).toEqual({});
      expect(problemParams(r).sort()).toEqual(['party', 'q', 'verdict']);
    });

    it('reads only the object’s own parameters', () => {
      const inherited = Object.create({ q: 'inherited' }) as Record<string, unknown>;
      expect(parseFilters(inherited)).toEqual({ filters: {}, problems: [] });
    });
  });
});

describe('parseFilters: tags, party role and deadline range', () => {
  it('reads one tag or several, sorted and once each', () => {
    expect(parse('tag=security').filters).toEqual({ tag: ['security'] });
    expect(parse('tag=security,aid&tag=aid').filters).toEqual({ tag: ['aid', 'security'] });
    expect(parse('tag=security,aid')).toEqual(parse('tag=aid,security'));
  });

  it('drops a tag that is not a slug and keeps the others', () => {
    const r = parse('tag=aid,Not%20a%20tag,%3Cscript%3E');
    expect(r.filters).toEqual({ tag: ['aid'] });
    expect(problemParams(r)).toEqual(['tag']);
    expect(r.problems[0]!.message).toContain('"Not a tag"');
  });

  it(`refuses more than ${MAX_TAGS} tags with a message instead of cutting the list`, () => {
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`).join(',');
    const r = parse(`tag=${many}&verdict=open`);
    expect(r.filters).toEqual({ verdict: ['open'] });
    expect(r.problems).toEqual([
      { param: 'tag', message: `At most ${MAX_TAGS} tags at once`, reason: { kind: 'too-many', max: MAX_TAGS } },
    ]);
    expect(parse(`tag=${Array.from({ length: MAX_TAGS }, (_, i) => `t${i}`).join(',')}`).problems).toEqual([]);
  });

  it('reads the role of the party, leaves "either" (the default) out, and wants a party with it', () => {
    for (const role of PARTY_ROLE_FILTERS)
      expect(parse(`party=ukraine&role=${role}`)).toEqual({ filters: { party: 'ukraine', role }, problems: [] });
    expect(parse('party=ukraine&role=either')).toEqual({ filters: { party: 'ukraine' }, problems: [] });
    const lone = parse('role=pledger');
    expect(lone.filters).toEqual({});
    expect(lone.problems).toEqual([
      {
        param: 'role',
        message: 'A role only applies together with a party',
        reason: { kind: 'needs', needs: 'party' },
      },
    ]);
    const unknown = parse('party=ukraine&role=donor');
    expect(unknown.filters).toEqual({ party: 'ukraine' });
    expect(unknown.problems[0]!.message).toContain('pledger, beneficiary, guarantor, either');
    // A role whose party was dropped is dropped too, and said so.
    expect(problemParams(parse('party=United%20States&role=pledger'))).toEqual(['party', 'role']);
  });

  it('reads a deadline range of real dates, either end open', () => {
    expect(parse('from=2025-09-01&to=2025-09-30').filters).toEqual({ from: '2025-09-01', to: '2025-09-30' });
    expect(parse('from=2025-09-01').filters).toEqual({ from: '2025-09-01' });
    expect(parse('to=2025-09-30').filters).toEqual({ to: '2025-09-30' });
    expect(parse('from=2025-09-01&to=2025-09-01').filters).toEqual({ from: '2025-09-01', to: '2025-09-01' });
    expect(parse('from=2024-02-29').problems).toEqual([]);
  });

  it('drops dates that are not real or not YYYY-MM-DD, and says which', () => {
    for (const bad of [
      '2025-02-30',
      '2025-9-1',
      '01/09/2025',
      'tomorrow',
      '2025-09-01T00:00',
      '2025-13-01',
      '2023-02-29',
    ]) {
      const r = parse(`from=${encodeURIComponent(bad)}&to=2025-12-31`);
      expect(r.filters, bad).toEqual({ to: '2025-12-31' });
      expect(problemParams(r), bad).toEqual(['from']);
    }
    expect(problemParams(parse('to=2025-02-30'))).toEqual(['to']);
  });

  it('drops a range that ends before it starts, both ends, and says so', () => {
    const r = parse('from=2025-09-30&to=2025-09-01&state=due');
    expect(r.filters).toEqual({ state: ['due'] });
    expect(problemParams(r)).toEqual(['from', 'to']);
    expect(r.problems[0]!.message).toContain('2025-09-30');
  });

  it('reads every new filter together with the old ones', () => {
    expect(
      parse('q=help&to=2025-09-30&from=2025-09-01&tag=security&role=pledger&party=united-states&state=overdue'),
    ).toEqual({
      filters: {
        state: ['overdue'],
        party: 'united-states',
        role: 'pledger',
        tag: ['security'],
        from: '2025-09-01',
        to: '2025-09-30',
        q: 'help',
      },
      problems: [],
    });
  });

  it('never throws on a hostile URL, reporting each bad part', () => {
    const r = parse(`state=%3Cscript%3E&q=${'x'.repeat(500)}&zzz=1&tag=${'a'.repeat(200)}&from=%00&role=%3Cb%3E`);
    expect(r.filters).toEqual({});
    expect(problemParams(r).sort()).toEqual(['from', 'q', 'role', 'state', 'tag', 'zzz']);
  });
});

describe('parseListQuery', () => {
  it('reads a page size from 1 to 200 and a cursor', () => {
    expect(parseListQuery(new URLSearchParams('limit=1&cursor=abc_DEF-123'))).toEqual({
      query: { limit: 1, cursor: 'abc_DEF-123' },
      problems: [],
    });
    expect(parseListQuery(new URLSearchParams(`limit=${MAX_LIMIT}`)).query.limit).toBe(MAX_LIMIT);
    expect(parseListQuery({ limit: 50 }).query.limit).toBe(50);
  });

  it.each(['0', '201', '-1', '1.5', '1e2', 'fifty', ' 5', '99999'])('reports and drops limit=%s', (limit) => {
    const r = parseListQuery(new URLSearchParams({ limit }));
    expect(r.query).toEqual({});
    expect(problemParams(r)).toEqual(['limit']);
  });

  it('reports a cursor it could not have given out', () => {
    const r = parseListQuery(new URLSearchParams('cursor=../../etc'));
    expect(r.query).toEqual({});
    expect(problemParams(r)).toEqual(['cursor']);
  });

  it('reads filters alongside the page, and reports unknown parameters once', () => {
    expect(parseListQuery(new URLSearchParams('verdict=open&limit=10&foo=1'))).toEqual({
      query: { verdict: ['open'], limit: 10 },
      problems: [{ param: 'foo', message: 'Unknown parameter "foo"', reason: { kind: 'unknown-param' } }],
    });
  });
});

describe('serializeFilters', () => {
  it('writes parameters in one canonical order and leaves defaults out', () => {
    const query: ListQuery = {
      cursor: 'c1',
      limit: 10,
      sort: 'title',
      q: 'security guarantees',
      party: 'ukraine',
      state: ['overdue', 'due'],
      verdict: ['broken', 'open'],
    };
    expect(serializeFilters(query).toString()).toBe(
      'verdict=open%2Cbroken&state=due%2Coverdue&party=ukraine&q=security+guarantees&sort=title&limit=10&cursor=c1',
    );
    expect(serializeFilters({ sort: 'status', verdict: [], q: '' }).toString()).toBe('');
  });

  it('writes the new filters in their place, tags sorted, role only with a party', () => {
    const query: ListQuery = {
      q: 'help',
      to: '2025-09-30',
      from: '2025-09-01',
      tag: ['security', 'aid'],
      role: 'beneficiary',
      party: 'ukraine',
      state: ['overdue'],
    };
    expect(serializeFilters(query).toString()).toBe(
      'state=overdue&party=ukraine&role=beneficiary&tag=aid%2Csecurity&from=2025-09-01&to=2025-09-30&q=help',
    );
    expect(serializeFilters({ role: 'pledger', tag: [] }).toString()).toBe('');
  });

  it('gives equal views equal URLs', () => {
    expect(serializeFilters(parse('state=due&verdict=broken,open').filters).toString()).toBe(
      serializeFilters(parse('verdict=open&verdict=broken&state=due&sort=status').filters).toString(),
    );
  });
});

// ---- Properties -------------------------------------------------------------------------------

/** Real calendar dates, leap days included. */
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const names = [
  'verdict',
  'state',
  'party',
  'role',
  'tag',
  'from',
  'to',
  'slipped',
  'progress',
  'q',
  'sort',
  'asOf',
  'view',
  'zoom',
  'limit',
  'cursor',
  'foo',
  'Verdict',
  'asof',
  '',
];
const words = [
  ...VERDICTS,
  ...DEADLINE_STATES,
  ...SORTS,
  ...PARTY_ROLE_FILTERS,
  'either',
  'united-states',
  'g7',
  'United States',
  'kept',
  '',
  ' ',
  ',',
  'open,broken',
  ' due ',
  '50',
  '0',
  'abc_DEF',
  ...VIEW_MODES,
  ...ZOOMS,
  ...PROGRESS_FILTERS,
  'true',
  'false',
  'complete,none',
  'security,aid',
  'a,b,c,d,e,f,g,h,i,j,k',
  '2025-09-01',
  '2025-09-30',
  '2025-02-30',
  '2025-9-1',
];
const value = fc.oneof(
  fc.constantFrom(...words),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ minLength: 195, maxLength: 210 }),
);
/** Query strings built from likely pieces, plus arbitrary text. */
const queryString = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })),
        fc.array(value, { minLength: 1, maxLength: 3 }),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [n, vs] of pairs) params.append(n, vs.join(','));
      return params.toString();
    }),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
/** What a router might hand over after parsing search params as JSON, and worse. */
const searchObject = fc.dictionary(
  fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })),
  fc.oneof(
    value,
    fc.array(value, { maxLength: 3 }),
    fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      maxDepth: 2,
    }),
  ),
  { maxKeys: 6 },
);
const raw = fc.oneof(
  queryString.map((q) => new URLSearchParams(q)),
  searchObject,
);

describe('filters, for any input', () => {
  it('parseFilters and parseListQuery never throw', () => {
    fc.assert(
      fc.property(raw, (r) => {
        expect(() => parseFilters(r)).not.toThrow();
        expect(() => parseListQuery(r)).not.toThrow();
      }),
      { numRuns: 250 },
    );
  });

  it('report every parameter they drop (an empty value or the default sort is not dropped, it is absent)', () => {
    fc.assert(
      fc.property(raw, (r) => {
        const { query, problems } = parseListQuery(r);
        const reported = new Set(problems.map((p) => p.param));
        const given = r instanceof URLSearchParams ? [...new Set(r.keys())] : Object.keys(r);
        for (const name of given) {
          if (reported.has(name.slice(0, 40))) continue;
          const values = r instanceof URLSearchParams ? r.getAll(name) : [r[name]].flat();
          const blank = values.every(
            (v) =>
              v === undefined || v === null || (typeof v === 'string' && v.split(',').every((s) => s.trim() === '')),
          );
          const joined = values.join(',');
          const isDefault =
            (name === 'sort' && joined === DEFAULT_SORT) ||
            (name === 'role' && joined === 'either') ||
            (name === 'view' && joined === 'list') ||
            // A zoom only applies to the timeline; elsewhere it has nothing to say.
            (name === 'zoom' && (joined === DEFAULT_ZOOM || query.view !== 'timeline'));
          if (blank || isDefault) continue;
          expect(
            query[name as keyof ListQuery],
            `parameter ${JSON.stringify(name)} was dropped without a word`,
          ).toBeDefined();
        }
      }),
      { numRuns: 250 },
    );
  });

  it('serialize ∘ parse is canonical: its output parses back to the same view, with no problems, and serializes the same', () => {
    fc.assert(
      fc.property(raw, (r) => {
        const once = serializeFilters(parseListQuery(r).query).toString();
        const again = parseListQuery(new URLSearchParams(once));
        expect(again.problems).toEqual([]);
        expect(serializeFilters(again.query).toString()).toBe(once);
        // The same view, except that lone surrogates (which UTF-8 cannot carry) come back as U+FFFD.
        const first = parseListQuery(r).query;
        if (first.q !== undefined) first.q = new URLSearchParams({ q: first.q }).get('q')!;
        expect(again.query).toEqual(first);
      }),
      { numRuns: 250 },
    );
  });

  it('parse ∘ serialize gives back any view in its canonical form', () => {
    const view = fc.record(
      {
        verdict: fc
          .subarray([...VERDICTS], { minLength: 1 })
          .chain((v) => fc.shuffledSubarray(v, { minLength: v.length, maxLength: v.length })),
        state: fc.shuffledSubarray([...DEADLINE_STATES], { minLength: 1 }),
        party: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 80),
        role: fc.constantFrom(...PARTY_ROLE_FILTERS),
        tag: fc.uniqueArray(
          fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 80),
          { minLength: 1, maxLength: MAX_TAGS },
        ),
        range: fc.tuple(fc.option(date, { nil: undefined }), fc.option(date, { nil: undefined })),
        slipped: fc.boolean(),
        progress: fc.shuffledSubarray([...PROGRESS_FILTERS], { minLength: 1 }),
        q: fc
          .string({ minLength: 1, maxLength: MAX_QUERY_TEXT })
          .map((s) => s.trim())
          .filter(Boolean),
        sort: fc.constantFrom(...SORTS),
        asOf: date,
        view: fc.constant('timeline' as const),
        zoom: fc.constantFrom('month' as const, 'year' as const),
        limit: fc.integer({ min: 1, max: MAX_LIMIT }),
        cursor: fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(view, ({ range, ...rest }) => {
        // A range is written with from <= to, as any view the parser gives out.
        const [from, to] = range?.[0] && range[1] && range[0] > range[1] ? [range[1], range[0]] : (range ?? []);
        const v: ListQuery = { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) };
        const back = parseListQuery(new URLSearchParams(serializeFilters(v).toString()));
        expect(back.problems).toEqual([]);
        const canonical: ListQuery = { ...v };
        if (v.tag) canonical.tag = [...v.tag].sort();
        if (v.party === undefined) delete canonical.role;
        if (v.verdict) canonical.verdict = VERDICTS.filter((x) => v.verdict!.includes(x));
        if (v.state) canonical.state = DEADLINE_STATES.filter((x) => v.state!.includes(x));
        if (v.progress) canonical.progress = PROGRESS_FILTERS.filter((x) => v.progress!.includes(x));
        if (v.sort === DEFAULT_SORT) delete canonical.sort;
        if (v.view === undefined) delete canonical.zoom;
        // Lone surrogates cannot survive UTF-8 percent-encoding; they come back as U+FFFD.
        if (v.q !== undefined) canonical.q = new URLSearchParams({ q: v.q }).get('q')!.trim() || undefined;
        if (canonical.q === undefined) delete canonical.q;
        expect(back.query).toEqual(canonical);
      }),
      { numRuns: 300 },
    );
  });

  it('parse ∘ serialize is the identity on every view the table describes (API URLs)', () => {
    fc.assert(
      fc.property(arbitraryListQuery(), (query) => {
        expect(parseListQuery(new URLSearchParams(serializeFilters(query).toString()))).toEqual({
          query,
          problems: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('equal views give equal URLs, whatever the order of parameters and values', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...VERDICTS]),
        fc.shuffledSubarray([...DEADLINE_STATES]),
        fc.boolean(),
        (verdict, state, stateFirst) => {
          const a = new URLSearchParams();
          const b = new URLSearchParams();
          const entries: [string, string][] = [
            ['verdict', verdict.join(',')],
            ['state', state.join(',')],
          ];
          for (const [k, v] of entries) a.append(k, v);
          for (const [k, v] of stateFirst ? entries.reverse() : entries)
            b.append(k, [...v.split(',')].reverse().join(','));
          expect(serializeFilters(parseFilters(a).filters).toString()).toBe(
            serializeFilters(parseFilters(b).filters).toString(),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('the contract as a whole', () => {
  it('can describe every schema in JSON Schema (for the OpenAPI document), as input and as output', () => {
    const schemas = Object.entries(contract).filter(([, v]) => v instanceof z.ZodType) as [string, z.ZodType][];
    expect(schemas.length).toBeGreaterThan(15);
    for (const [, schema] of schemas) {
      expect(() => z.toJSONSchema(schema, { io: 'input' })).not.toThrow();
      expect(() => z.toJSONSchema(schema, { io: 'output' })).not.toThrow();
    }
  });

  it('keeps PledgeFilters a subset of ListQuery', () => {
    const f: PledgeFilters = { verdict: ['open'] };
    const q: ListQuery = f;
    expect(q).toBe(f);
  });
});
