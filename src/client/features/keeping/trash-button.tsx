// "Move to trash": the pledge leaves every list but keeps its history and can come back. No
// confirmation step: the toast that follows undoes it, and the trash keeps it.
import { shownTitle } from '@shared/i18n';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Pledge } from '@shared/contract';
import { paths } from '@client/app/paths';
import { errorMessage } from '@client/lib/api-client';
import { restorePledge, trashPledge } from '@client/lib/endpoints/trash';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { trashWords as words } from './messages';

export function TrashButton({ pledge }: { pledge: Pledge }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const push = useToasts((s) => s.push);
  const t = useT();
  const trash = useMutation({
    mutationFn: () => trashPledge({ id: pledge.id, version: pledge.version }),
    onSuccess: (trashed) => {
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
      push({
        tone: 'success',
        title: t(words.inTrash, { title: shownTitle(pledge, t.locale).text }),
        body: t(words.inTrashBody),
        action: {
          label: t(commonWords.undo),
          onAction: () => {
            restorePledge({ id: pledge.id, version: trashed.version }).then(
              (restored) => {
                queryClient.setQueryData(pledgeKeys.detail(pledge.id), restored);
                void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
                push({ tone: 'info', title: t(words.back, { title: shownTitle(pledge, t.locale).text }) });
              },
              (error: unknown) =>
                push({ tone: 'error', title: t(words.couldNotRestore), body: errorMessage(error, t) }),
            );
          },
        },
      });
      void navigate({ to: paths.home });
    },
    onError: (error) => push({ tone: 'error', title: t(words.notMoved), body: errorMessage(error, t) }),
  });
  return (
    <Button
      variant="outline-danger"
      onClick={() => trash.mutate()}
      pending={trash.isPending}
      pendingLabel={t(words.moving)}
    >
      {t(words.move)}
    </Button>
  );
}
