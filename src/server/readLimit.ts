// Anonymous reads per network address: generous (a person reading, even fast, never meets it) but
// finite, so one address cannot keep the server busy for everyone. Signed-in people and tokens
// are known and limited by their writes instead; loopback (the machine itself, a proxy's health
// checks, tests) is never limited.
import { SESSION_COOKIE, type ErrorBody } from '@shared/contract';
import { tokenBucket } from './api/rateLimiter';

export const DEFAULT_READS_PER_MINUTE = 600;

const LOOPBACK_ADDRESS = /^(?:127\.|::1$|::ffff:127\.)/;

export interface ReadLimit {
  /** null when the request may go on, else the 429 to answer. */
  check(request: Request, address: string, nowMs: number): Response | null;
  /**
   * For a read known to be anonymous (no session cookie, no token): 0 when it may go on (and is
   * counted), else how long to wait. A refused read is not counted.
   */
  wait(address: string, nowMs: number): number;
}

export function readLimit(perMinute: number): ReadLimit {
  const limiter = tokenBucket(perMinute);
  const wait = (address: string, nowMs: number) => (LOOPBACK_ADDRESS.test(address) ? 0 : limiter.take(address, nowMs));
  return {
    wait,
    check(request, address, nowMs) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return null;
      if (request.headers.has('authorization')) return null;
      if ((request.headers.get('cookie') ?? '').includes(`${SESSION_COOKIE}=`)) return null;
      const waitMs = wait(address, nowMs);
      if (waitMs === 0) return null;
      const body: ErrorBody = {
        error: { code: 'rate_limited', message: 'Too many requests from your network. Try again in a moment.' },
      };
      return Response.json(body, { status: 429, headers: { 'Retry-After': String(Math.ceil(waitMs / 1000)) } });
    },
  };
}
