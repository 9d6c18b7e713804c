// Someone saved the pledge while this editor was editing it. The screen shows, field by field,
// what each side did: my changes that go in, theirs that stay, and the fields we both changed,
// with the value each of us wants and a choice. Nothing is thrown away without being shown.
import { useState } from 'react';
import type { Pledge } from '@shared/contract';
import { FIELD_LABELS } from '@shared/domain';
import { describeValue } from '@client/lib/describe-change';
import { Button } from '@client/components/button';
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
  if (!fields.length) return null;
  return (
    <div className="conflict-group">
      <h3 className="conflict-group-title">{title}</h3>
      <ul className="conflict-simple">
        {fields.map((field) => (
          <li key={field}>
            <strong>{FIELD_LABELS[field] ?? field}:</strong> {describeValue(field, shown.base[field])} →{' '}
            {describeValue(field, shown[side][field])}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ConflictPanel({ conflict, saving, onResolve, onDiscardMine }: ConflictPanelProps) {
  const { split, shown, current, baseVersion } = conflict;
  const [choices, setChoices] = useState<Record<string, 'mine' | 'theirs'>>({});
  const undecided = split.conflicts.filter((f) => !choices[f]);
  const setAll = (side: 'mine' | 'theirs') => setChoices(Object.fromEntries(split.conflicts.map((f) => [f, side])));
  return (
    <section className="conflict-panel" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className="conflict-title">
        Someone else saved this pledge while you were editing
      </h2>
      <p>
        It is now at version {current.version}; you started from version {baseVersion}. Your changes are all still here.
        {split.conflicts.length
          ? ' Choose, for each field you both changed, which value to keep.'
          : ' None of your changes touch theirs: they can be saved together.'}
      </p>
      {split.conflicts.length ? (
        <fieldset className="conflict-fields">
          <legend className="visually-hidden">Fields you both changed</legend>
          <div className="conflict-bulk">
            <Button small onClick={() => setAll('mine')}>
              Keep all mine
            </Button>
            <Button small onClick={() => setAll('theirs')}>
              Take all theirs
            </Button>
          </div>
          {split.conflicts.map((field) => {
            const label = FIELD_LABELS[field] ?? field;
            return (
              <div key={field} className="conflict-field" role="radiogroup" aria-label={label}>
                <p className="conflict-field-label">
                  {label}
                  <span className="conflict-was"> (was {describeValue(field, shown.base[field])})</span>
                </p>
                <label className={choices[field] === 'mine' ? 'conflict-choice is-chosen' : 'conflict-choice'}>
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={choices[field] === 'mine'}
                    onChange={() => setChoices({ ...choices, [field]: 'mine' })}
                  />
                  <span className="conflict-side">Keep mine</span>
                  <span className="conflict-value">{describeValue(field, shown.mine[field])}</span>
                </label>
                <label className={choices[field] === 'theirs' ? 'conflict-choice is-chosen' : 'conflict-choice'}>
                  <input
                    type="radio"
                    name={`conflict-${field}`}
                    checked={choices[field] === 'theirs'}
                    onChange={() => setChoices({ ...choices, [field]: 'theirs' })}
                  />
                  <span className="conflict-side">Take theirs</span>
                  <span className="conflict-value">{describeValue(field, shown.theirs[field])}</span>
                </label>
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <FieldList title="Your changes, to be saved" fields={split.mine} side="mine" shown={shown} />
      <FieldList title="Their changes, kept" fields={split.theirs} side="theirs" shown={shown} />
      <div className="form-actions">
        <Button variant="primary" disabled={undecided.length > 0} onClick={() => onResolve(choices)} pending={saving}>
          {undecided.length
            ? `Choose for ${undecided.length} more field${undecided.length === 1 ? '' : 's'}`
            : 'Save the merged pledge'}
        </Button>
        <Button disabled={saving} onClick={onDiscardMine}>
          Discard my changes
        </Button>
      </div>
    </section>
  );
}
