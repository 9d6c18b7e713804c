// The answer cache never holds more bytes than its bound, counts bytes (not characters),
// refuses an answer too large to share the space, and lets the least recently used go first.
import { describe, expect, it } from 'vitest';
import { answerBytes, answerCache } from './answerCache';

const answer = (body: string) => ({
  body: new TextEncoder().encode(body),
  headers: { 'Content-Type': 'application/json', ETag: '"abc"' },
});

describe('the answer cache', () => {
  it('stays within its bound in bytes, however many answers go in', () => {
    const cache = answerCache({ maxBytes: 10_000 });
    for (let i = 0; i < 500; i++) {
      cache.set(`key ${i}`, answer('x'.repeat(100 + (i % 7) * 50)), 1);
      expect(cache.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(cache.size).toBeGreaterThan(10);
    expect(cache.size).toBeLessThan(100);
  });

  it('counts bytes, not characters: Ukrainian text takes two a letter', () => {
    const body = 'обіцянка'.repeat(100);
    expect(answerBytes('k', answer(body))).toBeGreaterThanOrEqual(body.length * 2);
    const cache = answerCache({ maxBytes: 100_000 });
    cache.set('k', answer(body), 1);
    expect(cache.bytes).toBe(answerBytes('k', answer(body)));
  });

  it('does not keep an answer larger than a quarter of the bound', () => {
    const cache = answerCache({ maxBytes: 10_000 });
    cache.set('small', answer('s'), 1);
    cache.set('big', answer('b'.repeat(3_000)), 1);
    expect(cache.get('big')).toBeUndefined();
    expect(new TextDecoder().decode(cache.get('small')?.body)).toBe('s');
  });

  it('lets the least recently used answer go first', () => {
    const cache = answerCache({ maxBytes: 2_000 });
    cache.set('a', answer('a'.repeat(400)), 1);
    cache.set('b', answer('b'.repeat(400)), 1);
    cache.set('c', answer('c'.repeat(400)), 1);
    cache.get('a');
    cache.set('d', answer('d'.repeat(400)), 1);
    cache.set('e', answer('e'.repeat(400)), 1);
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
  });

  it('lets the answers of older data versions go as soon as one of a newer version is kept', () => {
    const cache = answerCache({ maxBytes: 100_000 });
    cache.set('list\n1', answer('old list'), 1);
    cache.set('feed\n1', answer('old feed'), 1);
    cache.set('list\n2', answer('new list'), 2);
    expect(cache.get('list\n1')).toBeUndefined();
    expect(cache.get('feed\n1')).toBeUndefined();
    expect(cache.size).toBe(1);
    // One built at an older version and finished late is not kept either.
    cache.set('feed\n1', answer('late'), 1);
    expect(cache.get('feed\n1')).toBeUndefined();
    expect(cache.bytes).toBe(answerBytes('list\n2', answer('new list')));
  });
});
