// "Move to trash": the pledge leaves every list but keeps its history and can come back. No
// confirmation step: the toast that follows undoes it, and the trash keeps it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { Pledge } from '@shared/contract';
import { paths } from '@client/app/paths';
import { errorMessage } from '@client/lib/api-client';
import { restorePledge, trashPledge } from '@client/lib/endpoints/trash';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';

export function TrashButton({ pledge }: { pledge: Pledge }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const push = useToasts((s) => s.push);
  const trash = useMutation({
    mutationFn: () => trashPledge({ id: pledge.id, version: pledge.version }),
    onSuccess: (trashed) => {
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
      push({
        tone: 'success',
        title: `“${pledge.title}” is in the trash`,
        body: 'Its history is kept; it can be restored from the trash.',
        action: {
          label: 'Undo',
          onAction: () => {
            restorePledge({ id: pledge.id, version: trashed.version }).then(
              (restored) => {
                queryClient.setQueryData(pledgeKeys.detail(pledge.id), restored);
                void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
                push({ tone: 'info', title: `“${pledge.title}” is back` });
              },
              (error: unknown) => push({ tone: 'error', title: 'Could not restore', body: errorMessage(error) }),
            );
          },
        },
      });
      void navigate({ to: paths.home });
    },
    onError: (error) => push({ tone: 'error', title: 'Not moved to the trash', body: errorMessage(error) }),
  });
  return (
    <Button
      variant="outline-danger"
      onClick={() => trash.mutate()}
      pending={trash.isPending}
      pendingLabel="Moving to the trash…"
    >
      Move to trash
    </Button>
  );
}
