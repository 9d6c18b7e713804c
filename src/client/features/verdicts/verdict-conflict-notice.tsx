// Above the verdict form when someone else set the verdict or evidence first: who, how long ago,
// and what they set, in the history's words; the form below still holds everything typed.
import { useId } from 'react';
import { describeChange } from '@client/lib/describe-change';
import { now } from '@client/lib/clock';
import { formatTimeAgo } from '@client/lib/format';
import type { VerdictConflict } from './verdict-conflict';

function names(by: readonly string[]): string {
  if (!by.length) return 'Someone else';
  return by.length === 1 ? by[0]! : `${by.slice(0, -1).join(', ')} and ${by.at(-1)!}`;
}

export function VerdictConflictNotice({ conflict }: { conflict: VerdictConflict }) {
  const titleId = useId();
  const { changes, by, at } = conflict;
  const when = at ? ` ${formatTimeAgo(at, now())}` : '';
  const title = changes.length
    ? `${names(by)} changed the verdict${when}, while you were writing yours`
    : 'This pledge kept changing while your verdict was being saved';
  return (
    // Focused as the dialog opens, so a screen reader starts here: why the form came back.
    <section className="verdict-conflict" aria-labelledby={titleId} tabIndex={-1} data-autofocus="">
      <h3 id={titleId} className="verdict-conflict-title">
        {title}
      </h3>
      {changes.length ? (
        <>
          <p>They set:</p>
          <ul className="verdict-conflict-changes">
            {changes.map((change) => {
              const words = describeChange(change);
              return (
                <li key={change.field}>
                  <strong>{words.label}:</strong>{' '}
                  {words.text ?? (
                    <>
                      {words.from}
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> changed to </span>
                      {words.to}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <p>
            Your verdict, link and note are below, as you left them. Save yours to replace their verdict and date (their
            evidence stays, and your link is added), or keep theirs.
          </p>
        </>
      ) : (
        <p>Nobody touched the verdict or the evidence. Your verdict is below, as you left it: save it again.</p>
      )}
    </section>
  );
}
