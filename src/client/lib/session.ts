// Who is signed in, and what they may do. One query (GET /api/session) that every page shares;
// the server decides, this only decides what to show: a control a person cannot use is not shown.
// Cross-cutting like the toasts, so it lives here rather than in a feature: features gate their
// own controls with useCan(), and the account feature builds the pages on top of it.
import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { API_PATHS, roleAtLeast, type SessionInfo } from '@shared/contract';
import { apiRequest } from './api-client';
import { sessionInfoSchema } from './response-schemas';
import { sessionKeys } from './query-keys';

export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo> {
  const { data } = await apiRequest(API_PATHS.session, { schema: sessionInfoSchema, signal });
  return data;
}

export function sessionOptions() {
  return queryOptions({ queryKey: sessionKeys.all, queryFn: ({ signal }) => fetchSession(signal), staleTime: 60_000 });
}

export function useSession() {
  return useQuery(sessionOptions());
}

export interface Can {
  /** Create, edit and judge pledges, keep the trash, rename parties, save views. */
  edit: boolean;
  /** Run users, invites and the instance's settings. */
  admin: boolean;
}

const NOTHING: Can = { edit: false, admin: false };

/** What a session allows. Until a password is set (the owner's first link), nothing but setting it. */
export function permissionsOf(info: SessionInfo | undefined): Can {
  const account = info?.account;
  if (!account || account.needsPassword) return NOTHING;
  return { edit: roleAtLeast(account.role, 'editor'), admin: account.role === 'admin' };
}

/** Nothing is allowed until the session is known, so a visitor never sees a control flash by. */
export function useCan(): Can {
  const { data } = useSession();
  return permissionsOf(data);
}

/** A `next` that stays on this site: a path starting with one "/" (not "//" or "/\"). */
export function safeNext(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  // No control characters (a tab or newline can turn "/\t/evil.example" into "//evil.example").
  for (const ch of next) if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) return null;
  return next;
}

/**
 * Puts a new session in place and refetches everything, at once: what a person may read and do
 * changed. The promise settles when the refetches have; no need to wait for it to move on.
 */
export function sessionChanged(queryClient: QueryClient, info: SessionInfo | null): Promise<void> {
  if (info) queryClient.setQueryData(sessionKeys.all, info);
  return queryClient.invalidateQueries();
}
