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
import { shownTitle } from '@shared/i18n';
import {
  MutationObserver,
  type InfiniteData,
  type MutationOptions,
  type QueryClient,
  type QueryKey,
} from '@tanstack/react-query';
import type { Pledge, PledgePage } from '@shared/contract';
import { verdictWords } from '@shared/domain';
import { useLanguage } from '@client/i18n/language';
import { isApiError, errorMessage } from '@client/lib/api-client';
import { now } from '@client/lib/clock';
import { pledgeKeys, verdictMutationKey } from '@client/lib/query-keys';
import { pushToast, type NewToast } from '@client/lib/stores/toasts';
import { commonWords } from '@client/components/common.messages';
import { verdictToastWords as words } from './toasts.messages';
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
      const { t } = useLanguage.getState();
      showEverywhere(queryClient, updated);
      const title = shortTitle(shownTitle(updated, t.locale).text);
      if (change.kind === 'undo') {
        pushToast({
          tone: 'info',
          title: t(words.undone),
          body: t(words.undoneBody, { title, verdict: t(verdictWords[updated.verdict]) }),
        });
        return;
      }
      // More than one version later: someone else's change came in between, and was kept.
      const onTop = updated.version > change.before.version + 1;
      pushToast({
        tone: 'success',
        title:
          updated.verdict === 'open'
            ? t(words.reopened)
            : t(words.marked, { verdict: t(verdictWords[updated.verdict]) }),
        body: t(onTop ? words.markedOnTop : words.markedBody, { title }),
        durationMs: UNDO_MS,
        action: {
          label: t(commonWords.undo),
          onAction: () =>
            startVerdictChange(queryClient, { kind: 'undo', before: updated, patch: restorePatch(change.before) }),
        },
      });
    },

    onError: (error, change, snapshot) => {
      const { t } = useLanguage.getState();
      restore(queryClient, id, snapshot);
      const title = shortTitle(shownTitle(change.before, t.locale).text);
      const undo = change.kind === 'undo';
      const draft = change.kind === 'mark' ? change.draft : undefined;
      if (isVerdictConflict(error)) {
        showEverywhere(queryClient, error.conflict.theirs);
        const message = t(undo ? words.conflictUndo : words.conflictMark);
        if (!draft) {
          pushToast({
            tone: 'error',
            title: message,
            body: t(words.conflictBody, { title }),
          });
          return;
        }
        reopenForm(
          { pledgeId: id, draft, conflict: error.conflict },
          { title: message, body: t(words.conflictKept, { title }) },
        );
        return;
      }
      if (draft && isApiError(error) && error.status === 400 && error.issues.length) {
        // The form reopens with the server's words next to the fields (and says so as it opens).
        reopenForm(
          { pledgeId: id, draft, serverIssues: error.issues, serverMessage: errorMessage(error, t) },
          { title: t(undo ? words.leftUndo : words.leftMark, { title }), body: errorMessage(error, t) },
        );
        return;
      }
      // In the trash: the page says so and offers Restore; what was typed waits in the toast.
      const trashed = isApiError(error) && error.trashed !== null;
      pushToast({
        tone: 'error',
        title: trashed
          ? t(undo ? words.trashedUndo : words.trashedMark, { title })
          : t(undo ? words.leftUndo : words.leftMark, { title }),
        body: errorMessage(error, t),
        action: draft
          ? {
              label: t(words.editAgain),
              onAction: () =>
                openVerdictDialog(
                  trashed ? { pledgeId: id, draft } : { pledgeId: id, draft, serverMessage: errorMessage(error, t) },
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
  const { t } = useLanguage.getState();
  pushToast({
    tone: 'error',
    ...offer,
    action: { label: t(words.editAgain), onAction: () => openVerdictDialog(target) },
  });
}

/** Starts a verdict change. It reports its outcome through the cache and toasts, never by throwing. */
export function startVerdictChange(queryClient: QueryClient, change: VerdictChange): void {
  const observer = new MutationObserver(queryClient, verdictOptions(queryClient, change.before.id));
  observer.mutate(change).catch(() => undefined);
}
