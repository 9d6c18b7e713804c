// The trash: pledges taken out of the lists, most recently deleted first, each one click from
// coming back. Their history is whole.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Pledge } from '@shared/contract';
import { describeWindow } from '@shared/domain';
import { paths } from '@client/app/paths';
import { ErrorState } from '@client/components/error-state';
import { errorMessage } from '@client/lib/api-client';
import { restorePledge, trashOptions } from '@client/lib/endpoints/trash';
import { formatInstant, partyNames } from '@client/lib/format';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import './keeping.css';

interface TrashedItemProps {
  pledge: Pledge;
  canRestore: boolean;
  /** After it is back: the page may carry on with it (the edit form keeps its changes). */
  onRestored?: (restored: Pledge) => void;
}

export function TrashedItem({ pledge, canRestore, onRestored }: TrashedItemProps) {
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const restore = useMutation({
    mutationFn: () => restorePledge({ id: pledge.id, version: pledge.version }),
    onSuccess: (restored) => {
      queryClient.setQueryData(pledgeKeys.detail(pledge.id), restored);
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
      push({ tone: 'success', title: `“${pledge.title}” is back in the lists` });
      onRestored?.(restored);
    },
    onError: (error) => push({ tone: 'error', title: 'Could not restore', body: errorMessage(error) }),
  });
  return (
    <li className="trash-item">
      <div>
        <p className="trash-title">{pledge.title}</p>
        <p className="trash-meta">
          {partyNames(pledge.pledgers)} · {describeWindow(pledge.deadline)}
          {pledge.deletedAt ? (
            <>
              {' · '}in the trash since <time dateTime={pledge.deletedAt}>{formatInstant(pledge.deletedAt)}</time>
            </>
          ) : null}
        </p>
      </div>
      {canRestore ? (
        <Button
          small
          onClick={() => restore.mutate()}
          aria-label={`Restore “${pledge.title}”`}
          pending={restore.isPending}
          pendingLabel="Restoring…"
        >
          Restore
        </Button>
      ) : null}
    </li>
  );
}

/** `canRestore`: offer "Restore" on each (editors only). */
export function TrashList({ canRestore }: { canRestore: boolean }) {
  const query = useQuery(trashOptions());
  if (query.isError)
    return (
      <ErrorState
        title="The trash could not be loaded"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  if (!query.data) {
    return (
      <p className="muted" role="status">
        Loading the trash…
      </p>
    );
  }
  if (!query.data.length) {
    return (
      <div className="state-panel state-empty" role="status">
        <h2 className="state-title">The trash is empty</h2>
        <p>
          Pledges moved to the trash wait here, history and all. <Link to={paths.home}>Back to the pledges</Link>
        </p>
      </div>
    );
  }
  return (
    <ul className="trash-list" aria-label="Pledges in the trash">
      {query.data.map((p) => (
        <TrashedItem key={p.id} pledge={p} canRestore={canRestore} />
      ))}
    </ul>
  );
}
