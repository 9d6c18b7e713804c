// One candidate pledge, every field editable before it is accepted. Errors sit next to their
// fields; a refused accept keeps everything typed.
import { Link } from '@tanstack/react-router';
import { forwardRef, useId, useState } from 'react';
import type { Party } from '@shared/contract';
import { Button } from '@client/components/button';
import { FormField } from '@client/components/form-field';
import { formatMoney } from '@client/lib/format';
import { confidenceWords, type CandidateDraft, type DraftField } from './drafts';
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
          <Button variant="quiet" small onClick={() => onChange((d) => ({ ...d, status: 'open' }))}>
            Undo reject
          </Button>
        </div>
      </article>
    );
  }

  // Why the reader proposes this window, in its words: "Due within 30 days of the announcement, by 17 Sep 2025."
  const rule = draft.candidate.deadline?.rule ?? null;
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
        <FormField label="Title" {...field('title')}>
          {(control) => <input {...control} className="input" {...bind('title')} />}
        </FormField>
        <FormField label="Quote" {...field('quote')}>
          {(control) => <textarea {...control} className="input textarea intake-quote" rows={3} {...bind('quote')} />}
        </FormField>

        <div className="intake-card-parties">
          {/* A party stands on one side only: each field leaves out those the other has. */}
          {(
            [
              { side: 'pledgers', label: 'Pledgers', taken: beneficiaryIds },
              { side: 'beneficiaries', label: 'Beneficiaries', taken: pledgerIds },
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
          <legend className="field-sublabel">Deadline</legend>
          {rule ? (
            <p className="intake-rule" id={`${base}-rule`}>
              {rule}
              {changedDates ? <span className="muted"> You changed the dates.</span> : null}
            </p>
          ) : (
            <p className="intake-none" id={`${base}-rule`}>
              <span className="muted">No deadline found in this sentence.</span>
              {!showDeadline ? (
                <Button variant="quiet" small onClick={() => setShowDeadline(true)}>
                  Add a deadline
                </Button>
              ) : null}
            </p>
          )}
          {showDeadline || rule ? (
            <>
              <div className="intake-row intake-row-deadline">
                <FormField label="Earliest" optional {...field('earliest')}>
                  {(control) => <input {...control} type="date" className="input input-date" {...bind('earliest')} />}
                </FormField>
                <FormField label="Latest" {...field('latest')}>
                  {(control) => <input {...control} type="date" className="input input-date" {...bind('latest')} />}
                </FormField>
              </div>
              <FormField label="Deadline words" {...field('deadlineText')}>
                {(control) => <input {...control} className="input" {...bind('deadlineText')} />}
              </FormField>
            </>
          ) : null}
        </fieldset>

        <fieldset className="intake-amount">
          <legend className="field-sublabel">Amount</legend>
          {!showAmount && !draft.candidate.amount ? (
            <p className="intake-none">
              <span className="muted">No amount in this sentence.</span>
              <Button variant="quiet" small onClick={() => setShowAmount(true)}>
                Add an amount
              </Button>
            </p>
          ) : (
            <>
              <div className="intake-row intake-row-amount">
                <FormField label="Value" optional {...field('amountValue')} describedBy={`${base}-amount-words`}>
                  {(control) => <input {...control} className="input" inputMode="decimal" {...bind('amountValue')} />}
                </FormField>
                <FormField label="Currency" {...field('amountCurrency')} className="intake-currency">
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
        <Button variant="primary" onClick={onAccept} pending={saving} pendingLabel="Adding…">
          Accept
        </Button>
        <Button
          variant="quiet"
          onClick={() => onChange((d) => ({ ...d, status: 'rejected', errors: {} }))}
          disabled={saving}
        >
          Reject
        </Button>
        <span className="visually-hidden" role="status">
          {saving ? `Adding candidate ${number}…` : ''}
        </span>
      </div>
    </article>
  );
});
