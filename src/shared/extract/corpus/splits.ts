// The corpus in four parts, scored apart: a development set and a frozen test set per language.
// The rules are written and fixed against the development sets only. The test sets were written
// before the rules they measure and may not change (frozen.test.ts checks their checksums).
// English development is the corpus the rules grew up with: its tuning sentences and articles,
// and the split once called "frozen test", which was written alongside the rules too and is
// development now.
import { CORPUS_ARTICLES } from './articles';
import { DEV_ARTICLES_UK, DEV_SENTENCES_UK } from './dev-uk';
import { FROZEN_TEST_ARTICLES, FROZEN_TEST_SENTENCES } from './frozen-test';
import { CORPUS_SENTENCES } from './sentences';
import { TEST_ARTICLES_EN, TEST_SENTENCES_EN } from './test-en';
import { TEST_ARTICLES_UK, TEST_SENTENCES_UK } from './test-uk';
import type { CorpusSplit } from './types';

export const DEV_EN: CorpusSplit = {
  name: 'English development',
  language: 'en',
  sentences: [...CORPUS_SENTENCES, ...FROZEN_TEST_SENTENCES],
  articles: [...CORPUS_ARTICLES, ...FROZEN_TEST_ARTICLES],
};

export const TEST_EN: CorpusSplit = {
  name: 'English test',
  language: 'en',
  sentences: TEST_SENTENCES_EN,
  articles: TEST_ARTICLES_EN,
};

export const DEV_UK: CorpusSplit = {
  name: 'Ukrainian development',
  language: 'uk',
  sentences: DEV_SENTENCES_UK,
  articles: DEV_ARTICLES_UK,
};

export const TEST_UK: CorpusSplit = {
  name: 'Ukrainian test',
  language: 'uk',
  sentences: TEST_SENTENCES_UK,
  articles: TEST_ARTICLES_UK,
};

/** Development first, then test, per language: the order the eval prints them. */
export const SPLITS = [DEV_EN, TEST_EN, DEV_UK, TEST_UK] as const;
