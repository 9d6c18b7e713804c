// One candidate pledge, every field editable before it is accepted. Errors sit next to their
// fields; a refused accept keeps everything typed.
import { Link } from '@tanstack/react-router';
import { forwardRef, useId, useState } from 'react';
import type { Party } from '@shared/contract';
import { Button } from '@client/components/button';
import { DateField } from '@client/components/date-field';
import { FormField } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import { formatMoney } from '@client/lib/format';
import { confidenceWords, type CandidateDraft, type DraftField } from './drafts';
import { explainDeadline } from './explain-deadline';
import { cardWords as words } from './messages';
import { PartyField } from './party-field';

interface Props {
  draft: CandidateDraft;
  number: number;
  parties: readonly Party[];
  onChange: (change: (draft: CandidateDraft) => CandidateDraft) => void;
  onAccept: () => void;
}

export const CandidateCard = forwardRef<HTMLElement, Props>(function CandidateCard(
  { draft, number, parties, onChange, onAccept },
  ref,
) {
  const t = useT();
  const base = useId();
  const headingId = `${base}-heading`;
  // Sections the extractor found nothing for stay folded until someone wants to fill them.
  const [showDeadline, setShowDeadline] = useState(() =>
    Boolean(draft.latest || draft.earliest || draft.deadlineText || draft.errors.latest || draft.errors.earliest),
  );
  const [showAmount, setShowAmount] = useState(() =>
    Boolean(draft.amountValue || draft.errors.amountValue || draft.errors.amountCurrency),
  );
  const id = (field: DraftField) => `${base}-${field}`;
  const saving = draft.status === 'saving';
  const set = <K extends keyof CandidateDraft>(key: K, value: CandidateDraft[K]) =>
    onChange((d) => ({ ...d, [key]: value, errors: { ...d.errors, [key]: undefined } }));
  // What a sub-field of the card needs: its id, its error, and the smaller label.
  const field = (name: DraftField) => ({ id: id(name), error: draft.errors[name], sublabel: true });
  const bind = (name: 'title' | 'quote' | 'earliest' | 'latest' | 'deadlineText' | 'amountValue') => ({
    value: draft[name],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(name, e.target.value),
  });

  if (draft.status === 'accepted') {
    return (
      <article ref={ref} tabIndex={-1} className="intake-card intake-card-done" aria-labelledby={headingId}>
        <p className="intake-card-number" aria-hidden="true">
          {number}
        </p>
        <div>
          <h3 id={headingId} className="intake-card-title">
            {draft.title}
          </h3>
          <p className="intake-card-outcome" role="status">
            <span className="intake-check" aria-hidden="true">
              ✓
            </span>{' '}
            {t(words.added)}{' '}
            {draft.pledgeId ? (
              <Link to="/pledges/$id" params={{ id: draft.pledgeId }}>
                {t(words.open)}
              </Link>
            ) : null}
          </p>
        </div>
      </article>
    );
  }

  if (draft.status === 'rejected') {
    return (
      <article ref={ref} tabIndex={-1} className="intake-card intake-card-rejected" aria-labelledby={headingId}>
        <p className="intake-card-number" aria-hidden="true">
          {number}
        </p>
        <div className="intake-card-rejected-body">
          <h3 id={headingId} className="intake-card-title">
            <span className="visually-hidden">{t(words.rejected)} </span>
            {draft.title}
          </h3>
          <Button variant="quiet" small onClick={() => onChange((d) => ({ ...d, status: 'open' }))}>
            {t(words.undoReject)}
          </Button>
        </div>
      </article>
    );
  }

  // Why the reader proposes this window, in its words: "Due within 30 days of the announcement, by 17 Sep 2025."
  const rule = draft.candidate.deadline ? explainDeadline(draft.candidate.deadline, t) : null;
  const changedDates =
    Boolean(draft.candidate.deadline) &&
    (draft.candidate.deadline?.earliest ?? '') + draft.candidate.deadline?.latest !== draft.earliest + draft.latest;
  const amountNumber = Number(draft.amountValue.replace(/[,\s_]/g, ''));
  const pledgerIds = new Set(draft.pledgers.map((p) => p.id));
  const beneficiaryIds = new Set(draft.beneficiaries.map((p) => p.id));

  return (
    <article
      ref={ref}
      tabIndex={-1}
      className="intake-card"
      aria-labelledby={headingId}
      aria-busy={saving || undefined}
    >
      <header className="intake-card-header">
        <p className="intake-card-number" aria-hidden="true">
          {number}
        </p>
        <h3 id={headingId} className="intake-card-title">
          <span className="visually-hidden">{t(words.candidateNumber, { number })} </span>
          {draft.title || t(words.untitled)}
        </h3>
        <p className="intake-confidence">
          {confidenceWords(draft.candidate.confidence, t)}{' '}
          <span className="muted">
            ·{' '}
            {new Intl.NumberFormat(t.locale === 'uk' ? 'uk' : 'en-GB', { style: 'percent' }).format(
              Math.round(draft.candidate.confidence * 100) / 100,
            )}
          </span>
        </p>
      </header>

      {draft.errors.form ? (
        <p className="form-error" role="alert">
          {draft.errors.form}
        </p>
      ) : null}

      <fieldset className="intake-card-fields" disabled={saving}>
        <legend className="visually-hidden">{t(words.candidate, { number })}</legend>
        <FormField label={t(words.title)} {...field('title')}>
          {(control) => <input {...control} className="input" {...bind('title')} />}
        </FormField>
        <FormField label={t(words.quote)} {...field('quote')}>
          {(control) => <textarea {...control} className="input textarea intake-quote" rows={3} {...bind('quote')} />}
        </FormField>

        <div className="intake-card-parties">
          {/* A party stands on one side only: each field leaves out those the other has. */}
          {(
            [
              { side: 'pledgers', label: t(words.pledgers), taken: beneficiaryIds },
              { side: 'beneficiaries', label: t(words.beneficiaries), taken: pledgerIds },
            ] as const
          ).map(({ side, label, taken }) => (
            <PartyField
              key={side}
              label={label}
              chips={draft[side]}
              parties={parties}
              taken={taken}
              error={draft.errors[side]}
              disabled={saving}
              onChange={(chips) => set(side, chips)}
            />
          ))}
        </div>

        <fieldset className="intake-deadline">
          <legend className="field-sublabel">{t(words.deadline)}</legend>
          {rule ? (
            <p className="intake-rule" id={`${base}-rule`}>
              {rule}
              {changedDates ? <span className="muted"> {t(words.changedDates)}</span> : null}
            </p>
          ) : (
            <p className="intake-none" id={`${base}-rule`}>
              <span className="muted">{t(words.noDeadline)}</span>
              {!showDeadline ? (
                <Button variant="quiet" small onClick={() => setShowDeadline(true)}>
                  {t(words.addDeadline)}
                </Button>
              ) : null}
            </p>
          )}
          {showDeadline || rule ? (
            <>
              <div className="intake-row intake-row-deadline">
                <DateField label={t(words.earliest)} optional {...field('earliest')} {...bind('earliest')} />
                <DateField label={t(words.latest)} {...field('latest')} {...bind('latest')} />
              </div>
              <FormField label={t(words.deadlineWords)} {...field('deadlineText')}>
                {(control) => <input {...control} className="input" {...bind('deadlineText')} />}
              </FormField>
            </>
          ) : null}
        </fieldset>

        <fieldset className="intake-amount">
          <legend className="field-sublabel">{t(words.amount)}</legend>
          {!showAmount && !draft.candidate.amount ? (
            <p className="intake-none">
              <span className="muted">{t(words.noAmount)}</span>
              <Button variant="quiet" small onClick={() => setShowAmount(true)}>
                {t(words.addAmount)}
              </Button>
            </p>
          ) : (
            <>
              <div className="intake-row intake-row-amount">
                <FormField
                  label={t(words.value)}
                  optional
                  {...field('amountValue')}
                  describedBy={`${base}-amount-words`}
                >
                  {(control) => <input {...control} className="input" inputMode="decimal" {...bind('amountValue')} />}
                </FormField>
                <FormField label={t(words.currency)} {...field('amountCurrency')} className="intake-currency">
                  {(control) => (
                    <input
                      {...control}
                      className="input"
                      value={draft.amountCurrency}
                      maxLength={3}
                      autoCapitalize="characters"
                      onChange={(e) => set('amountCurrency', e.target.value.toUpperCase())}
                    />
                  )}
                </FormField>
              </div>
              <p className="field-hint" id={`${base}-amount-words`}>
                {draft.amountValue.trim() &&
                Number.isFinite(amountNumber) &&
                amountNumber > 0 &&
                /^[A-Z]{3}$/.test(draft.amountCurrency)
                  ? draft.candidate.amount
                    ? t(words.amountWithQuote, {
                        money: formatMoney(amountNumber, draft.amountCurrency, t.locale),
                        text: draft.candidate.amount.text,
                      })
                    : formatMoney(amountNumber, draft.amountCurrency, t.locale)
                  : draft.candidate.amount
                    ? t(words.articleSays, { text: draft.candidate.amount.text })
                    : t(words.giveValue)}
              </p>
            </>
          )}
        </fieldset>
      </fieldset>

      <div className="intake-card-actions">
        <Button variant="primary" onClick={onAccept} pending={saving} pendingLabel={t(words.adding)}>
          {t(words.accept)}
        </Button>
        <Button
          variant="quiet"
          onClick={() => onChange((d) => ({ ...d, status: 'rejected', errors: {} }))}
          disabled={saving}
        >
          {t(words.reject)}
        </Button>
        <span className="visually-hidden" role="status">
          {saving ? t(words.addingNumber, { number }) : ''}
        </span>
      </div>
    </article>
  );
});
