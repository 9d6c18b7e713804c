// The secret of a sign-in or invite link rides in the fragment (#token=…), which no request line
// or Referer carries. Read it once; a malformed one is as good as none.
import { secretSchema } from '@shared/contract';

export type LinkToken = { kind: 'none' } | { kind: 'malformed' } | { kind: 'token'; token: string };

export function tokenFromHash(hash: string): LinkToken {
  const raw = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  if (raw === null || raw === '') return { kind: 'none' };
  return secretSchema.safeParse(raw).success ? { kind: 'token', token: raw } : { kind: 'malformed' };
}
