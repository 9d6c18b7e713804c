// Above the verdict form when someone else set the verdict or evidence first: who, how long ago,
// and what they set, in the history's words; the form below still holds everything typed.
import { useId } from 'react';
import { INTL_LOCALE, type Translate } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { describeChange } from '@client/lib/describe-change';
import { now } from '@client/lib/clock';
import { formatTimeAgo } from '@client/lib/format';
import { verdictConflictWords } from './dialog.messages';
import type { VerdictConflict } from './verdict-conflict';

function names(by: readonly string[], t: Translate): string {
  if (!by.length) return t(verdictConflictWords.someoneElse);
  return new Intl.ListFormat(INTL_LOCALE[t.locale], { type: 'conjunction' }).format(by);
}

export function VerdictConflictNotice({ conflict }: { conflict: VerdictConflict }) {
  const t = useT();
  const titleId = useId();
  const { changes, by, at } = conflict;
  const title = !changes.length
    ? t(verdictConflictWords.keptChanging)
    : at
      ? t(verdictConflictWords.changedWhen, { names: names(by, t), when: formatTimeAgo(at, now(), t) })
      : t(verdictConflictWords.changed, { names: names(by, t) });
  return (
    // Focused as the dialog opens, so a screen reader starts here: why the form came back.
    <section className="verdict-conflict" aria-labelledby={titleId} tabIndex={-1} data-autofocus="">
      <h3 id={titleId} className="verdict-conflict-title">
        {title}
      </h3>
      {changes.length ? (
        <>
          <p>{t(verdictConflictWords.theySet)}</p>
          <ul className="verdict-conflict-changes">
            {changes.map((change) => {
              const words = describeChange(change, t);
              return (
                <li key={change.field}>
                  <strong>{words.label}:</strong>{' '}
                  {words.text ?? (
                    <>
                      {words.from}
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden"> {t(verdictConflictWords.changedTo)} </span>
                      {words.to}
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          <p>{t(verdictConflictWords.yoursBelow)}</p>
        </>
      ) : (
        <p>{t(verdictConflictWords.nobodyTouched)}</p>
      )}
    </section>
  );
}
