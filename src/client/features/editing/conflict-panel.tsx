// Someone saved the pledge while this editor was editing it. The screen shows, field by field,
// what each side did: my changes that go in, theirs that stay, and the fields we both changed,
// with the value each of us wants and a choice. Nothing is thrown away without being shown.
import { useState } from 'react';
import type { Pledge } from '@shared/contract';
import { fieldWords } from '@shared/domain';
import type { Translate } from '@shared/i18n';
import { describeValue } from '@client/lib/describe-change';
import { Button } from '@client/components/button';
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { conflictWords as words } from './messages';
import type { Fields, ThreeWay } from './three-way';
import './conflict-panel.css';

export interface Conflict {
  /** The pledge as saved by the other person. */
  current: Pledge;
  /** The version this editor started from. */
  baseVersion: number;
  /** Values for display, by field: the version I started from, mine, theirs. */
  shown: { base: Fields; mine: Fields; theirs: Fields };
  split: ThreeWay;
}

interface ConflictPanelProps {
  conflict: Conflict;
  saving: boolean;
  onResolve: (choices: Record<string, 'mine' | 'theirs'>) => void;
  onDiscardMine: () => void;
}

/** A field's name as the history names it. */
function fieldName(field: string, t: Translate): string {
  return field in fieldWords ? t(fieldWords[field as keyof typeof fieldWords]) : field;
}

function FieldList({
  title,
  fields,
  side,
  shown,
}: {
  title: string;
  fields: string[];
  side: 'mine' | 'theirs';
  shown: Conflict['shown'];
}) {
  const t = useT();
  if (!fields.length) return null;
  return (
    <div className="conflict-group">
      <h3 className="conflict-group-title">{title}</h3>
      <ul className="conflict-simple">
        {fields.map((field) => (
          <li key={field}>
            <strong>{fieldName(field, t)}:</strong> {describeValue(field, shown.base[field])} →{' '}
            {describeValue(field, shown[side][field])}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConflictPanel({ conflict, saving, onResolve, onDiscardMine }: ConflictPanelProps) {
  const t = useT();
  const { split, shown, current, baseVersion } = conflict;
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const undecided = split.conflicts.filter((f) => !choices[f]);
  const setAll = (side: 'mine' | 'theirs') => setChoices(Object.fromEntries(split.conflicts.map((f) => [f, side])));
  return (
    <section className="conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-title">
        {t(words.title)}
      </h2>
      <p>
        {t(words.versions, { current: current.version, base: baseVersion })}{' '}
        {split.conflicts.length ? t(words.chooseEach) : t(words.noneTouch)}
      </p>
      {split.conflicts.length ? (
        <fieldset className="conflict-fields">
          <legend className="visually-hidden">{t(words.bothChanged)}</legend>
          <div className="conflict-bulk">
            <Button small onClick={() => setAll('mine')}>
              {t(words.keepAllMine)}
            </Button>
            <Button small onClick={() => setAll('theirs')}>
              {t(words.takeAllTheirs)}
            </Button>
          </div>
          {split.conflicts.map((field) => {
            const label = fieldName(field, t);
            return (
              <div key={field} className="conflict-field" role="radiogroup" aria-label={label}>
                <p className="conflict-field-label">
                  {label}
                  <span className="conflict-was">
                    {' '}
                    {t(words.was, { value: describeValue(field, shown.base[field]) })}
                  </span>
                </p>
                <label className={choices[field] === 'mine' ? 'conflict-choice is-chosen' : 'conflict-choice'}>
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={choices[field] === 'mine'}
                    onChange={() => setChoices({ ...choices, [field]: 'mine' })}
                  />
                  <span className="conflict-side">{t(words.keepMine)}</span>
                  <span className="conflict-value">{describeValue(field, shown.mine[field])}</span>
                </label>
                <label className={choices[field] === 'theirs' ? 'conflict-choice is-chosen' : 'conflict-choice'}>
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={choices[field] === 'theirs'}
                    onChange={() => setChoices({ ...choices, [field]: 'theirs' })}
                  />
                  <span className="conflict-side">{t(words.takeTheirs)}</span>
                  <span className="conflict-value">{describeValue(field, shown.theirs[field])}</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FieldList title={t(words.mineTitle)} fields={split.mine} side="mine" shown={shown} />
      <FieldList title={t(words.theirsTitle)} fields={split.theirs} side="theirs" shown={shown} />
      <div className="form-actions">
        <Button
          variant="primary"
          disabled={undecided.length > 0}
          onClick={() => onResolve(choices)}
          pending={saving}
          pendingLabel={t(stateWords.saving)}
        >
          {undecided.length ? t(words.chooseMore, { count: undecided.length }) : t(words.saveMerged)}
        </Button>
        <Button disabled={saving} onClick={onDiscardMine}>
          {t(words.discard)}
        </Button>
      </div>
    </section>
  );
}
