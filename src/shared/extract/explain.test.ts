import { describe, expect, it } from 'vitest';
import { chronoDeadlines } from './chrono-deadlines';
import { developerNotation } from './corpus/developer-notation';
import { evaluateCorpus } from './corpus/evaluate';
import { SPLITS } from './corpus/splits';
import { findRuleDeadlines } from './deadline-rules';
import { extractPledges } from './index';
import { CORPUS_PARTIES } from './corpus/parties';

// Every form of deadline words the rules read (docs/extraction.md), the past forms that read as
// no deadline, and the forms chrono-node reads for them.
const WORDS = [
  'within 30 days',
  'within a fortnight',
  'over the next six weeks',
  'within three months',
  'within a year',
  'within the next week to ten days',
  'within 7-10 days',
  'in 2-3 weeks',
  'in seven to ten days',
  'in two weeks',
  '14 days from now',
  'in three years',
  'tomorrow',
  'by tomorrow',
  'the day after tomorrow',
  'today',
  'this weekend',
  'on Friday',
  'by Friday',
  'before Friday',
  'on 1 October',
  'on 10 August',
  'by September 30',
  'no later than 15 September',
  'until 31 December',
  'before 1 October',
  'by the end of the week',
  'before the end of the week',
  'by the end of next week',
  'next week',
  'by the end of the month',
  'by the end of the quarter',
  'by the end of the year',
  'before the end of the year',
  'by the end of next year',
  'by Q3',
  'by Q3 2026',
  'in Q3 2026',
  'by year-end',
  'later this year',
  'by next month',
  'before next month',
  'next month',
  'this month',
  'next year',
  'in the first half of 2026',
  'in H2 2026',
  'in early October',
  'in mid-October',
  'in late October',
  'by early October',
  'before mid-December',
  'in October',
  'in early 2026',
  'in late 2026',
  'in 2026',
  'by 2027',
  'before 2027',
  'between 3 and 5 September',
  'in the coming days',
  'in the coming weeks',
  'in the coming week',
  'in the coming month',
  'in the coming months',
  'within 48 hours',
  'before Christmas',
  'by Christmas',
  'on Christmas Day',
  'by New Year’s Eve',
  // Past forms: consumed, no deadline.
  'three years ago',
  'agreed in March',
  'on 12 July 2025',
  'signed on Friday',
];
const D = { date: '2025-08-18', timeZone: 'America/New_York' };
const WEEKEND = { date: '2025-08-23', timeZone: 'America/New_York' };
const TIMED = { ...D, publishedAt: '2025-08-18T23:30:00Z' };

describe('every explanation of a deadline is written for people', () => {
  it.each(WORDS)('%s', (words) => {
    const explanations = [D, WEEKEND, TIMED].flatMap((ref) =>
      findRuleDeadlines(`They said it will be done ${words}.`, ref).map((m) => m.rule),
    );
    expect(explanations.length).toBeGreaterThan(0);
    for (const rule of explanations) expect(developerNotation(rule), rule).toEqual([]);
  });

  it('the dates chrono-node reads for us, too', () => {
    const explanations = [
      'It happens on Thursday, September 4.',
      'They will pay by Sept. 30.',
      'They will pay before Oct. 3.',
      'The talks run from Sept. 3 to Sept. 5.',
      'The deal was signed on Aug. 1.',
    ].flatMap((text) => chronoDeadlines(text, D).map((m) => m.rule));
    expect(explanations).toHaveLength(5);
    for (const rule of explanations) expect(developerNotation(rule), rule).toEqual([]);
  });

  it('and every one the reader proposes for the corpus, in every split', () => {
    for (const split of SPLITS) {
      const r = evaluateCorpus(split);
      expect(r.explanations).toBeGreaterThan(10);
      expect(r.plainExplanations, r.failures.filter((f) => f.startsWith('explanation')).join('\n')).toBe(1);
    }
  });

  it('says the window it proposes, as the brief example reads', () => {
    const { candidates } = extractPledges(
      {
        text: 'Germany will deliver the batteries to Ukraine within 30 days.',
        ...{ publishedOn: D.date, timeZone: D.timeZone },
      },
      CORPUS_PARTIES,
    );
    expect(candidates[0]?.deadline?.rule).toBe('Due within 30 days of the announcement, by 17 Sep 2025.');
  });
});

describe('developerNotation finds the shorthand', () => {
  it.each([
    'within N days → latest D+30',
    'within A to B days → D+7 .. D+10',
    "by the end of the week → the Friday of D's week",
    'on X → that single date (date read by chrono-node)',
    'latest its last day',
  ])('%s', (text) => {
    expect(developerNotation(text)).not.toEqual([]);
  });
});
