// The test sets are frozen: their text and annotations were written before the rules they
// measure, and nobody may tune them to the rules afterwards. A checksum of each set is kept
// here; a change to any item fails this test. A new test set is a new file with its own
// checksum, added in a commit of its own before the rules it measures.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { TEST_ARTICLES_EN, TEST_SENTENCES_EN } from './test-en';
import { TEST_ARTICLES_UK, TEST_SENTENCES_UK } from './test-uk';
import type { CorpusArticle, CorpusSentence } from './types';

const checksum = (sentences: readonly CorpusSentence[], articles: readonly CorpusArticle[]) =>
  createHash('sha256').update(JSON.stringify({ sentences, articles })).digest('hex');

const FROZEN = [
  {
    name: 'English',
    sentences: TEST_SENTENCES_EN,
    articles: TEST_ARTICLES_EN,
    minSentences: 60,
    sha256: '6d3affcf274d03d09754e0a9aaf6f2952bd629cdbc1458bb82c693e5c0bffbe9',
  },
  {
    name: 'Ukrainian',
    sentences: TEST_SENTENCES_UK,
    articles: TEST_ARTICLES_UK,
    minSentences: 80,
    sha256: '8c6dc9b826e8d4c97243de052dbc70f03bd073e82a29bf0ef9a7f547c817ccb6',
  },
];

describe('frozen test sets', () => {
  it.each(FROZEN)('the $name test set is unchanged since it was written', (set) => {
    expect(checksum(set.sentences, set.articles)).toBe(set.sha256);
  });
  it.each(FROZEN)('the $name test set is as large as it was asked to be', (set) => {
    expect(set.sentences.length).toBeGreaterThanOrEqual(set.minSentences);
    expect(set.articles.length).toBeGreaterThanOrEqual(2);
    // Negatives are there to measure precision: at least a fifth of the sentences.
    expect(set.sentences.filter((s) => !s.isPledge).length).toBeGreaterThanOrEqual(set.minSentences / 5);
  });
  it.each(FROZEN)('every $name test item names what it covers and has a well-formed window', (set) => {
    const items = [...set.sentences, ...set.articles.flatMap((a) => a.expected)];
    for (const item of items) {
      expect(item.covers.length).toBeGreaterThan(0);
      if (item.deadline?.earliest) expect(item.deadline.earliest <= item.deadline.latest).toBe(true);
      if (!item.isPledge) expect([item.deadline, item.amount, ...item.pledgers]).toEqual([null, null]);
    }
  });
});
