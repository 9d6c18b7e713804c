import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  httpUrlSchema,
  instantSchema,
  isSlug,
  plainDateSchema,
  slugSchema,
  textSchema,
  timeZoneSchema,
} from './primitives';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('plainDateSchema', () => {
  it.each(['2025-08-28', '2024-02-29', '2025-12-31'])('accepts %s', (d) => {
    expect(plainDateSchema.parse(d)).toBe(d);
  });

  it.each([
    ['2025-02-30', 'Not a real calendar date'],
    ['2025-02-29', 'Not a real calendar date'],
    ['2025-13-01', 'Not a real calendar date'],
    ['2025-04-31', 'Not a real calendar date'],
    ['2025-8-1', 'Use a date written YYYY-MM-DD'],
    ['28/08/2025', 'Use a date written YYYY-MM-DD'],
    ['2025-08-28T00:00:00Z', 'Use a date written YYYY-MM-DD'],
    ['', 'Use a date written YYYY-MM-DD'],
  ])('rejects %j with one message: %s', (d, message) => {
    expect(messages(plainDateSchema, d)).toEqual([message]);
  });

  it('rejects what is not a string', () => {
    expect(plainDateSchema.safeParse(20250828).success).toBe(false);
    expect(plainDateSchema.safeParse(new Date('2025-08-28')).success).toBe(false);
  });
});

describe('timeZoneSchema', () => {
  it.each([
    'Europe/Kyiv',
    'America/Argentina/Buenos_Aires',
    'UTC',
    'America/New_York',
    'Pacific/Kiritimati',
    'America/Adak',
  ])('accepts %s', (zone) => {
    expect(timeZoneSchema.parse(zone)).toBe(zone);
  });

  it.each(['Mars/Base', '+03:00', '', 'europe/kyiv', 'EST', 'Europe/Kyiv '])('rejects %j with one message', (zone) => {
    expect(messages(timeZoneSchema, zone)).toHaveLength(1);
  });

  it('rejects names longer than any IANA zone without asking Temporal', () => {
    expect(messages(timeZoneSchema, `Europe/${'x'.repeat(80)}`)).toHaveLength(1);
  });
});

describe('httpUrlSchema', () => {
  it.each([
    'https://www.whitehouse.gov/',
    'http://example.com',
    'https://example.com/a?b=c#d',
    'HTTPS://EXAMPLE.COM/x',
    'https://例え.jp/',
  ])('accepts %s', (url) => {
    expect(httpUrlSchema.parse(url)).toBe(url);
  });

  it('trims the spaces a paste brings along', () => {
    expect(httpUrlSchema.parse('  https://example.com/story \n')).toBe('https://example.com/story');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'mailto:someone@example.com',
    '/relative/path',
    'relative/path',
    '//example.com/protocol-relative',
    'example.com',
    'https:example.com', // a browser resolves this against the current page
    'https:/example.com',
    'http://',
    'https://exa mple.com',
    '',
  ])('rejects %j', (url) => {
    expect(httpUrlSchema.safeParse(url).success).toBe(false);
  });

  it.each(['http://x', 'https://intranet/page', 'http://localhost:3000/', 'https://x./'])(
    'rejects %j: a single name is no host anyone else can reach',
    (url) => {
      expect(messages(httpUrlSchema, url)).toEqual([
        'Use a full link with a domain name, such as https://www.example.org/page',
      ]);
    },
  );

  it.each(['https://203.0.113.5/report', 'http://[2001:db8::1]/x', 'https://news.example.co.uk/a'])(
    'accepts %j: a domain with a dot, or an IP address',
    (url) => {
      expect(httpUrlSchema.parse(url)).toBe(url);
    },
  );

  it('rejects links over 2000 characters', () => {
    expect(httpUrlSchema.safeParse(`https://example.com/${'a'.repeat(2000)}`).success).toBe(false);
  });

  it('accepts only what parses as an http(s) URL', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (value) => {
        const r = httpUrlSchema.safeParse(value);
        if (r.success) expect(['http:', 'https:']).toContain(new URL(r.data).protocol);
      }),
      { numRuns: 200 },
    );
  });
});

describe('instantSchema', () => {
  it('accepts UTC instants, with or without milliseconds', () => {
    expect(instantSchema.safeParse('2025-08-18T20:00:00Z').success).toBe(true);
    expect(instantSchema.safeParse('2025-08-18T20:00:00.123Z').success).toBe(true);
  });

  it('rejects offsets and plain dates: instants are stored in UTC', () => {
    expect(instantSchema.safeParse('2025-08-18T16:00:00-04:00').success).toBe(false);
    expect(instantSchema.safeParse('2025-08-18').success).toBe(false);
  });
});

describe('slugSchema', () => {
  it.each(['united-states', 'g7', 'a'])('accepts %s', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  it.each(['United-States', 'united--states', '-us', 'us-', 'us states', '', 'a'.repeat(81)])('rejects %j', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(false);
  });

  it('accepts exactly what isSlug (the zod-free test the filter parser uses) accepts', () => {
    const slugish = fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', ' ', 'é'), maxLength: 90 });
    fc.assert(
      fc.property(fc.oneof(slugish, fc.string()), (value) => {
        expect(isSlug(value)).toBe(slugSchema.safeParse(value).success);
      }),
    );
    for (const value of ['a'.repeat(80), 'a'.repeat(81), '', 'a-b', 'a--b']) {
      expect(isSlug(value), value).toBe(slugSchema.safeParse(value).success);
    }
  });
});

describe('textSchema', () => {
  const text = textSchema(10);
  it('trims, then counts', () => {
    expect(text.parse('  ten chars  ')).toBe('ten chars');
    expect(text.safeParse(`  ${'x'.repeat(10)}  `).success).toBe(true);
    expect(text.safeParse('x'.repeat(11)).success).toBe(false);
  });

  it('keeps newlines and tabs but refuses other control characters', () => {
    expect(text.parse('a\nb\tc')).toBe('a\nb\tc');
    expect(text.safeParse('a\u0000b').success).toBe(false);
    expect(text.safeParse('a\u001bb').success).toBe(false);
    expect(text.safeParse('a\u007fb').success).toBe(false);
  });
});
