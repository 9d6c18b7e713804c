// The shape of an annotated corpus entry.
import type { PARTY_KINDS } from '../../contract/pledge';

export type CorpusPartyKind = (typeof PARTY_KINDS)[number];

export interface CorpusSentence {
  text: string;
  isPledge: boolean;
  /** The expected window; null when the sentence carries no deadline. */
  deadline: { earliest?: string; latest: string } | null;
  amount: { value: number; currency: string } | null;
  pledgers: string[];
  beneficiaries: string[];
  /**
   * What a careful reader would call some of the parties (by id): "anna-weber" a person,
   * "moldova" a state. Scored only where given, so older entries need none.
   */
  kinds?: Record<string, CorpusPartyKind>;
  /** The dateline the text opens with, which no proposed quote may carry, and the date it names. */
  dateline?: { text: string; date: string | null };
  /** Which convention or pitfall this entry tests. */
  covers: string;
  /** Defaults: 2025-08-18 in America/New_York, no publication time. */
  publishedOn?: string;
  publishedAt?: string;
  timeZone?: string;
}

/** A whole article: its sentences are matched by a fragment; any other candidate is a false positive. */
export interface CorpusArticle {
  name: string;
  text: string;
  publishedOn: string;
  publishedAt?: string;
  timeZone: string;
  dateline?: { text: string; date: string | null };
  expected: (Omit<CorpusSentence, 'text' | 'publishedOn' | 'publishedAt' | 'timeZone' | 'dateline'> & {
    contains: string;
  })[];
}

/** A part of the corpus, scored on its own. */
export interface CorpusSplit {
  name: string;
  /** The language its texts are written in, given to the reader as a caller would. */
  language: 'en' | 'uk';
  sentences: readonly CorpusSentence[];
  articles: readonly CorpusArticle[];
}
