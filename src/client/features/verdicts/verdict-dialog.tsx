// The verdict form: what happened, when, and the evidence; the server records who says so. Lazy-loaded: the list
// page does not pay for it until someone opens it.
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { VERDICTS_NEEDING_EVIDENCE, type Pledge, type PledgePage, type Verdict } from '@shared/contract';
import { formatDate, todayIn, VERDICT_LABELS } from '@shared/domain';
import { Dialog } from '@client/components/dialog';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { now } from '@client/lib/clock';
import { hostOf } from '@client/lib/format';
import { pledgeKeys } from '@client/lib/query-keys';
import { useSession } from '@client/lib/session';
import { Button } from '@client/components/button';
import type { VerdictDialogTarget } from './verdict-dialog-store';
import {
  buildPatch,
  errorsFromIssues,
  initialDraft,
  validateDraft,
  type FieldErrors,
  type VerdictDraft,
  type VerdictField,
} from './verdict-form';
import { startVerdictChange } from './verdict-mutation';

const CHOICES: { value: Verdict; hint: string }[] = [
  { value: 'fulfilled', hint: 'It was done as promised.' },
  { value: 'partially_fulfilled', hint: 'Some of it was done.' },
  { value: 'broken', hint: 'It was not done, or will not be.' },
  { value: 'withdrawn', hint: 'The promise was taken back.' },
];

const FIELD_ORDER: VerdictField[] = ['choice', 'resolvedOn', 'url', 'note'];

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="field-error">
      {message}
    </p>
  );
}

interface VerdictFormProps {
  pledge: Pledge;
  target: VerdictDialogTarget;
  onClose: () => void;
}

