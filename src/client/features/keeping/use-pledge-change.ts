// One small change to a pledge (a delivery, a piece of evidence), sent against the version on
// screen. A stale version is not overwritten: the pledge is reloaded and the person told, with
// what they typed still in the form.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Pledge, PledgePatch } from '@shared/contract';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { updatePledge } from '@client/lib/endpoints/update-pledge';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { useT } from '@client/i18n/language';
import { changeToastWords as words } from './messages';

export function usePledgeChange(pledge: Pledge) {
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const t = useT();
  return useMutation({
    mutationFn: (patch: PledgePatch) => updatePledge({ id: pledge.id, version: pledge.version, patch }),
    onSuccess: (saved) => {
      queryClient.setQueryData(pledgeKeys.detail(pledge.id), saved);
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.history(pledge.id) });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: pledgeKeys.detail(pledge.id) });
        push({
          tone: 'error',
          title: t(words.changedFirst),
          body: t(words.changedFirstBody),
        });
      } else if (!isApiError(error) || !error.issues.length) {
        push({ tone: 'error', title: t(words.notSaved), body: errorMessage(error, t) });
      }
    },
  });
}

/** Messages by field path from a refused change ("deliveries.2.url" → that message). */
export function issuesOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  return Object.fromEntries(error.issues.map((i) => [i.path, i.message]));
}

/**
 * The refusals about one item of a list the change sent, by the item's field ("deliveries.2.url"
 * → { url }); a refusal of the list as a whole goes on `fallbackField`.
 */
export function itemIssuesOf(
  error: unknown,
  list: 'deliveries' | 'evidence',
  index: number,
  fallbackField: string,
): Record<string, string> {
  const byPath = issuesOf(error);
  const prefix = `${list}.${index}.`;
  const mine = Object.fromEntries(
    Object.entries(byPath)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length).split('.')[0]!, message]),
  );
  if (Object.keys(mine).length) return mine;
  return byPath[list] ? { [fallbackField]: byPath[list] } : {};
}
