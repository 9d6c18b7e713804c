import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/api-client';
import { sessionKeys } from '../lib/query-keys';

/** Retry what may pass on a second try (network, 5xx); never a 4xx, which will not change. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2) return false;
  if (!isApiError(error)) return false;
  return error.code === 'network' || error.status >= 500;
}

export function createQueryClient(options: { retry?: boolean } = {}): QueryClient {
  // A 401 anywhere means the session this page believes in has ended (signed out elsewhere, an
  // expired session, a tracker made private); a 403, that its role changed (made a viewer while
  // editing). Either way: ask again who is signed in, and the pages follow.
  const onError = (error: unknown, key?: readonly unknown[]) => {
    if (!isApiError(error) || (error.status !== 401 && error.status !== 403) || key?.[0] === sessionKeys.all[0]) return;
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: options.retry === false ? false : shouldRetry,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
