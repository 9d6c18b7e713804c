// POST /api/extract against a real SQLite store: the seed story yields the commitments issue 6
// promises, matched to the stored parties; every refusal is in the one error shape.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extractResponseSchema,
  MAX_ARTICLE_CHARS,
  type Candidate,
  type ErrorBody,
  type ExtractResponse,
} from '@shared/contract';
import { openTestApi, type TestApi } from '../testing/apiHarness';

const ARTICLE = readFileSync(new URL('../seed/article-white-house-summit.txt', import.meta.url), 'utf8');
const STORY = { text: ARTICLE, publishedOn: '2025-08-18', timeZone: 'America/New_York' };

const ids = (parties: Candidate['pledgers']) => parties.map((p) => p.id);

describe('POST /api/extract', () => {
  let api: TestApi;
  let candidates: Candidate[];
  beforeAll(async () => {
    api = await openTestApi();
    const res = await api.call<ExtractResponse>('POST', '/api/extract', { body: STORY });
    expect(res.status).toBe(200);
    candidates = extractResponseSchema.parse(res.body).candidates;
  });
  afterAll(() => api.close());

  const find = (words: RegExp) => {
    const found = candidates.find((c) => words.test(c.sentence));
    expect(found, `a candidate matching ${words}`).toBeDefined();
    return found!;
  };

  it('finds the written security guarantees, due 25 to 28 August 2025', () => {
    const c = find(/formally written within the next week to ten days/);
    expect(c.deadline).toMatchObject({ earliest: '2025-08-25', latest: '2025-08-28' });
    expect(c.deadline?.text).toMatch(/week to ten days/);
    expect(c.deadline?.rule).toBeTruthy();
    // The deadline words stand where the article has them.
    expect(ARTICLE.slice(c.deadline!.start, c.deadline!.end)).toBe(c.deadline!.text);
  });

  it('finds the offer to buy about $90 billion of US weapons, Ukraine to the United States', () => {
    const c = find(/\$90 billion/);
    expect(c.amount).toMatchObject({ value: 90_000_000_000, currency: 'USD', approximate: true });
    expect(ids(c.pledgers)).toContain('ukraine');
    expect(ids(c.beneficiaries)).toContain('united-states');
    expect(c.pledgers.every((p) => p.known)).toBe(true);
    expect(c.deadline).toBeNull();
  });

  it('finds the willingness to meet Putin, with no deadline: "three and a half years ago" is not one', () => {
    const c = find(/willingness to meet directly with Russian President Vladimir Putin/);
    expect(c.deadline).toBeNull();
    expect(ids(c.pledgers).some((id) => id === 'volodymyr-zelensky' || id === 'ukraine')).toBe(true);
    expect(candidates.some((x) => x.deadline && /years ago/.test(x.deadline.text))).toBe(false);
  });

  it('finds the US promise of "a lot of help" on security', () => {
    const c = find(/a lot of help/);
    expect(ids(c.pledgers).some((id) => id === 'united-states' || id === 'donald-trump')).toBe(true);
  });

  it('gives each candidate its place in the article and a confidence between 0 and 1', () => {
    for (const c of candidates) {
      expect(ARTICLE.slice(c.start, c.end)).toBe(c.sentence);
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('matches parties the store learned after start: a new party with an alias is found', async () => {
    const made = await api.call('POST', '/api/parties', {
      body: { id: 'nato', name: 'NATO', kind: 'organisation', aliases: ['the Alliance'] },
    });
    expect(made.status).toBe(201);
    const res = await api.call<ExtractResponse>('POST', '/api/extract', {
      body: {
        text: 'The Alliance pledged to send Ukraine 40 air defence systems by the end of the year.',
        publishedOn: '2025-08-18',
        timeZone: 'Europe/Brussels',
      },
    });
    expect(res.status).toBe(200);
    const [c] = res.body.candidates;
    expect(c && ids(c.pledgers)).toEqual(['nato']);
    expect(c?.deadline).toMatchObject({ latest: '2025-12-31' });
  });

  it('answers an article without commitments with no candidates', async () => {
    const res = await api.call<ExtractResponse>('POST', '/api/extract', {
      body: { ...STORY, text: 'The weather in Kyiv was mild on Monday.' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ candidates: [] });
  });

  it('reads a Ukrainian article, told or not, and refuses a language it does not know', async () => {
    const text = 'Німеччина передасть Україні ще чотири системи IRIS-T до кінця року, заявив канцлер Фрідріх Мерц.';
    const body = { text, publishedOn: '2025-08-18', timeZone: 'Europe/Kyiv' };
    for (const request of [body, { ...body, language: 'uk' }]) {
      const res = await api.call<ExtractResponse>('POST', '/api/extract', { body: request });
      expect(res.status).toBe(200);
      const [c] = extractResponseSchema.parse(res.body).candidates;
      expect(c?.deadline).toMatchObject({ latest: '2025-12-31', text: 'до кінця року' });
      expect(ids(c!.beneficiaries)).toContain('ukraine');
    }
    const bad = await api.call<ErrorBody>('POST', '/api/extract', { body: { ...body, language: 'ru' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues?.[0]?.path).toBe('language');
  });

  it('refuses bad bodies field by field, unknown fields included', async () => {
    const res = await api.call<ErrorBody>('POST', '/api/extract', {
      body: { text: '', publishedOn: '2025-02-30', timeZone: 'Mars/Olympus', publishedAt: 'monday', extra: 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
    expect((res.body.error.issues ?? []).map((i) => i.path).sort()).toEqual([
      'extra',
      'publishedAt',
      'publishedOn',
      'text',
      'timeZone',
    ]);
    const long = await api.call<ErrorBody>('POST', '/api/extract', {
      body: { ...STORY, text: 'a'.repeat(MAX_ARTICLE_CHARS + 1) },
    });
    expect(long.status).toBe(400);
    expect(long.body.error.issues?.[0]?.path).toBe('text');
  });

  it('takes an article at its longest, but answers 413 beyond the body limit and 415 to non-JSON', async () => {
    const longest = await api.call('POST', '/api/extract', { body: { ...STORY, text: '“'.repeat(MAX_ARTICLE_CHARS) } });
    expect(longest.status).toBe(200);
    const big = await api.call('POST', '/api/extract', {
      rawBody: JSON.stringify({ ...STORY, text: 'x'.repeat(300_000) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(big.status).toBe(413);
    const form = await api.call('POST', '/api/extract', {
      rawBody: 'text=hi',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(form.status).toBe(415);
  });
});
