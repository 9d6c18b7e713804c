import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPledges } from './index';
import { findRuleDeadlines } from './deadline-rules';
import { chronoDates } from './chrono-fallback';
import { findAmount } from './amounts';
import { splitSentences } from './sentences';
import { CORPUS_PARTIES } from './corpus/parties';
import { CORPUS_SENTENCES } from './corpus/sentences';
import { SEED_STORY } from './corpus/articles';
import { evaluateCorpus } from './corpus/evaluate';
import { SPLITS } from './corpus/splits';

const D = { date: '2025-08-18', timeZone: 'America/New_York' };
const window = (text: string, ref: { date: string; timeZone: string; publishedAt?: string } = D) => {
  const m = findRuleDeadlines(text, ref).find((x) => x.latest !== null);
  return m ? { earliest: m.earliest ?? null, latest: m.latest, rule: m.rule } : null;
};

describe('sentences', () => {
  it('keeps offsets exact, and splits a missing space after a period', () => {
    const text = 'Mr. Smith met U.S. President Trump. It was brief.He left early.';
    const parts = splitSentences(text);
    expect(parts.map((s) => s.text)).toEqual([
      'Mr. Smith met U.S. President Trump.',
      'It was brief.',
      'He left early.',
    ]);
    for (const s of parts) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
  it('ends a sentence after "U.S." when a new clause starts, and after a closing quote', () => {
    const parts = splitSentences(
      'It was supported by the U.S. French President Emmanuel Macron spoke. He said “yes.” Then left.',
    );
    expect(parts.map((s) => s.text)).toEqual([
      'It was supported by the U.S.',
      'French President Emmanuel Macron spoke.',
      'He said “yes.”',
      'Then left.',
    ]);
  });
  it('never throws and keeps offsets in range on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('deadline conventions (D = Monday 2025-08-18, New York)', () => {
  it.each([
    ['within 30 days', null, '2025-09-17'],
    ['within fourteen days', null, '2025-09-01'],
    ['within a fortnight', null, '2025-09-01'],
    ['over the next six weeks', null, '2025-09-29'],
    ['within the next week to ten days', '2025-08-25', '2025-08-28'],
    ['within 7-10 days', '2025-08-25', '2025-08-28'],
    ['in 7 to 10 days', '2025-08-25', '2025-08-28'],
    ['in 7–10 days', '2025-08-25', '2025-08-28'],
    ['in two weeks', '2025-09-01', '2025-09-01'],
    ['14 days from now', '2025-09-01', '2025-09-01'],
    ['tomorrow', '2025-08-19', '2025-08-19'],
    ['on Friday', '2025-08-22', '2025-08-22'],
    ['on Monday', '2025-08-25', '2025-08-25'],
    ['on 1 October', '2025-10-01', '2025-10-01'],
    ['on 10 August', '2026-08-10', '2026-08-10'],
    ['by September 30', null, '2025-09-30'],
    ['no later than 15 September', null, '2025-09-15'],
    ['until 31 December', null, '2025-12-31'],
    ['before 1 October', null, '2025-09-30'],
    ['by the end of the week', null, '2025-08-22'],
    ['next week', '2025-08-25', '2025-08-31'],
    ['by the end of the month', null, '2025-08-31'],
    ['by the end of the quarter', null, '2025-09-30'],
    ['by the end of the year', null, '2025-12-31'],
    ['by Q3', null, '2025-09-30'],
    ['by Q3 2026', null, '2026-09-30'],
    ['by year-end', null, '2025-12-31'],
    ['later this year', null, '2025-12-31'],
    ['in the first half of 2026', '2026-01-01', '2026-06-30'],
    ['in early October', '2025-10-01', '2025-10-10'],
    ['in mid-October', '2025-10-11', '2025-10-20'],
    ['in late October', '2025-10-21', '2025-10-31'],
    ['by early October', null, '2025-10-10'],
    ['in October', '2025-10-01', '2025-10-31'],
    ['in the coming days', null, '2025-08-25'],
    ['in the coming weeks', null, '2025-09-15'],
    ['within 48 hours', null, '2025-08-20'],
    ['before Christmas', null, '2025-12-24'],
    ['by Christmas', null, '2025-12-25'],
  ])('%s', (words, earliest, latest) => {
    const got = window(`They will do it ${words}.`);
    expect(got).not.toBeNull();
    expect({ earliest: got!.earliest, latest: got!.latest }).toEqual({ earliest, latest });
    expect(got!.rule).toMatch(/^Due /);
  });

  it('explains the window the way the card shows it', () => {
    expect(window('within the next week to ten days')!.rule).toBe(
      'Due between a week and ten days after the announcement, 25–28 Aug 2025.',
    );
    expect(window('within 30 days')!.rule).toBe('Due within 30 days of the announcement, by 17 Sep 2025.');
  });

  it('within 48 hours counts from the publication instant, in the zone', () => {
    // 19:30 in New York on the 18th is already the 19th in UTC: +48 h is the 20th in New York.
    expect(window('within 48 hours', { ...D, publishedAt: '2025-08-18T23:30:00Z' })!.latest).toBe('2025-08-20');
    expect(
      window('within 48 hours', { date: '2025-08-19', timeZone: 'Europe/Kyiv', publishedAt: '2025-08-18T22:00:00Z' })!
        .latest,
    ).toBe('2025-08-21');
  });

  it('reads past dates as no deadline', () => {
    expect(window('the invasion began nearly three and a half years ago')).toBeNull();
    expect(window('Poland agreed in March to train pilots')).toBeNull();
    expect(window('The EU pledged on 12 July 2025 to act')).toBeNull();
  });
});

describe('chrono-node pitfalls are guarded', () => {
  it('passes the offset of the publication instant, not the IANA name', () => {
    const late = { ...D, publishedAt: '2025-08-19T02:30:00Z' }; // 22:30 on the 18th in New York
    expect(chronoDates('It happens on Thursday, September 4.', late)[0]?.date).toBe('2025-09-04');
    const r = extractPledges(
      {
        text: 'Trump said the US would announce the new sanctions tomorrow.',
        publishedOn: '2025-08-18',
        publishedAt: late.publishedAt,
        timeZone: 'America/New_York',
      },
      CORPUS_PARTIES,
    );
    expect(r.candidates[0]?.deadline?.latest).toBe('2025-08-19');
  });
  it('finds no dates inside words', () => {
    expect(chronoDates('The committee sat down with the secretariat for the monthly monitoring.', D)).toEqual([]);
  });
  it('keeps early / before / no later than that chrono drops', () => {
    expect(window('by early October')!.latest).toBe('2025-10-10');
    expect(window('before 1 October')!.latest).toBe('2025-09-30');
    expect(window('no later than 15 September')).toMatchObject({ earliest: null, latest: '2025-09-15' });
  });
});

describe('amounts', () => {
  it.each([
    ['roughly $90 billion', 90e9, 'USD', true],
    ['US$250m', 2.5e8, 'USD', false],
    ['€4.2 billion', 4.2e9, 'EUR', false],
    ['£3bn', 3e9, 'GBP', false],
    ['some 2 billion euros', 2e9, 'EUR', true],
    ['40 million hryvnias', 4e7, 'UAH', false],
    ['up to €90 billion', 9e10, 'EUR', true],
    ['$1 trillion', 1e12, 'USD', false],
  ])('%s', (text, value, currency, approximate) => {
    expect(findAmount(`They pledged ${text} in aid.`)).toMatchObject({ value, currency, approximate });
  });
});

describe('the seed story', () => {
  const { candidates } = extractPledges(
    { text: SEED_STORY, publishedOn: '2025-08-18', timeZone: 'America/New_York' },
    CORPUS_PARTIES,
  );
  const find = (words: string) => candidates.find((c) => c.sentence.includes(words));

  it('finds the written guarantees with their window', () => {
    expect(find('slated to be formally written')?.deadline).toMatchObject({
      earliest: '2025-08-25',
      latest: '2025-08-28',
      text: 'within the next week to ten days',
    });
  });
  it('finds the weapons offer with its amount and parties', () => {
    const c = find('offered to purchase')!;
    expect(c.amount).toMatchObject({ value: 90_000_000_000, currency: 'USD', approximate: true });
    expect(c.pledgers.map((p) => p.id)).toEqual(['ukraine']);
    expect(c.beneficiaries.map((p) => p.id)).toEqual(['united-states']);
    expect(c.title).toBe('Offer to buy about $90 billion of US weapons');
  });
  it('finds the willingness to meet Putin (no deadline) and the promise of help', () => {
    expect(find('willingness to meet')).toMatchObject({ deadline: null, pledgers: [{ id: 'volodymyr-zelensky' }] });
    expect(find('a lot of help')).toMatchObject({ pledgers: [{ id: 'donald-trump' }] });
  });
  it('takes no deadline from "nearly three and a half years ago" and keeps offsets exact', () => {
    for (const c of candidates) {
      expect(c.deadline?.text ?? '').not.toMatch(/ago/);
      expect(SEED_STORY.slice(c.start, c.end)).toBe(c.sentence);
      if (c.deadline) expect(SEED_STORY.slice(c.deadline.start, c.deadline.end)).toBe(c.deadline.text);
    }
  });
});

describe('extractPledges on any text', () => {
  it('never throws, and every offset is in range', () => {
    const words = fc.constantFrom(
      'will',
      'pledged',
      'by',
      'within',
      '7-10',
      'days',
      'October',
      'U.S.',
      'Ukraine',
      '$5bn',
      'mon',
      'sat',
      '.',
      '?',
      '“',
      '\n',
      'the',
      'early',
      'Christmas',
      'ten',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const { candidates } = extractPledges(
            { text: text || '.', publishedOn: '2025-08-18', timeZone: 'America/New_York' },
            CORPUS_PARTIES,
          );
          for (const c of candidates) {
            expect(c.start).toBeGreaterThanOrEqual(0);
            expect(c.end).toBeLessThanOrEqual(Math.max(text.length, 1));
            expect(c.confidence).toBeGreaterThanOrEqual(0);
            expect(c.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the corpus', () => {
  it('has at least 100 sentences written for it', () => {
    expect(CORPUS_SENTENCES.length).toBeGreaterThanOrEqual(100);
  });
  // Floors that hold today, per language and split (npm run eval:extract prints the figures).
  // The test-set floors are the targets; a rule change that drops below them fails here.
  it.each(SPLITS.map((split) => [split.name, split] as const))('%s meets its floors', (_, split) => {
    const r = evaluateCorpus(split);
    const misses = r.failures.filter((f) => !/^(?:parties|kind)/.test(f)).join('\n');
    expect(r.windowExact, misses).toBeGreaterThanOrEqual(split.name.endsWith('test') ? 0.9 : 0.95);
    expect(r.precision, misses).toBeGreaterThanOrEqual(0.9);
    expect(r.recall, misses).toBeGreaterThanOrEqual(0.9);
    expect(r.amountAccuracy, misses).toBeGreaterThanOrEqual(0.9);
  });
});
