// One pledge in the list: what was promised (a link to it), by whom to whom, the window in
// words, where we stand against it, and the two badges (on time? kept?).
import { PledgeTitle } from '@client/i18n/shown-title';
import { Link } from '@tanstack/react-router';
import { memo, type ReactNode } from 'react';
import type { Pledge } from '@shared/contract';
import { deadlineState, describeWindow } from '@shared/domain';
import { DeadlineStateBadge, VerdictBadge } from '@client/components/badges';
import { useT } from '@client/i18n/language';
import { paths } from '@client/app/paths';
import { listWords } from './messages';
import { timingText } from './timing-text';
import './pledge-list.css';
import { PartyNames } from '@client/i18n/party-names';

interface PledgeRowProps {
  pledge: Pledge;
  nowMs: number;
  /** Extra controls for the row; a stable function, so the memoized row re-renders only when its pledge or the minute changes. */
  renderActions?: (pledge: Pledge) => ReactNode;
}

export const PledgeRow = memo(function PledgeRow({ pledge, nowMs, renderActions }: PledgeRowProps) {
  const t = useT();
  const actions = renderActions?.(pledge);
  const state = deadlineState(pledge, nowMs);
  const titleId = `pledge-${pledge.id}-title`;
  const timing = timingText(pledge, nowMs, t);
  return (
    <article className={`pledge-row accent-${state}`} aria-labelledby={titleId}>
      <div className="pledge-row-main">
        <h2 className="pledge-row-title" id={titleId}>
          <Link to={paths.pledge} params={{ id: pledge.id }}>
            <PledgeTitle pledge={pledge} />
          </Link>
        </h2>
        <p className="pledge-row-parties">
          <span className="visually-hidden">{t(listWords.pledgedBy)} </span>
          <PartyNames parties={pledge.pledgers} />
          {pledge.beneficiaries.length ? (
            <>
              <span className="arrow" aria-hidden="true">
                {' → '}
              </span>
              <span className="visually-hidden"> {t(listWords.pledgedTo)} </span>
              <PartyNames parties={pledge.beneficiaries} />
            </>
          ) : null}
        </p>
        <p className={pledge.deadline ? 'pledge-row-window' : 'pledge-row-window is-none'}>
          {describeWindow(pledge.deadline, t)}
        </p>
      </div>
      <div className="pledge-row-side">
        <div className="badges">
          <DeadlineStateBadge state={state} />
          <VerdictBadge verdict={pledge.verdict} />
        </div>
        {timing ? <p className={`pledge-row-timing timing-${state}`}>{timing}</p> : null}
        {actions ? <div className="pledge-row-actions">{actions}</div> : null}
      </div>
    </article>
  );
});
