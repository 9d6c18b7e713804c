// When it is due: no deadline, dates picked, or the words that were said with a preview of the
// dates they mean, counted from the announcement in the pledge's zone (the extractor's rules).
import { useId } from 'react';
import { isRealPlainDate } from '@shared/domain';
import { formatDateIn, formatDateRangeIn, type Translate } from '@shared/i18n';
import { DateField } from '@client/components/date-field';
import { FieldGroup } from '@client/components/field-group';
import { FormField, type FieldControlProps } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import type { DeadlineWindowRead } from './deadline-words-reader';
import { deadlineWords as words } from './messages';
import type { DeadlineMode, FieldErrors, PledgeDraft } from './pledge-draft';

/** The window the two dates make, as the list will write it ("Due 25–28 Aug 2025, in Europe/Kyiv."). */
function pickedWindow({ earliest, latest, timeZone }: PledgeDraft, t: Translate): string {
  if (!isRealPlainDate(latest)) return t(words.pickLatestFirst);
  if (!earliest) return t(words.pickedBy, { date: formatDateIn(t.locale, latest), zone: timeZone });
  if (!isRealPlainDate(earliest) || earliest > latest) return t(words.wrongOrder);
  return t(words.pickedRange, { range: formatDateRangeIn(t.locale, earliest, latest), zone: timeZone });
}

/** What the words were read as ("Due 25–28 Aug 2025, counted from 18 Aug 2025 in Europe/Kyiv."). */
function readWindow(window: DeadlineWindowRead, { announcedOn, timeZone }: PledgeDraft, t: Translate): string {
  const announced = isRealPlainDate(announcedOn) ? formatDateIn(t.locale, announcedOn) : announcedOn;
  return window.earliest
    ? t(words.previewRange, {
        range: formatDateRangeIn(t.locale, window.earliest, window.latest),
        announced,
        zone: timeZone,
      })
    : t(words.previewBy, { date: formatDateIn(t.locale, window.latest), announced, zone: timeZone });
}

const MODES = ['words', 'dates', 'none'] as const satisfies readonly DeadlineMode[];

interface DeadlineFieldProps {
  draft: PledgeDraft;
  errors: FieldErrors;
  fromWords: { window: DeadlineWindowRead | null; ready: boolean };
  onChange: (patch: Partial<PledgeDraft>) => void;
}

export function DeadlineField({ draft, errors, fromWords, onChange }: DeadlineFieldProps) {
  const t = useT();
  const base = useId();
  const previewId = `${base}-preview`;
  const windowId = `${base}-window`;
  const { window } = fromWords;
  // The words as said: asked for in either mode, under the label that mode gives them.
  const wordsInput = (control: FieldControlProps) => (
    <input {...control} className="input" value={draft.words} onChange={(e) => onChange({ words: e.target.value })} />
  );
  return (
    <FieldGroup legend={t(words.legend)} className="field deadline-field" error={errors.deadline}>
      <div className="segmented" role="radiogroup" aria-label={t(words.modes)}>
        {MODES.map((mode) => (
          <label key={mode} className="segment">
            <input
              type="radio"
              name={`${base}-mode`}
              value={mode}
              checked={draft.deadlineMode === mode}
              onChange={() => onChange({ deadlineMode: mode })}
            />
            <span>{t(words[mode])}</span>
          </label>
        ))}
      </div>
      {draft.deadlineMode === 'words' ? (
        <FormField label={t(words.asSaid)} hint={t(words.asSaidHint)} describedBy={previewId}>
          {wordsInput}
        </FormField>
      ) : null}
      {draft.deadlineMode === 'words' ? (
        <p id={previewId} className="deadline-preview" aria-live="polite">
          {!draft.words.trim()
            ? t(words.previewEmpty)
            : window
              ? readWindow(window, draft, t)
              : fromWords.ready
                ? t(words.previewNone)
                : t(words.reading)}
        </p>
      ) : null}
      {draft.deadlineMode === 'dates' ? (
        <>
          <div className="deadline-dates">
            <DateField
              label={t(words.earliest)}
              error={errors['deadline.earliest']}
              describedBy={windowId}
              value={draft.earliest}
              max={draft.latest || undefined}
              onChange={(e) => onChange({ earliest: e.target.value })}
            />
            <DateField
              label={t(words.latest)}
              describedBy={windowId}
              value={draft.latest}
              min={draft.earliest || undefined}
              onChange={(e) => onChange({ latest: e.target.value })}
            />
          </div>
          <p id={windowId} className="deadline-preview">
            {pickedWindow(draft, t)}
          </p>
          <FormField label={t(words.wordsOptional)} hint={t(words.wordsOptionalHint)}>
            {wordsInput}
          </FormField>
        </>
      ) : null}
    </FieldGroup>
  );
}
