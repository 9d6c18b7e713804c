// The full history of a pledge as a timeline, newest first: who, when, and each field old → new.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { HistoryEvent, Pledge } from '@shared/contract';
import { KEPT_FIELDS } from '@shared/domain';
import type { Message, MessageValues } from '@shared/i18n';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { ErrorState } from '@client/components/error-state';
import { SkeletonLine } from '@client/components/skeleton';
import { errorMessage } from '@client/lib/api-client';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { pledgeHistoryOptions } from '@client/lib/endpoints/pledge-history';
import { revertPledge } from '@client/lib/endpoints/trash';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { formatInstant } from '@client/lib/format';
import { describeChange } from '@client/lib/describe-change';
import { Button } from '@client/components/button';
import { historyWords as words } from './messages';
import './history.css';

function ChangeLine({ change }: { change: HistoryEvent['changes'][number] }) {
  const t = useT();
  const said = describeChange(change, t);
  return (
    <li className="history-change">
      <span className="history-field">{said.label}:</span>{' '}
      {said.text !== undefined ? (
        <span>{said.text}</span>
      ) : (
        <>
          <span className="history-from">{said.from}</span>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> {t(words.changedTo)} </span>
          <span className="history-to">{said.to}</span>
        </>
      )}
    </li>
  );
}

/**
 * The changes worth reading: what the server keeps on its own (how often the deadline slipped,
 * the first deadline, the trash date) follows from the others and from the kind of event.
 */
function shownChanges(event: HistoryEvent): HistoryEvent['changes'] {
  return event.changes.filter((c) => !(KEPT_FIELDS as readonly string[]).includes(c.field));
}

/** What an event did, with the name of who did it (in <who>). */
function deed(event: HistoryEvent): [Message, MessageValues?] {
  switch (event.kind) {
    case 'created':
      return [words.created];
    case 'deleted':
      return [words.deleted];
    case 'restored':
      return [words.restored];
    case 'reverted':
      return event.revertedTo ? [words.revertedTo, { version: event.revertedTo }] : [words.reverted];
    case 'merged':
      return event.merged
        ? [words.mergedParties, { from: event.merged.from, into: event.merged.into }]
        : [words.merged];
    default:
      return [words.changed];
  }
}

const who = (name: ReactNode) => <span className="history-actor">{name}</span>;

function EventItem({ event, revert }: { event: HistoryEvent; revert: ReactNode }) {
  const t = useT();
  const created = event.kind === 'created';
  const [message, values] = deed(event);
  return (
    <li className={`history-event history-${event.kind}`}>
      <span className="history-dot" aria-hidden="true" />
      <p className="history-meta">
        <Rich message={message} values={{ ...values, actor: event.actor }} tags={{ who }} />
        <span className="history-when">
          {' · '}
          <time dateTime={event.at}>{formatInstant(event.at, t.locale)}</time>
          {' · '}
          {t(words.version, { version: event.version })}
        </span>
      </p>
      {!created && shownChanges(event).length ? (
        <ul className="history-changes">
          {shownChanges(event).map((c) => (
            <ChangeLine key={c.field} change={c} />
          ))}
        </ul>
      ) : null}
      {revert}
    </li>
  );
}

/**
 * "Revert to this version": sets the pledge's fields back to how they were after this event,
 * as a new version (nothing is erased), after a second click to confirm.
 */
function RevertControl({ pledge, toVersion }: { pledge: Pledge; toVersion: number }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const revert = useMutation({
    mutationFn: (target: { version: number; toVersion: number }) => revertPledge({ id: pledge.id, ...target }),
    onSuccess: (saved, target) => {
      queryClient.setQueryData(pledgeKeys.detail(pledge.id), saved);
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.history(pledge.id) });
      void queryClient.invalidateQueries({ queryKey: pledgeKeys.lists() });
      setAsking(false);
      const before = target.version;
      push({
        tone: 'success',
        title: t(words.setBack, { version: target.toVersion }),
        body: t(words.recordedAs, { version: saved.version }),
        action: {
          label: t(commonWords.undo),
          onAction: () => revert.mutate({ version: saved.version, toVersion: before }),
        },
      });
    },
    onError: (error) => push({ tone: 'error', title: t(words.notReverted), body: errorMessage(error, t) }),
  });
  if (!asking) {
    return (
      <Button variant="quiet" small className="history-revert" onClick={() => setAsking(true)}>
        {t(words.revert)}
      </Button>
    );
  }
  return (
    <div className="history-confirm" role="group" aria-label={t(words.revertTo, { version: toVersion })}>
      <p>{t(words.revertQuestion, { version: toVersion })}</p>
      <Button
        variant="primary"
        small
        onClick={() => revert.mutate({ version: pledge.version, toVersion })}
        pending={revert.isPending}
        pendingLabel={t(words.reverting)}
      >
        {t(words.revertTo, { version: toVersion })}
      </Button>
      <Button small onClick={() => setAsking(false)}>
        {t(commonWords.cancel)}
      </Button>
    </div>
  );
}

/** `canRevert`: offer "Revert to this version" (editors only). */
export function HistoryTimeline({ pledgeId, canRevert = false }: { pledgeId: string; canRevert?: boolean }) {
  const t = useT();
  const query = useQuery(pledgeHistoryOptions(pledgeId));
  // The pledge as on screen: a revert is made against its version.
  const pledge = useQuery({ ...pledgeDetailOptions(pledgeId), enabled: false }).data;

  if (query.isPending) {
    return (
      <div className="history-loading" aria-busy="true">
        <p className="visually-hidden">{t(words.loading)}</p>
        <SkeletonLine width="60%" />
        <SkeletonLine width="40%" size="sm" />
        <SkeletonLine width="55%" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <ErrorState
        level={3}
        title={t(words.loadFailed)}
        message={errorMessage(query.error, t)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const events = [...query.data].sort((a, b) => b.version - a.version || b.id - a.id);
  if (!events.length) return <p className="muted">{t(words.empty)}</p>;
  return (
    <ol className="history" aria-label={t(words.list)}>
      {events.map((e) => (
        <EventItem
          key={e.id}
          event={e}
          revert={
            canRevert && pledge && !pledge.deletedAt && e.version < pledge.version && e.kind !== 'deleted' ? (
              <RevertControl pledge={pledge} toVersion={e.version} />
            ) : null
          }
        />
      ))}
    </ol>
  );
}
