// The corpus in two parts. The tuning split is what the rules were written and fixed against;
// the frozen test split was written before the changes it measures and is never tuned on
// (frozen-test.ts says how it is kept).
import { CORPUS_ARTICLES } from './articles';
import { FROZEN_TEST_ARTICLES, FROZEN_TEST_SENTENCES } from './frozen-test';
import { CORPUS_SENTENCES } from './sentences';
import type { CorpusSplit } from './types';

export const TUNING_SPLIT: CorpusSplit = {
  name: 'tuning',
  sentences: CORPUS_SENTENCES,
  articles: CORPUS_ARTICLES,
};

export const FROZEN_TEST_SPLIT: CorpusSplit = {
  name: 'frozen test',
  sentences: FROZEN_TEST_SENTENCES,
  articles: FROZEN_TEST_ARTICLES,
};