function VerdictForm({ pledge, target, onClose }: VerdictFormProps) {
  const queryClient = useQueryClient();
  const recordedAs = useSession().data?.account?.name;
  const [draft, setDraft] = useState<VerdictDraft>(() => target.draft ?? initialDraft(pledge, now()));
  const [errors, setErrors] = useState<FieldErrors>(() => {
    // Reopened after the server refused the change: its reasons, by field, and a line that says so.
    const byField = target.serverIssues ? errorsFromIssues(target.serverIssues, pledge.evidence.length) : {};
    if (!target.serverMessage) return byField;
    const intro = target.serverIssues?.length
      ? `Not saved: ${target.serverMessage} See below.`
      : `Not saved: ${target.serverMessage}`;
    return { ...byField, form: byField.form ? `${intro} ${byField.form}` : intro };
  });
  const formRef = useRef<HTMLFormElement>(null);
  const ids = {
    choice: useId(),
    resolvedOn: useId(),
    url: useId(),
    note: useId(),
    form: useId(),
  };

  const isReopen = draft.choice === 'open';
  const today = todayIn(pledge.timeZone, now());
  const needsEvidence = VERDICTS_NEEDING_EVIDENCE.includes(draft.choice) && pledge.evidence.length === 0;

  function update<K extends keyof VerdictDraft>(key: K, value: VerdictDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    const field: VerdictField = key;
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const found = validateDraft(pledge, draft, now());
    setErrors(found);
    const first = FIELD_ORDER.find((f) => found[f]);
    if (first || found.form) {
      const el = first ? formRef.current?.querySelector<HTMLElement>(`[data-field="${first}"]`) : null;
      el?.focus();
      el?.scrollIntoView?.({ block: 'center' });
      return;
    }
    onClose();
    startVerdictChange(queryClient, { kind: 'mark', before: pledge, patch: buildPatch(pledge, draft), draft });
  }

  const describedBy = (field: VerdictField, hint?: string) =>
    [hint, errors[field] ? ids[field as keyof typeof ids] + '-error' : null].filter(Boolean).join(' ') || undefined;

  return (
    <form
      ref={formRef}
      className="verdict-form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={errors.form ? `${ids.form}-error` : undefined}
    >
      {errors.form ? (
        <p id={`${ids.form}-error`} className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}

      <fieldset className="field choice-group" aria-describedby={describedBy('choice')}>
        <legend className="field-label">What happened?</legend>
        <div className="choices">
          {CHOICES.map((c, i) => (
            <label key={c.value} className="choice">
              <input
                type="radio"
                name="verdict"
                value={c.value}
                checked={draft.choice === c.value}
                onChange={() => update('choice', c.value)}
                data-field={i === 0 ? 'choice' : undefined}
                data-autofocus={draft.choice === c.value ? '' : undefined}
              />
              <span className="choice-text">
                <span className="choice-label">
                  {VERDICT_LABELS[c.value]}
                  {pledge.verdict === c.value ? <span className="choice-current"> (current)</span> : null}
                </span>
                <span className="choice-hint">{c.hint}</span>
              </span>
            </label>
          ))}
          {pledge.verdict !== 'open' ? (
            <label className="choice">
              <input
                type="radio"
                name="verdict"
                value="open"
                checked={isReopen}
                data-autofocus={isReopen ? '' : undefined}
                onChange={() => update('choice', 'open')}
              />
              <span className="choice-text">
                <span className="choice-label">Reopen</span>
                <span className="choice-hint">Back to Open: not yet decided.</span>
              </span>
            </label>
          ) : null}
        </div>
        <FieldError id={`${ids.choice}-error`} message={errors.choice} />
      </fieldset>

      {!isReopen ? (
        <>
          <div className="field">
            <label className="field-label" htmlFor={ids.resolvedOn}>
              Date it happened
            </label>
            <p id={`${ids.resolvedOn}-hint`} className="field-hint">
              In {pledge.timeZone}, where the pledge was made: today is {formatDate(today)} there.
            </p>
            <input
              id={ids.resolvedOn}
              data-field="resolvedOn"
              type="date"
              className="input input-date"
              value={draft.resolvedOn}
              min={pledge.announcedOn}
              max={today}
              required
              aria-invalid={errors.resolvedOn ? true : undefined}
              aria-describedby={describedBy('resolvedOn', `${ids.resolvedOn}-hint`)}
              onChange={(e) => update('resolvedOn', e.target.value)}
            />
            <FieldError id={`${ids.resolvedOn}-error`} message={errors.resolvedOn} />
          </div>

          <fieldset className="field evidence-group">
            <legend className="field-label">Evidence{needsEvidence ? '' : ' (optional)'}</legend>
            {needsEvidence ? (
              <p className="field-hint">
                A {VERDICT_LABELS[draft.choice].toLowerCase()} verdict needs at least one link that shows it.
              </p>
            ) : null}
            {pledge.evidence.length ? (
              <div className="existing-evidence">
                <p className="field-hint">Already recorded, and kept:</p>
                <ul>
                  {pledge.evidence.map((e) => (
                    <li key={e.url}>{e.title ?? hostOf(e.url)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <label className="field-sublabel" htmlFor={ids.url}>
              Link{needsEvidence ? '' : ' to more evidence'}
            </label>
            <p id={`${ids.url}-hint`} className="field-hint">
              Starting with http:// or https://.
            </p>
            <input
              id={ids.url}
              data-field="url"
              type="url"
              inputMode="url"
              className="input"
              placeholder="https://"
              value={draft.url}
              required={needsEvidence}
              aria-invalid={errors.url ? true : undefined}
              aria-describedby={describedBy('url', `${ids.url}-hint`)}
              onChange={(e) => update('url', e.target.value)}
            />
            <FieldError id={`${ids.url}-error`} message={errors.url} />
            <label className="field-sublabel" htmlFor={ids.note}>
              Note
            </label>
            <textarea
              id={ids.note}
              data-field="note"
              className="input textarea"
              rows={2}
              value={draft.note}
              aria-invalid={errors.note ? true : undefined}
              aria-describedby={describedBy('note')}
              onChange={(e) => update('note', e.target.value)}
            />
            <FieldError id={`${ids.note}-error`} message={errors.note} />
          </fieldset>
        </>
      ) : null}

      {recordedAs ? <p className="field-hint verdict-recorded-as">Recorded in the history as {recordedAs}.</p> : null}

      <div className="dialog-actions">
        <Button variant="quiet" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant="primary">
          {isReopen ? 'Reopen pledge' : 'Save verdict'}
        </Button>
      </div>
    </form>
  );
}

function findInLists(queryClient: ReturnType<typeof useQueryClient>, id: string): Pledge | undefined {
  for (const [, data] of queryClient.getQueriesData<InfiniteData<PledgePage>>({ queryKey: pledgeKeys.lists() })) {
    for (const page of data?.pages ?? []) {
      const found = page.items.find((p) => p.id === id);
      if (found) return found;
    }
  }
  return undefined;
}

export default function VerdictDialog({ target, onClose }: { target: VerdictDialogTarget; onClose: () => void }) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...pledgeDetailOptions(target.pledgeId),
    placeholderData: () => findInLists(queryClient, target.pledgeId),
  });
  const pledge = query.data;
  const title = pledge?.verdict === 'open' || !pledge ? 'Mark a verdict' : 'Change the verdict';

  return (
    <Dialog
      title={title}
      description={pledge ? <p className="dialog-pledge-title">{pledge.title}</p> : undefined}
      onClose={onClose}
    >
      {pledge ? (
        <VerdictForm pledge={pledge} target={target} onClose={onClose} />
      ) : query.isError ? (
        <p className="form-error" role="alert">
          This pledge could not be loaded. Close this and try again.
        </p>
      ) : (
        <p className="dialog-loading" role="status">
          Loading the pledge…
        </p>
      )}
    </Dialog>
  );
}
