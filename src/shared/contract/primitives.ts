// Building blocks of the HTTP contract. Everything here is plain zod so the client,
// the server and the mocks share one definition (and the OpenAPI document is generated from it).
import { z } from 'zod';
import { isRealPlainDate, isValidTimeZone } from '../domain/dates';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from './slugs';

export * from './slugs';

/** A calendar date, `YYYY-MM-DD`, that exists (no 2025-02-30). */
export const plainDateSchema = /* @__PURE__ */ z
  .string()
  // abort: a malformed date gets one message, not also "Not a real calendar date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use a date written YYYY-MM-DD', abort: true })
  .refine(isRealPlainDate, 'Not a real calendar date')
  .meta({ id: 'PlainDate', description: 'A calendar date, YYYY-MM-DD', example: '2025-08-28' });

/** An IANA time zone name such as `Europe/Kyiv`. */
export const timeZoneSchema = /* @__PURE__ */ z
  .string()
  .min(1, { abort: true })
  .max(64, { abort: true })
  .refine(isValidTimeZone, 'Not a known IANA time zone (e.g. Europe/Kyiv)')
  .meta({ id: 'TimeZone', description: 'An IANA time zone', example: 'America/New_York' });

/** An instant, ISO 8601 in UTC. */
export const instantSchema = /* @__PURE__ */ z.iso.datetime().meta({ id: 'Instant', example: '2025-08-18T20:00:00Z' });

/**
 * Only absolute http and https links are stored: anything else (javascript:, data:) is refused.
 * The text itself must start with http:// or https://: `new URL('https:example.com')` accepts
 * it, but a browser resolves such an href against the current page, not example.com.
 * The host must be one anyone can reach: a domain name with a dot, or an IP address.
 */
export const httpUrlSchema = /* @__PURE__ */ z
  .string()
  .trim()
  .max(2000)
  .superRefine((value, context) => {
    let url: URL | undefined;
    try {
      url = /^https?:\/\//i.test(value) ? new URL(value) : undefined;
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      context.addIssue({ code: 'custom', message: 'Use a link that starts with http:// or https://' });
      return;
    }
    // A link someone else can open names a real host: a domain with a dot, or an IP address.
    // Single names (http://x, http://intranet) only mean something on the writer's own network.
    if (!url.hostname.startsWith('[') && !/[^.]\.[^.]/.test(url.hostname))
      context.addIssue({
        code: 'custom',
        message: 'Use a full link with a domain name, such as https://www.example.org/page',
      });
  })
  .meta({ id: 'HttpUrl', example: 'https://www.whitehouse.gov/' });

export const slugSchema = /* @__PURE__ */ z
  .string()
  .min(1)
  .max(SLUG_MAX_LENGTH)
  .regex(SLUG_PATTERN, 'Use lowercase letters, digits and dashes');

/** Text a person typed: trimmed, no control characters except newlines and tabs. */
export const textSchema = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `At most ${max} characters`)
    // eslint-disable-next-line no-control-regex
    .refine((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(s), 'Contains control characters');

/** A slug made of a name: "Rüstem Umërov" → "rustem-umerov"; "" when the name has no Latin letters or digits. */
export function slugFromName(name: string, max = 80): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
