// The shape of an annotated corpus entry.

export interface CorpusSentence {
  text: string;
  isPledge: boolean;
  /** The expected window; null when the sentence carries no deadline. */
  deadline: { earliest?: string; latest: string } | null;
  amount: { value: number; currency: string } | null;
  pledgers: string[];
  beneficiaries: string[];
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
  expected: (Omit<CorpusSentence, 'text' | 'publishedOn' | 'publishedAt' | 'timeZone'> & { contains: string })[];
}
