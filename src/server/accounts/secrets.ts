// Random secrets (session ids, link and API tokens) and the only form in which they are stored:
// their SHA-256. A secret has 256 bits of randomness, so a plain hash is enough (no salt or
// slow hash needed, unlike passwords), and it can be looked up directly.
import { createHash, randomBytes } from 'node:crypto';

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** An id for a row a person may see (a token's, an invite's): random, short, not a secret. */
export function newId(prefix: string): string {
  return prefix + randomBytes(9).toString('base64url');
}
