// The verdict form: what happened, when, and the evidence; the server records who says so. Lazy-loaded: the list
// page does not pay for it until someone opens it.
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { VERDICTS_NEEDING_EVIDENCE, type Pledge, type PledgePage, type Verdict } from '@shared/contract';
import { formatDate, todayIn, VERDICT_LABELS } from '@shared/domain';
import { Button } from '@client/components/button';
import { Dialog } from '@client/components/dialog';
import { FieldGroup } from '@client/components/field-group';
import { FormField } from '@client/components/form-field';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { now } from '@client/lib/clock';
import { hostOf } from '@client/lib/format';
import { pledgeKeys } from '@client/lib/query-keys';
import { useSession } from '@client/lib/session';
import { VerdictConflictNotice } from './verdict-conflict-notice';
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
import './verdict-dialog.css';
import { startVerdictChange } from './verdict-mutation';

const CHOICES: { value: Verdict; hint: string }[] = [
  { value: 'fulfilled', hint: 'It was done as promised.' },
  { value: 'partially_fulfilled', hint: 'Some of it was done.' },
  { value: 'broken', hint: 'It was not done, or will not be.' },
  { value: 'withdrawn', hint: 'The promise was taken back.' },
];

const FIELD_ORDER: VerdictField[] = ['choice', 'resolvedOn', 'url', 'note'];

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
  const formErrorId = useId();

  const isReopen = draft.choice === 'open';
  // Someone else set the verdict or evidence first: saving replaces theirs, cancelling keeps it.
  const overTheirs = Boolean(target.conflict?.changes.length);
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

  return (
    <form
      ref={formRef}
      className="verdict-form"
      onSubmit={onSubmit}
      noValidate
      aria-describedby={errors.form ? `${formErrorId}-error` : undefined}
    >
      {target.conflict ? <VerdictConflictNotice conflict={target.conflict} /> : null}
      {errors.form ? (
        <p id={`${formErrorId}-error`} className="form-error" role="alert">
          {errors.form}
        </p>
      ) : null}

      <FieldGroup legend="What happened?" className="field choice-group" error={errors.choice}>
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
      </FieldGroup>

      {!isReopen ? (
        <>
          <FormField
            label="Date it happened"
            hintFirst
            hint={`In ${pledge.timeZone}, where the pledge was made: today is ${formatDate(today)} there.`}
            error={errors.resolvedOn}
          >
            {(control) => (
              <input
                {...control}
                data-field="resolvedOn"
                type="date"
                className="input input-date"
                value={draft.resolvedOn}
                min={pledge.announcedOn}
                max={today}
                required
                onChange={(e) => update('resolvedOn', e.target.value)}
              />
            )}
          </FormField>

          <FieldGroup legend={`Evidence${needsEvidence ? '' : ' (optional)'}`} className="field evidence-group">
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
            <FormField
              label={`Link${needsEvidence ? '' : ' to more evidence'}`}
              sublabel
              hintFirst
              hint="Starting with http:// or https://."
              error={errors.url}
            >
              {(control) => (
                <input
                  {...control}
                  data-field="url"
                  type="url"
                  inputMode="url"
                  className="input"
                  placeholder="https://"
                  value={draft.url}
                  required={needsEvidence}
                  onChange={(e) => update('url', e.target.value)}
                />
              )}
            </FormField>
            <FormField label="Note" sublabel error={errors.note}>
              {(control) => (
                <textarea
                  {...control}
                  data-field="note"
                  className="input textarea"
                  rows={2}
                  value={draft.note}
                  onChange={(e) => update('note', e.target.value)}
                />
              )}
            </FormField>
          </FieldGroup>
        </>
      ) : null}

      {recordedAs ? <p className="field-hint verdict-recorded-as">Recorded in the history as {recordedAs}.</p> : null}

      <div className="dialog-actions">
        <Button variant="quiet" onClick={onClose}>
          {overTheirs ? 'Keep theirs' : 'Cancel'}
        </Button>
        <Button type="submit" variant="primary">
          {overTheirs
            ? isReopen
              ? 'Reopen instead'
              : 'Save mine instead'
            : isReopen
              ? 'Reopen pledge'
              : 'Save verdict'}
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
