// Marking a verdict, optimistically:
//   1. onMutate: stop in-flight pledge fetches, remember the detail and every cached list page,
//      and show the change at once everywhere (the deadline state recomputed by the domain).
//   2. onSuccess: put the server's version in place and offer "Undo" for 8 seconds. Undo is the
//      same mutation, restoring the previous verdict, date and evidence against the new version.
//   3. A 412 (someone saved first) is handled by saveVerdict: a change that left the verdict,
//      date and evidence alone is built on, and the verdict saved on top of it, once.
//   4. onError: put everything back as it was and say why. If someone else set the verdict or
//      evidence first, show their version and reopen the form with what was typed and what they
//      set. A 400 reopens the form with the server's field issues next to the fields. The form
//      is reopened only if the dialog is free: what is typed in it for another pledge stays, and
//      a toast offers to reopen this one.
//   5. onSettled: invalidate ['pledges'] so lists, detail and history agree with the server.
// It runs through a MutationObserver (not a component hook) so it outlives the dialog that
// started it, and "Undo" in a toast can start one too.
import {
  MutationObserver,
  type InfiniteData,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Pledge, PledgePage } from '@shared/contract';
import { VERDICT_LABELS } from '@shared/domain';
import { isApiError, errorMessage } from '@client/lib/api-client';
import { now } from '@client/lib/clock';
import { pledgeKeys, verdictMutationKey } from '@client/lib/query-keys';
import { pushToast, type NewToast } from '@client/lib/stores/toasts';
import { isVerdictDialogOpen, openVerdictDialog, type VerdictDialogTarget } from './verdict-dialog-store';
import { restorePatch, type VerdictDraft, type VerdictPatch } from './verdict-form';
import { applyVerdictPatch, replaceInPages } from './verdict-optimistic';
import { isVerdictConflict, saveVerdict } from './verdict-save';

export const UNDO_MS = 8000;

export interface VerdictChange {
  kind: 'mark' | 'undo';
  /** The pledge as the person saw it when making the change (its version goes in If-Match). */
  before: Pledge;
  patch: VerdictPatch;
  /** The form as submitted, to reopen it if the server refuses the change. */
  draft?: VerdictDraft;
}

interface Snapshot {
  detail: Pledge | undefined;
  lists: [QueryKey, InfiniteData<PledgePage> | undefined][];
}

function showEverywhere(queryClient: QueryClient, pledge: Pledge): void {
  queryClient.setQueryData<Pledge>(pledgeKeys.detail(pledge.id), (old) => (old ? pledge : old));
  queryClient.setQueriesData<InfiniteData<PledgePage>>({ queryKey: pledgeKeys.lists() }, (data) =>
    replaceInPages(data, pledge),
  );
}

function restore(queryClient: QueryClient, id: string, snapshot: Snapshot | undefined): void {
  if (!snapshot) return;
  if (snapshot.detail) queryClient.setQueryData(pledgeKeys.detail(id), snapshot.detail);
  for (const [key, data] of snapshot.lists) queryClient.setQueryData(key, data);
}

function shortTitle(title: string): string {
  return title.length > 80 ? `${title.slice(0, 77)}…` : title;
}

function verdictOptions(
  queryClient: QueryClient,
  id: string,
): MutationOptions<Pledge, unknown, VerdictChange, Snapshot> {
  return {
    mutationKey: verdictMutationKey(id),
    mutationFn: (change) => saveVerdict(change.before, change.patch),

    onMutate: async (change) => {
      await queryClient.cancelQueries({ queryKey: pledgeKeys.all });
      const snapshot: Snapshot = {
        detail: queryClient.getQueryData<Pledge>(pledgeKeys.detail(id)),
        lists: queryClient.getQueriesData<InfiniteData<PledgePage>>({ queryKey: pledgeKeys.lists() }),
      };
      showEverywhere(queryClient, applyVerdictPatch(snapshot.detail ?? change.before, change.patch, now()));
      return snapshot;
    },

    onSuccess: (updated, change) => {
      showEverywhere(queryClient, updated);
      const title = shortTitle(updated.title);
      if (change.kind === 'undo') {
        pushToast({
          tone: 'info',
          title: 'Change undone',
          body: `“${title}” is ${VERDICT_LABELS[updated.verdict]} again.`,
        });
        return;
      }
      // More than one version later: someone else's change came in between, and was kept.
      const onTop = updated.version > change.before.version + 1;
      pushToast({
        tone: 'success',
        title: updated.verdict === 'open' ? 'Reopened' : `Marked ${VERDICT_LABELS[updated.verdict]}`,
        body: onTop ? `“${title}”, with the change someone else saved meanwhile kept.` : `“${title}”`,
        durationMs: UNDO_MS,
        action: {
          label: 'Undo',
          onAction: () =>
            startVerdictChange(queryClient, { kind: 'undo', before: updated, patch: restorePatch(change.before) }),
        },
      });
    },

    onError: (error, change, snapshot) => {
      restore(queryClient, id, snapshot);
      const title = shortTitle(change.before.title);
      const verb = change.kind === 'undo' ? 'Could not undo' : 'Not saved';
      const draft = change.kind === 'mark' ? change.draft : undefined;
      if (isVerdictConflict(error)) {
        showEverywhere(queryClient, error.conflict.theirs);
        const message = `${verb}: someone else changed the verdict first`;
        if (!draft) {
          pushToast({
            tone: 'error',
            title: message,
            body: `“${title}” now shows their verdict; check it, then change it again if it is still needed.`,
          });
          return;
        }
        reopenForm(
          { pledgeId: id, draft, conflict: error.conflict },
          { title: message, body: `Your verdict for “${title}” is kept: open it to compare with theirs.` },
        );
        return;
      }
      if (draft && isApiError(error) && error.status === 400 && error.issues.length) {
        // The form reopens with the server's words next to the fields (and says so as it opens).
        reopenForm(
          { pledgeId: id, draft, serverIssues: error.issues, serverMessage: error.message },
          { title: `${verb}: “${title}” was left as it was`, body: errorMessage(error) },
        );
        return;
      }
      // In the trash: the page says so and offers Restore; what was typed waits in the toast.
      const trashed = isApiError(error) && error.trashed !== null;
      pushToast({
        tone: 'error',
        title: trashed ? `${verb}: “${title}” is in the trash` : `${verb}: “${title}” was left as it was`,
        body: errorMessage(error),
        action: draft
          ? {
              label: 'Edit again',
              onAction: () =>
                openVerdictDialog(
                  trashed ? { pledgeId: id, draft } : { pledgeId: id, draft, serverMessage: errorMessage(error) },
                ),
            }
          : undefined,
      });
    },

    onSettled: () => queryClient.invalidateQueries({ queryKey: pledgeKeys.all }),
  };
}

/**
 * Reopens the verdict form on `target`, unless the dialog is open (for another pledge, or this
 * one again): then what is typed there stays, and a toast offers this form instead.
 */
function reopenForm(target: VerdictDialogTarget, offer: Pick<NewToast, 'title' | 'body'>): void {
  if (!isVerdictDialogOpen()) {
    openVerdictDialog(target);
    return;
  }
  pushToast({ tone: 'error', ...offer, action: { label: 'Edit again', onAction: () => openVerdictDialog(target) } });
}

/** Starts a verdict change. It reports its outcome through the cache and toasts, never by throwing. */
export function startVerdictChange(queryClient: QueryClient, change: VerdictChange): void {
  const observer = new MutationObserver(queryClient, verdictOptions(queryClient, change.before.id));
  observer.mutate(change).catch(() => undefined);
}
