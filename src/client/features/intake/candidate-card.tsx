// One candidate pledge, every field editable before it is accepted. Errors sit next to their
// fields; a refused accept keeps everything typed.
import { Link } from '@tanstack/react-router';
import { forwardRef, useId, useState } from 'react';
import type { Party } from '@shared/contract';
import { formatDate, formatDateRange } from '@shared/domain';
import { formatMoney } from '@client/lib/format';
import { confidenceWords, type CandidateDraft, type DraftField } from './drafts';
import { PartyField } from './party-field';

interface Props {
  draft: CandidateDraft;
  number: number;
  parties: readonly Party[];
  publishedOn: string;
  onChange: (change: (draft: CandidateDraft) => CandidateDraft) => void;
  onAccept: () => void;
}

/** "within A to B days → 25–28 Aug 2025", from the extractor's rule and window. */
function ruleLine(draft: CandidateDraft): { rule: string; window: string; detail: string } | null {
  const d = draft.candidate.deadline;
  if (!d) return null;
  const [name, detail = ''] = d.rule.split(' → ');
  const window = d.earliest ? formatDateRange(d.earliest, d.latest) : `by ${formatDate(d.latest)}`;
  return { rule: name ?? d.rule, window, detail };
}

export const CandidateCard = forwardRef<HTMLElement, Props>(function CandidateCard(
  { draft, number, parties, publishedOn, onChange, onAccept },
  ref,
) {
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
  const invalid = (field: DraftField) => (draft.errors[field] ? true : undefined);
  const describedBy = (field: DraftField, extra?: string) =>
    [extra, draft.errors[field] ? `${id(field)}-error` : null].filter(Boolean).join(' ') || undefined;
  const error = (field: DraftField) =>
    draft.errors[field] ? (
      <p id={`${id(field)}-error`} className="field-error">
        {draft.errors[field]}
      </p>
    ) : null;

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
            Added to the tracker.{' '}
            {draft.pledgeId ? (
              <Link to="/pledges/$id" params={{ id: draft.pledgeId }}>
                Open the pledge
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
            <span className="visually-hidden">Rejected: </span>
            {draft.title}
          </h3>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => onChange((d) => ({ ...d, status: 'open' }))}
          >
            Undo reject
          </button>
        </div>
      </article>
    );
  }

  const rule = ruleLine(draft);
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
          <span className="visually-hidden">Candidate {number}: </span>
          {draft.title || 'Untitled candidate'}
        </h3>
        <p className="intake-confidence">
          {confidenceWords(draft.candidate.confidence)}{' '}
          <span className="muted">· {Math.round(draft.candidate.confidence * 100)}%</span>
        </p>
      </header>

      {draft.errors.form ? (
        <p className="form-error" role="alert">
          {draft.errors.form}
        </p>
      ) : null}

      <fieldset className="intake-card-fields" disabled={saving}>
        <legend className="visually-hidden">Candidate {number}</legend>
        <div className="field">
          <label className="field-sublabel" htmlFor={id('title')}>
            Title
          </label>
          <input
            id={id('title')}
            className="input"
            value={draft.title}
            onChange={(e) => set('title', e.target.value)}
            aria-invalid={invalid('title')}
            aria-describedby={describedBy('title')}
          />
          {error('title')}
        </div>
        <div className="field">
          <label className="field-sublabel" htmlFor={id('quote')}>
            Quote
          </label>
          <textarea
            id={id('quote')}
            className="input textarea intake-quote"
            value={draft.quote}
            rows={3}
            onChange={(e) => set('quote', e.target.value)}
            aria-invalid={invalid('quote')}
            aria-describedby={describedBy('quote')}
          />
          {error('quote')}
        </div>

        <div className="intake-card-parties">
          <PartyField
            label="Pledgers"
            chips={draft.pledgers}
            parties={parties}
            taken={beneficiaryIds}
            error={draft.errors.pledgers}
            disabled={saving}
            onChange={(chips) => set('pledgers', chips)}
          />
          <PartyField
            label="Beneficiaries"
            chips={draft.beneficiaries}
            parties={parties}
            taken={pledgerIds}
            error={draft.errors.beneficiaries}
            disabled={saving}
            onChange={(chips) => set('beneficiaries', chips)}
          />
        </div>

        <fieldset className="intake-deadline">
          <legend className="field-sublabel">Deadline</legend>
          {rule ? (
            <p className="intake-rule" id={`${base}-rule`}>
              <span className="intake-rule-name">{rule.rule}</span> <span aria-hidden="true">→</span>
              <span className="visually-hidden"> gives </span> <strong>{rule.window}</strong>
              <span className="muted">
                {' '}
                (D = {formatDate(publishedOn)}
                {rule.detail ? `, ${rule.detail}` : ''}){changedDates ? ' · you changed the dates' : ''}
              </span>
            </p>
          ) : (
            <p className="intake-none" id={`${base}-rule`}>
              <span className="muted">No deadline found in this sentence.</span>
              {!showDeadline ? (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => setShowDeadline(true)}
                >
                  Add a deadline
                </button>
              ) : null}
            </p>
          )}
          {showDeadline || rule ? (
            <>
              <div className="intake-row intake-row-deadline">
                <div className="field">
                  <label className="field-sublabel" htmlFor={id('earliest')}>
                    Earliest <span className="muted">(optional)</span>
                  </label>
                  <input
                    id={id('earliest')}
                    type="date"
                    className="input input-date"
                    value={draft.earliest}
                    onChange={(e) => set('earliest', e.target.value)}
                    aria-invalid={invalid('earliest')}
                    aria-describedby={describedBy('earliest')}
                  />
                  {error('earliest')}
                </div>
                <div className="field">
                  <label className="field-sublabel" htmlFor={id('latest')}>
                    Latest
                  </label>
                  <input
                    id={id('latest')}
                    type="date"
                    className="input input-date"
                    value={draft.latest}
                    onChange={(e) => set('latest', e.target.value)}
                    aria-invalid={invalid('latest')}
                    aria-describedby={describedBy('latest')}
                  />
                  {error('latest')}
                </div>
              </div>
              <div className="field">
                <label className="field-sublabel" htmlFor={id('deadlineText')}>
                  Deadline words
                </label>
                <input
                  id={id('deadlineText')}
                  className="input"
                  value={draft.deadlineText}
                  onChange={(e) => set('deadlineText', e.target.value)}
                  aria-invalid={invalid('deadlineText')}
                  aria-describedby={describedBy('deadlineText')}
                />
                {error('deadlineText')}
              </div>
            </>
          ) : null}
        </fieldset>

        <fieldset className="intake-amount">
          <legend className="field-sublabel">Amount</legend>
          {!showAmount && !draft.candidate.amount ? (
            <p className="intake-none">
              <span className="muted">No amount in this sentence.</span>
              <button type="button" className="button button-quiet button-small" onClick={() => setShowAmount(true)}>
                Add an amount
              </button>
            </p>
          ) : (
            <>
              <div className="intake-row intake-row-amount">
                <div className="field">
                  <label className="field-sublabel" htmlFor={id('amountValue')}>
                    Value <span className="muted">(optional)</span>
                  </label>
                  <input
                    id={id('amountValue')}
                    className="input"
                    inputMode="decimal"
                    value={draft.amountValue}
                    onChange={(e) => set('amountValue', e.target.value)}
                    aria-invalid={invalid('amountValue')}
                    aria-describedby={describedBy('amountValue', `${base}-amount-words`)}
                  />
                  {error('amountValue')}
                </div>
                <div className="field intake-currency">
                  <label className="field-sublabel" htmlFor={id('amountCurrency')}>
                    Currency
                  </label>
                  <input
                    id={id('amountCurrency')}
                    className="input"
                    value={draft.amountCurrency}
                    maxLength={3}
                    autoCapitalize="characters"
                    onChange={(e) => set('amountCurrency', e.target.value.toUpperCase())}
                    aria-invalid={invalid('amountCurrency')}
                    aria-describedby={describedBy('amountCurrency')}
                  />
                  {error('amountCurrency')}
                </div>
              </div>
              <p className="field-hint" id={`${base}-amount-words`}>
                {draft.amountValue.trim() &&
                Number.isFinite(amountNumber) &&
                amountNumber > 0 &&
                /^[A-Z]{3}$/.test(draft.amountCurrency)
                  ? `${formatMoney(amountNumber, draft.amountCurrency)}${draft.candidate.amount ? ` · the article says “${draft.candidate.amount.text}”` : ''}`
                  : draft.candidate.amount
                    ? `The article says “${draft.candidate.amount.text}”.`
                    : 'Give the value in full, e.g. 90000000000, and its currency.'}
              </p>
            </>
          )}
        </fieldset>
      </fieldset>

      <div className="intake-card-actions">
        <button type="button" className="button button-primary" onClick={onAccept} disabled={saving}>
          {saving ? 'Adding…' : 'Accept'}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => onChange((d) => ({ ...d, status: 'rejected', errors: {} }))}
          disabled={saving}
        >
          Reject
        </button>
        <span className="visually-hidden" role="status">
          {saving ? `Adding candidate ${number}…` : ''}
        </span>
      </div>
    </article>
  );
});
