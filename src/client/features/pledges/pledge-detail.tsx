// One pledge, in full: the quote, who promised what to whom, the deadline and where we stand,
// the amount, the sources and the evidence. The page supplies the actions and the history.
import type { ReactNode } from 'react';
import type { Amount, Delivery, Evidence, Pledge, Source } from '@shared/contract';
import { deadlineState, describeWindow, formatDate, VERDICT_LABELS } from '@shared/domain';
import { DeadlineStateBadge, VerdictBadge } from '@client/components/badges';
import { ExternalLink } from '@client/components/external-link';
import { PageHeading } from '@client/components/page-heading';
import { timingText } from './timing-text';
import { deliveredShare, formatInstant, formatMoney, formatMoneyExact, hostOf, partyNames } from '@client/lib/format';
import './pledge-detail.css';

interface PledgeDetailProps {
  pledge: Pledge;
  nowMs: number;
  /** Buttons for the pledge (e.g. "Mark verdict"). */
  actions?: ReactNode;
  /** A line about a change in progress ("Saving…"). */
  status?: ReactNode;
  /** The history timeline, from its own feature. */
  history: ReactNode;
  /** Tools to record deliveries towards the amount, from the page. */
  amountTools?: ReactNode;
  /** Controls for one recorded delivery (e.g. remove it), from the page. */
  deliveryActions?: (delivery: Delivery) => ReactNode;
  /** Tools to add evidence, from the page. */
  evidenceTools?: ReactNode;
  /** Controls for one piece of evidence (correct, remove), by its place in the list. */
  evidenceActions?: (index: number) => ReactNode;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function AmountFact({
  amount,
  deliveries,
  deliveryActions,
}: {
  amount: Amount;
  deliveries: readonly Delivery[];
  deliveryActions?: (delivery: Delivery) => ReactNode;
}) {
  const share = deliveredShare(amount);
  const percent = Math.round(share * 100);
  return (
    <div className="amount">
      <p className="amount-total" title={formatMoneyExact(amount.value, amount.currency)}>
        {formatMoney(amount.value, amount.currency)} pledged
      </p>
      <div
        className="amount-bar"
        role="progressbar"
        aria-label="Delivered"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, percent)}
        aria-valuetext={`${formatMoney(amount.delivered, amount.currency)} of ${formatMoney(amount.value, amount.currency)} delivered`}
      >
        <span style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="amount-delivered">
        {formatMoney(amount.delivered, amount.currency)} delivered so far ({percent}%)
      </p>
      {deliveries.length ? (
        <ol className="deliveries" aria-label="Deliveries">
          {[...deliveries]
            .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
            .map((d) => (
              <li key={d.id} className="delivery">
                <span className="delivery-when">{formatDate(d.on)}</span>{' '}
                <span className="delivery-value">{formatMoney(d.value, amount.currency)}</span>
                {d.note ? <span className="delivery-note"> · {d.note}</span> : null}
                {d.url ? (
                  <>
                    {' · '}
                    <ExternalLink href={d.url}>{hostOf(d.url)}</ExternalLink>
                  </>
                ) : null}
                {deliveryActions?.(d)}
              </li>
            ))}
        </ol>
      ) : null}
    </div>
  );
}

/** "Moved later twice; first due 25–28 Aug 2025". */
function slipText(pledge: Pick<Pledge, 'deadlineSlips' | 'originalDeadline'>): string | null {
  if (!pledge.deadlineSlips) return null;
  const times =
    pledge.deadlineSlips === 1 ? 'once' : pledge.deadlineSlips === 2 ? 'twice' : `${pledge.deadlineSlips} times`;
  return pledge.originalDeadline
    ? `Moved later ${times}; first ${describeWindow(pledge.originalDeadline)}`
    : `Moved later ${times} since it was first set`;
}

function SourceItem({ source }: { source: Source }) {
  const meta = [source.publisher, source.publishedOn ? formatDate(source.publishedOn) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <li className="source">
      <ExternalLink href={source.url}>{source.title}</ExternalLink>
      {meta ? <span className="source-meta"> · {meta}</span> : null}
    </li>
  );
}

function EvidenceItem({ evidence, actions }: { evidence: Evidence; actions?: ReactNode }) {
  return (
    <li className="evidence">
      <ExternalLink href={evidence.url}>{evidence.title ?? hostOf(evidence.url)}</ExternalLink>
      {evidence.note ? <p className="evidence-note">{evidence.note}</p> : null}
      <p className="evidence-meta">
        {evidence.date ? `From ${formatDate(evidence.date)} · ` : ''}Added{' '}
        <time dateTime={evidence.addedAt}>{formatInstant(evidence.addedAt)}</time>
      </p>
      {actions}
    </li>
  );
}

