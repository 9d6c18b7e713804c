// The verdict form: what happened, when, and the evidence; the server records who says so. Lazy-loaded: the list
// page does not pay for it until someone opens it.
import { PledgeTitle } from '@client/i18n/shown-title';
import { useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { VERDICTS_NEEDING_EVIDENCE, type Pledge, type PledgePage, type Verdict } from '@shared/contract';
import { todayIn, verdictWords } from '@shared/domain';
import { formatDateIn, type Message } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { Button } from '@client/components/button';
import { commonWords } from '@client/components/common.messages';
import { Dialog } from '@client/components/dialog';
import { FieldGroup } from '@client/components/field-group';
import { DateField } from '@client/components/date-field';
import { FormField } from '@client/components/form-field';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { now } from '@client/lib/clock';
import { hostOf } from '@client/lib/format';
import { pledgeKeys } from '@client/lib/query-keys';
import { useSession } from '@client/lib/session';
import { verdictFormWords as words } from './dialog.messages';
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

/** Not words: the start of a link, as an example of what goes in the field. */
const URL_START = 'https://';

const CHOICES: { value: Verdict; hint: Message }[] = [
  { value: 'fulfilled', hint: words.fulfilledHint },
  { value: 'partially_fulfilled', hint: words.partialHint },
  { value: 'broken', hint: words.brokenHint },
  { value: 'withdrawn', hint: words.withdrawnHint },
];

const FIELD_ORDER: VerdictField[] = ['choice', 'resolvedOn', 'url', 'note'];

interface VerdictFormProps {
  pledge: Pledge;
  target: VerdictDialogTarget;
  onClose: () => void;
}

function VerdictForm({ pledge, target, onClose }: VerdictFormProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const recordedAs = useSession().data?.account?.name;
  const [draft, setDraft] = useState<VerdictDraft>(() => target.draft ?? initialDraft(pledge, now(), t.locale));
  const [errors, setErrors] = useState<FieldErrors>(() => {
    // Reopened after the server refused the change: its reasons, by field, and a line that says so.
    const byField = target.serverIssues ? errorsFromIssues(target.serverIssues, pledge.evidence.length) : {};
    if (!target.serverMessage) return byField;
    const reason = target.serverMessage;
    const intro = t(target.serverIssues?.length ? words.notSavedSeeBelow : words.notSaved, { reason });
    return { ...byField, form: byField.form ? `${intro} ${byField.form}` : intro };
  });
  const formRef = useRef<HTMLFormElement>(null);
  const formErrorId = useId();

  const isReopen = draft.choice === 'open';
  // Someone else set the verdict or evidence first: saving replaces theirs, cancelling keeps it.
  const overTheirs = Boolean(target.conflict?.changes.length);
  const today = todayIn(pledge.timeZone, now());
  const needsEvidence = VERDICTS_NEEDING_EVIDENCE.includes(draft.choice) && pledge.evidence.length === 0;

  function update<K extends Exclude<keyof VerdictDraft, 'noteLanguage'>>(key: K, value: VerdictDraft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    const field: VerdictField = key;
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    const found = validateDraft(pledge, draft, now(), t);
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

      <FieldGroup legend={t(words.whatHappened)} className="field choice-group" error={errors.choice}>
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
                  {t(verdictWords[c.value])}
                  {pledge.verdict === c.value ? <span className="choice-current">{t(words.current)}</span> : null}
                </span>
                <span className="choice-hint">{t(c.hint)}</span>
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
                <span className="choice-label">{t(words.reopen)}</span>
                <span className="choice-hint">{t(words.reopenHint)}</span>
              </span>
            </label>
          ) : null}
        </div>
      </FieldGroup>

      {!isReopen ? (
        <>
          <DateField
            label={t(words.dateLabel)}
            hintFirst
            hint={t(words.dateHint, { zone: pledge.timeZone, today: formatDateIn(t.locale, today) })}
            error={errors.resolvedOn}
            data-field="resolvedOn"
            value={draft.resolvedOn}
            min={pledge.announcedOn}
            max={today}
            required
            onChange={(e) => update('resolvedOn', e.target.value)}
          />

          <FieldGroup
            legend={t(needsEvidence ? words.evidence : words.evidenceOptional)}
            className="field evidence-group"
          >
            {needsEvidence ? <p className="field-hint">{t(words.needsEvidence, { verdict: draft.choice })}</p> : null}
            {pledge.evidence.length ? (
              <div className="existing-evidence">
                <p className="field-hint">{t(words.alreadyRecorded)}</p>
                <ul>
                  {pledge.evidence.map((e) => (
                    <li key={e.url}>{e.title ?? hostOf(e.url)}</li>
                  ))}
                </ul>
              </div>
            ) : null}
            <FormField
              label={t(needsEvidence ? words.link : words.linkMore)}
              sublabel
              hintFirst
              hint={t(words.linkHint)}
              error={errors.url}
            >
              {(control) => (
                <input
                  {...control}
                  data-field="url"
                  type="url"
                  inputMode="url"
                  className="input"
                  placeholder={URL_START}
                  value={draft.url}
                  required={needsEvidence}
                  onChange={(e) => update('url', e.target.value)}
                />
              )}
            </FormField>
            <FormField label={t(words.note)} sublabel error={errors.note}>
              {(control) => (
                <textarea
                  {...control}
                  data-field="note"
                  lang={draft.noteLanguage}
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

      {recordedAs ? (
        <p className="field-hint verdict-recorded-as">{t(words.recordedAs, { name: recordedAs })}</p>
      ) : null}

      <div className="dialog-actions">
        <Button variant="quiet" onClick={onClose}>
          {t(overTheirs ? words.keepTheirs : commonWords.cancel)}
        </Button>
        <Button type="submit" variant="primary">
          {t(
            overTheirs
              ? isReopen
                ? words.reopenInstead
                : words.saveMineInstead
              : isReopen
                ? words.reopenPledge
                : words.saveVerdict,
          )}
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
  const t = useT();
  const title = t(pledge?.verdict === 'open' || !pledge ? words.markTitle : words.changeTitle);

  return (
    <Dialog
      title={title}
      description={
        pledge ? (
          <p className="dialog-pledge-title">
            <PledgeTitle pledge={pledge} />
          </p>
        ) : undefined
      }
      onClose={onClose}
    >
      {pledge ? (
        <VerdictForm pledge={pledge} target={target} onClose={onClose} />
      ) : query.isError ? (
        <p className="form-error" role="alert">
          {t(words.loadFailed)}
        </p>
      ) : (
        <p className="dialog-loading" role="status">
          {t(words.loading)}
        </p>
      )}
    </Dialog>
  );
}
