// A list that fits in one page (at most DEFAULT_LIMIT rows), rendered as it is.
import type { ReactNode } from 'react';
import type { Pledge } from '@shared/contract';
import { viewMoment } from '@shared/domain';
import { useMinuteClock } from '@client/lib/use-minute-clock';
import { useDensity } from '@client/lib/stores/density';
import { useT } from '@client/i18n/language';
import { listWords } from './messages';
import { PledgeRow } from './pledge-row';

export interface PledgeRowsProps {
  items: Pledge[];
  total: number;
  hasMore: boolean;
  loadMore: () => void;
  loadingMore: boolean;
  renderActions?: (pledge: Pledge) => ReactNode;
  /** The view's as-of day: each row is judged at its end, in the pledge's zone, not now. */
  asOf?: string;
}

export function PlainPledgeRows({
  items,
  renderActions,
  asOf,
}: Pick<PledgeRowsProps, 'items' | 'renderActions' | 'asOf'>) {
  const density = useDensity((s) => s.density);
  const t = useT();
  const nowMs = useMinuteClock();
  return (
    <ul className={`pledge-list is-plain density-${density}`} aria-label={t(listWords.list)}>
      {items.map((pledge) => (
        <li key={pledge.id} className="pledge-list-item">
          <PledgeRow pledge={pledge} nowMs={viewMoment(pledge.timeZone, asOf, nowMs)} renderActions={renderActions} />
        </li>
      ))}
    </ul>
  );
}
