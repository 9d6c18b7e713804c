// The two ways every corpus file writes a case: `p` for a sentence that holds a pledge (its
// window as [earliest or null, latest], its parties and what it covers), `n` for one that does
// not. `defaults` are fields every case of a file shares (e.g. the Kyiv publication day); a
// case's own `more` overrides them. Keys keep one order, which the frozen sets' checksums read.
import type { CorpusSentence } from './types';

export function annotators(defaults: Partial<CorpusSentence> = {}) {
  const p = (
    text: string,
    window: [string | null, string] | null,
    pledgers: string[],
    beneficiaries: string[],
    covers: string,
    more: Partial<CorpusSentence> = {},
  ): CorpusSentence => ({
    text,
    isPledge: true,
    deadline: window ? { ...(window[0] ? { earliest: window[0] } : {}), latest: window[1] } : null,
    amount: null,
    pledgers,
    beneficiaries,
    covers,
    ...defaults,
    ...more,
  });
  const n = (text: string, covers: string, more: Partial<CorpusSentence> = {}): CorpusSentence => ({
    text,
    isPledge: false,
    deadline: null,
    amount: null,
    pledgers: [],
    beneficiaries: [],
    covers,
    ...defaults,
    ...more,
  });
  return { p, n };
}
