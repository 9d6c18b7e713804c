// The trash: pledges taken out of the lists, most recently deleted first, each one click from
// coming back. Their history is whole.
import { PledgeTitle } from '@client/i18n/shown-title';
import { shownTitle } from '@shared/i18n';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Pledge } from '@shared/contract';
import { describeWindow } from '@shared/domain';
import { paths } from '@client/app/paths';
import { ErrorState } from '@client/components/error-state';
import { errorMessage } from '@client/lib/api-client';
import { restorePledge, trashOptions } from '@client/lib/endpoints/trash';
import { formatInstant } from '@client/lib/format';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { trashWords as words } from './messages';
import './keeping.css';
import { PartyNames } from '@client/i18n/party-names';

interface TrashedItemProps {
  pledge: Pledge;
  canRestore: boolean;
  /** After it is back: the page may carry on with it (the edit form keeps its changes). */
  onRestored?: (restored: Pledge) => void;
}

export function TrashedItem({ pledge, canRestore, onRestored }: TrashedItemProps) {
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const t = useT();
  const restore = useMutation({
    mutationFn: () => restorePledge({ id: pledge.id, version: pledge.version }),
    onSuccess: (restored) => {
      queryClient.setQueryData(pledgeKeys.detail(pledge.id), restored);
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
      push({ tone: 'success', title: t(words.backInLists, { title: shownTitle(pledge, t.locale).text }) });
      onRestored?.(restored);
    },
    onError: (error) => push({ tone: 'error', title: t(words.couldNotRestore), body: errorMessage(error, t) }),
  });
  return (
    <li className="trash-item">
      <div>
        <p className="trash-title">
          <PledgeTitle pledge={pledge} />
        </p>
        <p className="trash-meta">
          <PartyNames parties={pledge.pledgers} /> · {describeWindow(pledge.deadline, t)}
          {pledge.deletedAt ? (
            <>
              {' · '}
              <Rich
                message={words.since}
                values={{ instant: formatInstant(pledge.deletedAt, t.locale) }}
                tags={{ time: (c) => <time dateTime={pledge.deletedAt!}>{c}</time> }}
              />
            </>
          ) : null}
        </p>
      </div>
      {canRestore ? (
        <Button
          small
          onClick={() => restore.mutate()}
          aria-label={t(words.restoreItem, { title: shownTitle(pledge, t.locale).text })}
          pending={restore.isPending}
          pendingLabel={t(words.restoring)}
        >
          {t(words.restore)}
        </Button>
      ) : null}
    </li>
  );
}

/** `canRestore`: offer "Restore" on each (editors only). */
export function TrashList({ canRestore }: { canRestore: boolean }) {
  const query = useQuery(trashOptions());
  const t = useT();
  if (query.isError)
    return (
      <ErrorState
        title={t(words.loadFailed)}
        message={errorMessage(query.error, t)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  if (!query.data) {
    return (
      <p className="muted" role="status">
        {t(words.loading)}
      </p>
    );
  }
  if (!query.data.length) {
    return (
      <div className="state-panel state-empty" role="status">
        <h2 className="state-title">{t(words.empty)}</h2>
        <p>
          <Rich message={words.emptyText} tags={{ link: (c) => <Link to={paths.home}>{c}</Link> }} />
        </p>
      </div>
    );
  }
  return (
    <ul className="trash-list" aria-label={t(words.list)}>
      {query.data.map((p) => (
        <TrashedItem key={p.id} pledge={p} canRestore={canRestore} />
      ))}
    </ul>
  );
}
