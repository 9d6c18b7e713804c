import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { API_PATHS } from './endpoints';
import { etagFor, versionFromIfMatch } from './http';

describe('ETags and If-Match', () => {
  it('quotes the version as a strong ETag', () => {
    expect(etagFor(3)).toBe('"3"');
  });

  it('reads back the version of any ETag it issued', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (version) => {
        expect(versionFromIfMatch(etagFor(version))).toBe(version);
      }),
      { numRuns: 100 },
    );
  });

  it('tolerates surrounding spaces and a weak prefix (proxies weaken ETags)', () => {
    expect(versionFromIfMatch(' "7" ')).toBe(7);
    expect(versionFromIfMatch('W/"7"')).toBe(7);
  });

  it('reads the version of the ETag a read of the pledge carries, whatever answer it names', () => {
    expect(versionFromIfMatch('"7/3k9x0q"')).toBe(7);
    expect(versionFromIfMatch('W/"12/a"')).toBe(12);
    // The same answer sent gzip-compressed names its encoding too.
    expect(versionFromIfMatch('"7/3k9x0q.gzip"')).toBe(7);
  });

  it.each([
    null,
    undefined,
    '',
    '7',
    '"abc"',
    '*',
    '"1", "2"',
    '"1234567890123"',
    '"-1"',
    '"1.5"',
    '"7/"',
    '"/7"',
    '"7/A B"',
    '"7.gzip"',
    '"7/abc.br"',
  ])('names no version in %j', (header) => {
    expect(versionFromIfMatch(header)).toBeNull();
  });
});

describe('API_PATHS', () => {
  it('encodes ids into paths', () => {
    expect(API_PATHS.pledge('security-guarantees')).toBe('/api/pledges/security-guarantees');
    expect(API_PATHS.history('a/b?c')).toBe('/api/pledges/a%2Fb%3Fc/history');
  });
});
