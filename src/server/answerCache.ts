// The instance's memory of recent public answers (api/answers/answerMiddleware.ts decides what
// goes in and under which key): a least-recently-used cache bounded by the bytes it holds, so a
// burst of distinct views (or of 2 MB calendar feeds) can never grow the process past its bound.
import { LRUCache } from 'lru-cache';
import type { AnswerCache, CachedAnswer } from './api/answers/answerMiddleware';

export const DEFAULT_ANSWER_CACHE_BYTES = 16 * 1024 * 1024;

export interface SizedAnswerCache extends AnswerCache {
  /** The bytes held now: keys, bodies and headers. */
  readonly bytes: number;
  readonly size: number;
}

/** The bytes of an answer with its key (UTF-8 for the key and headers): what the bound counts. */
export function answerBytes(key: string, answer: CachedAnswer): number {
  let bytes = Buffer.byteLength(key) + answer.body.byteLength + (answer.gzip?.byteLength ?? 0);
  for (const [name, value] of Object.entries(answer.headers)) bytes += name.length + Buffer.byteLength(value);
  return bytes;
}

/**
 * At most `maxBytes`; one answer larger than a quarter of that is not kept at all (it would push
 * out everything else for one view).
 */
export function answerCache({ maxBytes = DEFAULT_ANSWER_CACHE_BYTES }: { maxBytes?: number } = {}): SizedAnswerCache {
  const lru = new LRUCache<string, CachedAnswer & { bytes: number; version: number }>({
    maxSize: maxBytes,
    maxEntrySize: Math.floor(maxBytes / 4),
    sizeCalculation: (answer) => answer.bytes,
  });
  let newest = -Infinity;
  return {
    get: (key) => lru.get(key),
    set: (key, answer, version) => {
      // Data versions only grow: an answer of an older one can never be asked for again, so it
      // goes now rather than holding memory until the bound pushes it out.
      if (version > newest) {
        newest = version;
        for (const [oldKey, old] of lru.entries()) if (old.version < version) lru.delete(oldKey);
      }
      if (version < newest) return;
      lru.set(key, { ...answer, bytes: answerBytes(key, answer), version });
    },
    get bytes() {
      return lru.calculatedSize;
    },
    get size() {
      return lru.size;
    },
  };
}
