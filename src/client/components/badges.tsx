// Two questions, two looks: the deadline state ("is it on time?") is a filled, coloured pill
// with a dot; the verdict ("was it kept?") is an outlined, neutral pill with a mark.
import type { DeadlineState, Verdict } from '@shared/contract';
import { deadlineStateWords, verdictWords } from '@shared/domain';
import { useT } from '@client/i18n/language';
import { componentWords } from './messages';
import './badges.css';

const VERDICT_MARKS: Record<Verdict, string> = {
  open: '○',
  fulfilled: '✓',
  partially_fulfilled: '◐',
  broken: '✕',
  withdrawn: '↩',
};

export function DeadlineStateBadge({ state }: { state: DeadlineState }) {
  const t = useT();
  return (
    <span className={`badge badge-state state-${state}`}>
      <span className="badge-dot" aria-hidden="true" />
      <span className="visually-hidden">{t(componentWords.deadlinePrefix)} </span>
      {t(deadlineStateWords[state])}
    </span>
  );
}

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return (
    <span className={`badge badge-verdict verdict-${verdict}`}>
      <span className="badge-mark" aria-hidden="true">
        {VERDICT_MARKS[verdict]}
      </span>
      <span className="visually-hidden">{t(componentWords.verdictPrefix)} </span>
      {t(verdictWords[verdict])}
    </span>
  );
}
