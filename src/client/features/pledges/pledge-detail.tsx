// One pledge, in full: the quote, who promised what to whom, the deadline and where we stand,
// the amount, the sources and the evidence. The page supplies the actions and the history.
import { OriginalTitle, PledgeTitle } from '@client/i18n/shown-title';
import { languageOfText } from '@shared/i18n';
import { ShownText } from '@client/i18n/shown-text';
import type { ReactNode } from 'react';
import type { Translate } from '@shared/i18n';
import type { Amount, Delivery, Evidence, Pledge, Source } from '@shared/contract';
import { deadlineState, describeWindow } from '@shared/domain';
import { formatDateIn } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { DeadlineStateBadge, VerdictBadge } from '@client/components/badges';
import { ExternalLink } from '@client/components/external-link';
import { PageHeading } from '@client/components/page-heading';
import { detailWords } from './detail.messages';
import { withInnerQuoteMarks } from './quote-marks';
import { timingText } from './timing-text';
import { deliveredShare, formatInstant, formatMoney, formatMoneyExact, hostOf } from '@client/lib/format';
import './pledge-detail.css';
import { PartyNames } from '@client/i18n/party-names';

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
  const t = useT();
  const share = deliveredShare(amount);
  const percent = Math.round(share * 100);
  return (
    <div className="amount">
      <p className="amount-total" title={formatMoneyExact(amount.value, amount.currency, t.locale)}>
        {t(detailWords.pledged, { amount: formatMoney(amount.value, amount.currency, t.locale) })}
      </p>
      <div
        className="amount-bar"
        role="progressbar"
        aria-label={t(detailWords.delivered)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.min(100, percent)}
        aria-valuetext={t(detailWords.deliveredOf, {
          delivered: formatMoney(amount.delivered, amount.currency, t.locale),
          total: formatMoney(amount.value, amount.currency, t.locale),
        })}
      >
        <span style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <p className="amount-delivered">
        {t(detailWords.deliveredSoFar, {
          delivered: formatMoney(amount.delivered, amount.currency, t.locale),
          percent,
        })}
      </p>
      {deliveries.length ? (
        <ol className="deliveries" aria-label={t(detailWords.deliveries)}>
          {[...deliveries]
            .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
            .map((d) => (
              <li key={d.id} className="delivery">
                <span className="delivery-when">{formatDateIn(t.locale, d.on)}</span>{' '}
                <span className="delivery-value">{formatMoney(d.value, amount.currency, t.locale)}</span>
                {d.note ? (
                  <span className="delivery-note">
                    {' · '}
                    <ShownText text={d.note} language={d.noteLanguage} translations={d.noteTranslations} />
                  </span>
                ) : null}
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
function slipText(pledge: Pick<Pledge, 'deadlineSlips' | 'originalDeadline'>, t: Translate): string | null {
  if (!pledge.deadlineSlips) return null;
  const times = pledge.deadlineSlips;
  return pledge.originalDeadline
    ? t(detailWords.movedLater, { times, window: describeWindow(pledge.originalDeadline, t) })
    : t(detailWords.movedLaterSince, { times });
}

function SourceItem({ source }: { source: Source }) {
  const t = useT();
  const meta = [source.publisher, source.publishedOn ? formatDateIn(t.locale, source.publishedOn) : null]
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
  const t = useT();
  const time = (instant: ReactNode) => <time dateTime={evidence.addedAt}>{instant}</time>;
  const instant = formatInstant(evidence.addedAt, t.locale);
  return (
    <li className="evidence">
      <ExternalLink href={evidence.url}>{evidence.title ?? hostOf(evidence.url)}</ExternalLink>
      {evidence.note ? (
        <p className="evidence-note">
          <ShownText text={evidence.note} language={evidence.noteLanguage} translations={evidence.noteTranslations} />
        </p>
      ) : null}
      <p className="evidence-meta">
        {evidence.date ? (
          <Rich
            message={detailWords.evidenceFrom}
            values={{ date: formatDateIn(t.locale, evidence.date), instant }}
            tags={{ time }}
          />
        ) : (
          <Rich message={detailWords.evidenceAdded} values={{ instant }} tags={{ time }} />
        )}
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
  const t = useT();
  const state = deadlineState(pledge, nowMs);
  const firstSource = pledge.sources[0];
  // The quote keeps the language it was said in, told by its letters.
  const quoteLanguage = languageOfText(pledge.quote);
  const timing = timingText(pledge, nowMs, t);
  const slipped = slipText(pledge, t);
  return (
    <article className="pledge-detail" aria-labelledby="pledge-title">
      <header className="detail-header">
        <div className="badges">
          <DeadlineStateBadge state={state} />
          <VerdictBadge verdict={pledge.verdict} />
          {timing ? <span className={`detail-timing timing-${state}`}>{timing}</span> : null}
        </div>
        <PageHeading id="pledge-title" className="detail-title">
          <PledgeTitle pledge={pledge} />
        </PageHeading>
        <OriginalTitle pledge={pledge} className="detail-original-title" />
        <p className="detail-parties">
          <PartyNames parties={pledge.pledgers} />
          {pledge.beneficiaries.length ? (
            <>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t(detailWords.to)} </span>
              <PartyNames parties={pledge.beneficiaries} />
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
            <blockquote cite={firstSource?.url} lang={quoteLanguage}>
              <p>{withInnerQuoteMarks(pledge.quote, quoteLanguage)}</p>
            </blockquote>
            {firstSource ? (
              <figcaption>
                <cite>{firstSource.publisher ?? firstSource.title}</cite>
                {firstSource.publishedOn ? `, ${formatDateIn(t.locale, firstSource.publishedOn)}` : ''}
              </figcaption>
            ) : null}
          </figure>
        ) : null}

        <section className="detail-aside" aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="visually-hidden">
            {t(detailWords.facts)}
          </h2>
          <dl className="facts">
            <Fact term={t(detailWords.pledgedBy)}>
              <PartyNames parties={pledge.pledgers} />
            </Fact>
            <Fact term={t(detailWords.pledgedTo)}>
              {pledge.beneficiaries.length ? <PartyNames parties={pledge.beneficiaries} /> : t(detailWords.notNamed)}
            </Fact>
            {pledge.guarantors.length ? (
              <Fact term={t(detailWords.guarantors)}>
                <PartyNames parties={pledge.guarantors} />
              </Fact>
            ) : null}
            <Fact term={t(detailWords.announced)}>
              {formatDateIn(t.locale, pledge.announcedOn)}
              <span className="fact-note">{t(detailWords.zoneNote, { zone: pledge.timeZone })}</span>
            </Fact>
            <Fact term={t(detailWords.deadline)}>
              <span className="fact-strong">{describeWindow(pledge.deadline, t)}</span>
              {pledge.deadline ? (
                <span className="fact-note">{t(detailWords.fromWords, { text: pledge.deadline.text })}</span>
              ) : null}
              {slipped ? <span className="fact-note fact-slipped">{slipped}</span> : null}
            </Fact>
            {pledge.resolvedOn ? (
              <Fact term={t(detailWords.happenedOn)}>{formatDateIn(t.locale, pledge.resolvedOn)}</Fact>
            ) : null}
            {pledge.amount ? (
              <Fact term={t(detailWords.amount)}>
                <AmountFact amount={pledge.amount} deliveries={pledge.deliveries} deliveryActions={deliveryActions} />
                {amountTools}
              </Fact>
            ) : null}
            {pledge.tags.length ? (
              <Fact term={t(detailWords.tags)}>
                <ul className="tags">
                  {pledge.tags.map((tag) => (
                    <li key={tag} className="tag">
                      {tag}
                    </li>
                  ))}
                </ul>
              </Fact>
            ) : null}
          </dl>

          <div className="detail-sources">
            <h3 className="aside-heading">{t(detailWords.sources)}</h3>
            {pledge.sources.length ? (
              <ul className="sources">
                {pledge.sources.map((s, i) => (
                  <SourceItem key={`${s.title}-${i}`} source={s} />
                ))}
              </ul>
            ) : (
              <p className="muted">{t(detailWords.noSources)}</p>
            )}
          </div>
        </section>
        <section className="detail-section detail-evidence" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t(detailWords.evidence)}</h2>
          {pledge.evidence.length ? (
            <ul className="evidence-list">
              {pledge.evidence.map((e, i) => (
                <EvidenceItem key={`${e.url}-${e.addedAt}`} evidence={e} actions={evidenceActions?.(i)} />
              ))}
            </ul>
          ) : (
            <p className="muted">
              {pledge.verdict === 'open'
                ? t(evidenceTools ? detailWords.noEvidenceYetAdd : detailWords.noEvidenceYet)
                : t(detailWords.noEvidenceFor, { verdict: pledge.verdict })}
            </p>
          )}
          {evidenceTools}
        </section>

        <section className="detail-section detail-history" aria-labelledby="history-heading">
          <h2 id="history-heading">{t(detailWords.history)}</h2>
          {history}
        </section>
      </div>
    </article>
  );
}