export function PledgeDetail({
  pledge,
  nowMs,
  actions,
  status,
  history,
  amountTools,
  deliveryActions,
  evidenceTools,
  evidenceActions,
}: PledgeDetailProps) {
  const state = deadlineState(pledge, nowMs);
  const firstSource = pledge.sources[0];
  const timing = timingText(pledge, nowMs);
  return (
    <article className="pledge-detail" aria-labelledby="pledge-title">
      <header className="detail-header">
        <div className="badges">
          <DeadlineStateBadge state={state} />
          <VerdictBadge verdict={pledge.verdict} />
          {timing ? <span className={`detail-timing timing-${state}`}>{timing}</span> : null}
        </div>
        <PageHeading id="pledge-title" className="detail-title">
          {pledge.title}
        </PageHeading>
        <p className="detail-parties">
          {partyNames(pledge.pledgers)}
          {pledge.beneficiaries.length ? (
            <>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> to </span>
              {partyNames(pledge.beneficiaries)}
            </>
          ) : null}
        </p>
        <div className="detail-actions">
          {actions}
          {status}
        </div>
      </header>

      <div className="detail-grid">
        {pledge.quote ? (
          <figure className="quote">
            <blockquote cite={firstSource?.url}>
              <p>{pledge.quote}</p>
            </blockquote>
            {firstSource ? (
              <figcaption>
                <cite>{firstSource.publisher ?? firstSource.title}</cite>
                {firstSource.publishedOn ? `, ${formatDate(firstSource.publishedOn)}` : ''}
              </figcaption>
            ) : null}
          </figure>
        ) : null}

        <section className="detail-aside" aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="visually-hidden">
            Facts
          </h2>
          <dl className="facts">
            <Fact term="Pledged by">{partyNames(pledge.pledgers)}</Fact>
            <Fact term="Pledged to">
              {pledge.beneficiaries.length ? partyNames(pledge.beneficiaries) : 'Not named'}
            </Fact>
            {pledge.guarantors.length ? <Fact term="Guarantors">{partyNames(pledge.guarantors)}</Fact> : null}
            <Fact term="Announced">
              {formatDate(pledge.announcedOn)}
              <span className="fact-note">Dates are counted in {pledge.timeZone}.</span>
            </Fact>
            <Fact term="Deadline">
              <span className="fact-strong">{describeWindow(pledge.deadline)}</span>
              {pledge.deadline ? <span className="fact-note">From the words “{pledge.deadline.text}”</span> : null}
              {slipText(pledge) ? <span className="fact-note fact-slipped">{slipText(pledge)}</span> : null}
            </Fact>
            {pledge.resolvedOn ? <Fact term="Happened on">{formatDate(pledge.resolvedOn)}</Fact> : null}
            {pledge.amount ? (
              <Fact term="Amount">
                <AmountFact amount={pledge.amount} deliveries={pledge.deliveries} deliveryActions={deliveryActions} />
                {amountTools}
              </Fact>
            ) : null}
            {pledge.tags.length ? (
              <Fact term="Tags">
                <ul className="tags">
                  {pledge.tags.map((t) => (
                    <li key={t} className="tag">
                      {t}
                    </li>
                  ))}
                </ul>
              </Fact>
            ) : null}
          </dl>

          <div className="detail-sources">
            <h3 className="aside-heading">Sources</h3>
            {pledge.sources.length ? (
              <ul className="sources">
                {pledge.sources.map((s, i) => (
                  <SourceItem key={`${s.title}-${i}`} source={s} />
                ))}
              </ul>
            ) : (
              <p className="muted">No sources recorded.</p>
            )}
          </div>
        </section>
        <section className="detail-section detail-evidence" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Evidence</h2>
          {pledge.evidence.length ? (
            <ul className="evidence-list">
              {pledge.evidence.map((e, i) => (
                <EvidenceItem key={`${e.url}-${e.addedAt}`} evidence={e} actions={evidenceActions?.(i)} />
              ))}
            </ul>
          ) : (
            <p className="muted">
              {pledge.verdict === 'open'
                ? evidenceTools
                  ? 'None yet. Evidence is added when a verdict is marked, or here.'
                  : 'None yet.'
                : `None recorded for this ${VERDICT_LABELS[pledge.verdict].toLowerCase()} verdict.`}
            </p>
          )}
          {evidenceTools}
        </section>

        <section className="detail-section detail-history" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          {history}
        </section>
      </div>
    </article>
  );
}
