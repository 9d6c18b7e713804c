// The pledge form: what was promised, by whom to whom, when (as words with a preview, or as
// dates), how much, tags and sources. Errors are the contract's messages, next to their fields,
// after the first attempt to save; saving with errors moves focus to the first one.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import type { NewPledge, Party } from '@shared/contract';
import { DateField } from '@client/components/date-field';
import { FormField } from '@client/components/form-field';
import { createParty } from '@client/lib/endpoints/create-party';
import { partiesOptions } from '@client/lib/endpoints/parties';
import { partyKeys } from '@client/lib/query-keys';
import { Button } from '@client/components/button';
import { stateWords } from '@client/components/messages';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { DeadlineField } from './deadline-field';
import { formWords as words, unitWords } from './messages';
import { PartyPicker } from './party-picker';
import { AMOUNT_UNITS, validateDraft, type AmountUnit, type FieldErrors, type PledgeDraft } from './pledge-draft';
import { SourcesField } from './sources-field';
import { TitleFields } from './title-fields';
import { useWindowFromWords } from './use-window-from-words';
import { ZoneField } from './zone-field';
import './pledge-form.css';
import { languageOfText } from '@shared/i18n';

export interface PledgeFormProps {
  draft: PledgeDraft;
  onDraftChange: (draft: PledgeDraft) => void;
  /** What the server refused, by field (cleared by the owner when the draft changes). */
  serverErrors: FieldErrors;
  /** A message about the whole form (e.g. the network failed); the draft is kept. */
  formError?: string;
  submitting: boolean;
  submitLabel: string;
  onSubmit: (body: NewPledge) => void;
  onCancel: () => void;
}

export function PledgeForm({
  draft,
  onDraftChange,
  serverErrors,
  formError,
  submitting,
  submitLabel,
  onSubmit,
  onCancel,
}: PledgeFormProps) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [tried, setTried] = useState(false);
  const queryClient = useQueryClient();
  const parties = useQuery(partiesOptions()).data ?? [];
  const fromWords = useWindowFromWords(draft.words, draft.announcedOn, draft.timeZone, draft.deadlineMode === 'words');
  const { body, errors: clientErrors } = useMemo(
    () => validateDraft(draft, fromWords.window, t),
    [draft, fromWords.window, t],
  );
  const errors: FieldErrors = { ...(tried ? clientErrors : {}), ...serverErrors };
  const change = (patch: Partial<PledgeDraft>) => onDraftChange({ ...draft, ...patch });

  const roles = [
    ['pledgers', t(words.pledgers), t(words.pledgersHint)],
    ['beneficiaries', t(words.beneficiaries), t(words.beneficiariesHint)],
    ['guarantors', t(words.guarantors), t(words.guarantorsHint)],
  ] as const;

  async function addParty(name: string, kind: Party['kind']): Promise<Party> {
    const party = await createParty({ name, nameLanguage: languageOfText(name), kind });
    queryClient.setQueryData<Party[]>(partyKeys.all, (old) =>
      [...(old ?? []), party].sort((a, b) => a.name.localeCompare(b.name, t.locale)),
    );
    return party;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(clientErrors).length) {
      // After React has drawn the messages, go to the first field that has one.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    onSubmit(body);
  }

  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} className="pledge-form" noValidate onSubmit={submit} aria-busy={submitting || undefined}>
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {tried && errorCount ? (
        <p className="form-error" role="alert">
          {t(words.needAttention, { count: errorCount })}
        </p>
      ) : null}

      <section className="form-section" aria-labelledby="form-what">
        <h2 id="form-what" className="form-section-title">
          {t(words.what)}
        </h2>
        <TitleFields draft={draft} errors={errors} onChange={change} />
        <FormField label={t(words.quote)} hint={t(words.quoteHint)} error={errors.quote}>
          {(control) => (
            <textarea
              {...control}
              className="input textarea"
              rows={3}
              maxLength={1000}
              value={draft.quote}
              onChange={(e) => change({ quote: e.target.value })}
            />
          )}
        </FormField>
      </section>

      <section className="form-section" aria-labelledby="form-who">
        <h2 id="form-who" className="form-section-title">
          {t(words.who)}
        </h2>
        {roles.map(([field, label, hint]) => (
          <PartyPicker
            key={field}
            label={label}
            hint={hint}
            value={draft[field]}
            parties={parties}
            taken={
              new Set(roles.filter(([other]) => other !== field).flatMap(([other]) => draft[other].map((p) => p.id)))
            }
            error={errors[field]}
            onChange={(next) => change({ [field]: next })}
            onCreate={addParty}
          />
        ))}
      </section>

      <section className="form-section" aria-labelledby="form-when">
        <h2 id="form-when" className="form-section-title">
          {t(words.when)}
        </h2>
        <div className="form-row">
          <DateField
            label={t(words.announcedOn)}
            error={errors.announcedOn}
            value={draft.announcedOn}
            onChange={(e) => change({ announcedOn: e.target.value })}
          />
          <ZoneField value={draft.timeZone} error={errors.timeZone} onChange={(timeZone) => change({ timeZone })} />
        </div>
        <DeadlineField draft={draft} errors={errors} fromWords={fromWords} onChange={change} />
      </section>

      <section className="form-section" aria-labelledby="form-more">
        <h2 id="form-more" className="form-section-title">
          {t(words.more)}
        </h2>
        <div className="amount-row">
          <FormField label={t(words.amount)} hint={t(words.amountHint)} error={errors.amount} className="field-amount">
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="decimal"
                value={draft.amountValue}
                onChange={(e) => change({ amountValue: e.target.value })}
              />
            )}
          </FormField>
          <FormField label={t(words.unit)} className="field-unit">
            {(control) => (
              <select
                {...control}
                className="input select"
                value={draft.amountUnit}
                onChange={(e) => change({ amountUnit: e.target.value as AmountUnit })}
              >
                {(Object.keys(AMOUNT_UNITS) as AmountUnit[]).map((unit) => (
                  <option key={unit} value={unit}>
                    {t(unitWords[unit || 'asWritten'])}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            label={t(words.currency)}
            hint={t(words.currencyHint)}
            error={errors['amount.currency']}
            className="field-currency"
          >
            {(control) => (
              <input
                {...control}
                className="input"
                maxLength={3}
                autoCapitalize="characters"
                value={draft.currency}
                onChange={(e) => change({ currency: e.target.value.toUpperCase() })}
              />
            )}
          </FormField>
        </div>
        <FormField label={t(words.tags)} hint={t(words.tagsHint)} error={errors.tags}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={draft.tags}
              onChange={(e) => change({ tags: e.target.value })}
            />
          )}
        </FormField>
        <SourcesField sources={draft.sources} errors={errors} onChange={(sources) => change({ sources })} />
      </section>

      <div className="form-actions">
        <Button type="submit" variant="primary" pending={submitting} pendingLabel={t(stateWords.saving)}>
          {submitLabel}
        </Button>
        <Button onClick={onCancel} disabled={submitting}>
          {t(commonWords.cancel)}
        </Button>
      </div>
    </form>
  );
}
