// When it is due: no deadline, dates picked, or the words that were said with a preview of the
// dates they mean, counted from the announcement in the pledge's zone (the extractor's rules).
import { useId } from 'react';
import { describeWindow, formatDate, formatDateRange, isRealPlainDate } from '@shared/domain';
import type { WindowFromWords } from '@shared/extract/window-from-words';
import { DateField } from '@client/components/date-field';
import { FieldGroup } from '@client/components/field-group';
import { FormField, type FieldControlProps } from '@client/components/form-field';
import type { DeadlineMode, FieldErrors, PledgeDraft } from './pledge-draft';

/** The window the two dates make, as the list will write it ("Due 25–28 Aug 2025"). */
function pickedWindow({ earliest, latest, timeZone }: PledgeDraft): string {
  if (!isRealPlainDate(latest)) return 'Pick the latest day at least; the window appears here.';
  if (!earliest) return `${capitalized(describeWindow({ latest, text: '' }))}, in ${timeZone}.`;
  if (!isRealPlainDate(earliest) || earliest > latest) return 'The earliest day comes after the latest one.';
  return `${capitalized(describeWindow({ earliest, latest, text: '' }))}, in ${timeZone}.`;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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
  const windowId = `${base}-window`;
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
        <>
          <div className="deadline-dates">
            <DateField
              label="Earliest (optional)"
              error={errors['deadline.earliest']}
              describedBy={windowId}
              value={draft.earliest}
              max={draft.latest || undefined}
              onChange={(e) => onChange({ earliest: e.target.value })}
            />
            <DateField
              label="Latest"
              describedBy={windowId}
              value={draft.latest}
              min={draft.earliest || undefined}
              onChange={(e) => onChange({ latest: e.target.value })}
            />
          </div>
          <p id={windowId} className="deadline-preview">
            {pickedWindow(draft)}
          </p>
          <FormField label="Words (optional)" hint="What was said, kept with the dates.">
            {wordsInput}
          </FormField>
        </>
      ) : null}
    </FieldGroup>
  );
}
