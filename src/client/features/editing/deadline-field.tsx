// When it is due: no deadline, dates picked, or the words that were said with a preview of the
// dates they mean, counted from the announcement in the pledge's zone (the extractor's rules).
import { useId } from 'react';
import { formatDate, formatDateRange } from '@shared/domain';
import type { WindowFromWords } from '@shared/extract/window-from-words';
import { FieldGroup } from '@client/components/field-group';
import { FormField, type FieldControlProps } from '@client/components/form-field';
import type { DeadlineMode, FieldErrors, PledgeDraft } from './pledge-draft';

const MODES: { value: DeadlineMode; label: string }[] = [
  { value: 'words', label: 'In words' },
  { value: 'dates', label: 'Dates' },
  { value: 'none', label: 'No deadline' },
];

interface DeadlineFieldProps {
  draft: PledgeDraft;
  errors: FieldErrors;
  fromWords: { window: WindowFromWords | null; ready: boolean };
  onChange: (patch: Partial<PledgeDraft>) => void;
}

export function DeadlineField({ draft, errors, fromWords, onChange }: DeadlineFieldProps) {
  const base = useId();
  const previewId = `${base}-preview`;
  const { window } = fromWords;
  // The words as said: asked for in either mode, under the label that mode gives them.
  const wordsInput = (control: FieldControlProps) => (
    <input {...control} className="input" value={draft.words} onChange={(e) => onChange({ words: e.target.value })} />
  );
  return (
    <FieldGroup legend="Deadline" className="field deadline-field" error={errors.deadline}>
      <div className="segmented" role="radiogroup" aria-label="How the deadline is given">
        {MODES.map((mode) => (
          <label key={mode.value} className="segment">
            <input
              type="radio"
              name={`${base}-mode`}
              value={mode.value}
              checked={draft.deadlineMode === mode.value}
              onChange={() => onChange({ deadlineMode: mode.value })}
            />
            <span>{mode.label}</span>
          </label>
        ))}
      </div>
      {draft.deadlineMode === 'words' ? (
        <FormField
          label="As it was said"
          hint="e.g. “within the next week to ten days”, “by the end of September”"
          describedBy={previewId}
        >
          {wordsInput}
        </FormField>
      ) : null}
      {draft.deadlineMode === 'words' ? (
        <p id={previewId} className="deadline-preview" aria-live="polite">
          {!draft.words.trim()
            ? 'The dates appear here as you type.'
            : window
              ? `Due ${window.earliest ? formatDateRange(window.earliest, window.latest) : `by ${formatDate(window.latest)}`}, counted from ${formatDate(draft.announcedOn)} in ${draft.timeZone}.`
              : fromWords.ready
                ? 'No dates found in these words yet.'
                : 'Reading the words…'}
        </p>
      ) : null}
      {draft.deadlineMode === 'dates' ? (
        <div className="deadline-dates">
          <WindowEnd
            label="Earliest (optional)"
            error={errors['deadline.earliest']}
            value={draft.earliest}
            max={draft.latest}
            onChange={(earliest) => onChange({ earliest })}
          />
          <WindowEnd
            label="Latest"
            value={draft.latest}
            min={draft.earliest}
            onChange={(latest) => onChange({ latest })}
          />
          <FormField label="Words (optional)" hint="What was said, kept with the dates.">
            {wordsInput}
          </FormField>
        </div>
      ) : null}
    </FieldGroup>
  );
}

interface WindowEndProps {
  label: string;
  error?: string | undefined;
  value: string;
  /** The other end, when it is set: a date picker keeps to its side of it. */
  min?: string;
  max?: string;
  onChange: (value: string) => void;
}

/** One end of the window, picked as a date. */
function WindowEnd({ label, error, value, min, max, onChange }: WindowEndProps) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="date"
          className="input"
          value={value}
          min={min || undefined}
          max={max || undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}
