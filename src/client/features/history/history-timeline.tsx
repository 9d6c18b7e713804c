// The full history of a pledge as a timeline, newest first: who, when, and each field old → new.
import { useQuery } from '@tanstack/react-query';
import type { HistoryEvent } from '../../../shared/contract';
import { ErrorState } from '../../components/error-state';
import { SkeletonLine } from '../../components/skeleton';
import { errorMessage } from '../../lib/api-client';
import { pledgeHistoryOptions } from '../../lib/endpoints/pledge-history';
import { formatInstant } from '../../lib/format';
import { describeChange } from '../../lib/describe-change';

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

function EventItem({ event }: { event: HistoryEvent }) {
  const created = event.kind === 'created';
  return (
    <li className={`history-event history-${event.kind}`}>
      <span className="history-dot" aria-hidden="true" />
      <p className="history-meta">
        <span className="history-actor">{event.actor}</span> {created ? 'added this pledge' : 'made a change'}
        <span className="history-when">
          {' · '}
          <time dateTime={event.at}>{formatInstant(event.at)}</time>
        </span>
      </p>
      {!created && event.changes.length ? (
        <ul className="history-changes">
          {event.changes.map((c) => (
            <ChangeLine key={c.field} change={c} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function HistoryTimeline({ pledgeId }: { pledgeId: string }) {
  const query = useQuery(pledgeHistoryOptions(pledgeId));

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
    return <ErrorState level={3} title="The history could not be loaded" message={errorMessage(query.error)} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  const events = [...query.data].sort((a, b) => b.version - a.version || b.id - a.id);
  if (!events.length) return <p className="muted">No changes recorded yet.</p>;
  return (
    <ol className="history" aria-label="Changes, newest first">
      {events.map((e) => (
        <EventItem key={e.id} event={e} />
      ))}
    </ol>
  );
}
