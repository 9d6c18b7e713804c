// The full history of a pledge as a timeline, newest first: who, when, and each field old → new.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { HistoryEvent, Pledge } from '@shared/contract';
import { KEPT_FIELDS } from '@shared/domain';
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
import './history.css';

function ChangeLine({ change }: { change: HistoryEvent['changes'][number] }) {
  const words = describeChange(change);
  return (
    <li className="history-change">
      <span className="history-field">{words.label}:</span>{' '}
      {words.text !== undefined ? (
        <span>{words.text}</span>
      ) : (
        <>
          <span className="history-from">{words.from}</span>
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> changed to </span>
          <span className="history-to">{words.to}</span>
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

/** What an event did, after the name of who did it. */
function deed(event: HistoryEvent): string {
  switch (event.kind) {
    case 'created':
      return 'added this pledge';
    case 'deleted':
      return 'moved it to the trash';
    case 'restored':
      return 'took it out of the trash';
    case 'reverted':
      return event.revertedTo ? `set it back to version ${event.revertedTo}` : 'set it back to an earlier version';
    case 'merged':
      return event.merged
        ? `merged the party “${event.merged.from}” into “${event.merged.into}”`
        : 'merged two parties';
    default:
      return 'made a change';
  }
}

function EventItem({ event, revert }: { event: HistoryEvent; revert: ReactNode }) {
  const created = event.kind === 'created';
  return (
    <li className={`history-event history-${event.kind}`}>
      <span className="history-dot" aria-hidden="true" />
      <p className="history-meta">
        <span className="history-actor">{event.actor}</span> {deed(event)}
        <span className="history-when">
          {' · '}
          <time dateTime={event.at}>{formatInstant(event.at)}</time>
          {' · '}version {event.version}
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
        title: `Set back to version ${target.toVersion}`,
        body: `Recorded as version ${saved.version}.`,
        action: { label: 'Undo', onAction: () => revert.mutate({ version: saved.version, toVersion: before }) },
      });
    },
    onError: (error) => push({ tone: 'error', title: 'Not reverted', body: errorMessage(error) }),
  });
  if (!asking) {
    return (
      <Button variant="quiet" small className="history-revert" onClick={() => setAsking(true)}>
        Revert to this version
      </Button>
    );
  }
  return (
    <div className="history-confirm" role="group" aria-label={`Revert to version ${toVersion}`}>
      <p>Set every field back to version {toVersion}? It is recorded as a new version; nothing is erased.</p>
      <Button
        variant="primary"
        small
        onClick={() => revert.mutate({ version: pledge.version, toVersion })}
        pending={revert.isPending}
        pendingLabel="Reverting…"
      >{`Revert to version ${toVersion}`}</Button>
      <Button small onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}

/** `canRevert`: offer "Revert to this version" (editors only). */
export function HistoryTimeline({ pledgeId, canRevert = false }: { pledgeId: string; canRevert?: boolean }) {
  const query = useQuery(pledgeHistoryOptions(pledgeId));
  // The pledge as on screen: a revert is made against its version.
  const pledge = useQuery({ ...pledgeDetailOptions(pledgeId), enabled: false }).data;

  if (query.isPending) {
    return (
      <div className="history-loading" aria-busy="true">
        <p className="visually-hidden">Loading the history…</p>
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
        title="The history could not be loaded"
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  const events = [...query.data].sort((a, b) => b.version - a.version || b.id - a.id);
  if (!events.length) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="history" aria-label="Changes, newest first">
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
