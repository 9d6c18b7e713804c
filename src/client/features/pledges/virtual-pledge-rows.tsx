// A long list, virtualized: only the rows near the viewport are in the DOM, and the next page
// is fetched as the reader nears the end. Loaded only for lists longer than one page, so short
// lists (and the home page's first load) do not pay for the virtualizer.
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { SkeletonRow } from '@client/components/skeleton';
import { viewMoment } from '@shared/domain';
import { useMinuteClock } from '@client/lib/use-minute-clock';
import { useDensity } from '@client/lib/stores/density';
import { useT } from '@client/i18n/language';
import { listWords } from './messages';
import { PledgeRow } from './pledge-row';
import type { PledgeRowsProps } from './plain-pledge-rows';

const ROW_GAP = 12;

/**
 * Row sizes measured in earlier visits to a view, so that coming back to it (the router restores
 * the scroll position) lands on the same rows rather than on estimates. A few views are kept.
 */
const measurements = new Map<string, VirtualItem[]>();
const KEPT_VIEWS = 5;

function remember(viewKey: string, items: VirtualItem[]): void {
  measurements.delete(viewKey);
  measurements.set(viewKey, items);
  while (measurements.size > KEPT_VIEWS) measurements.delete(measurements.keys().next().value!);
}

/** Where the list starts on the page, kept current as content above it changes height. */
function useOffsetTop(ref: React.RefObject<HTMLElement | null>): number {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setTop(Math.round(el.getBoundingClientRect().top + window.scrollY));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return top;
}

export default function VirtualPledgeRows({
  viewKey,
  items,
  total,
  hasMore,
  loadMore,
  loadingMore,
  renderActions,
  asOf,
}: PledgeRowsProps & { viewKey: string }) {
  const density = useDensity((s) => s.density);
  const t = useT();
  const cacheKey = `${density}:${viewKey}`;
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useOffsetTop(listRef);
  const nowMs = useMinuteClock();
  const virtualizer = useWindowVirtualizer({
    count: items.length + (hasMore ? 1 : 0),
    estimateSize: () => (density === 'compact' ? 68 : 128),
    overscan: 6,
    gap: ROW_GAP,
    scrollMargin,
    getItemKey: (index) => items[index]?.id ?? 'more',
    initialMeasurementsCache: measurements.get(cacheKey),
  });

  useEffect(() => () => remember(cacheKey, virtualizer.measurementsCache), [cacheKey, virtualizer]);
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.length ? virtualItems[virtualItems.length - 1]!.index : -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) loadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, loadMore]);

  return (
    <ul
      ref={listRef}
      className={`pledge-list is-virtual density-${density}`}
      aria-label={t(listWords.list)}
      style={{ height: virtualizer.getTotalSize() }}
    >
      {virtualItems.map((row) => {
        const pledge = items[row.index];
        return (
          <li
            key={row.key}
            ref={virtualizer.measureElement}
            data-index={row.index}
            className="pledge-list-item"
            style={{ transform: `translateY(${row.start - scrollMargin}px)` }}
            aria-setsize={total}
            aria-posinset={row.index + 1}
          >
            {pledge ? (
              <PledgeRow
                pledge={pledge}
                nowMs={viewMoment(pledge.timeZone, asOf, nowMs)}
                renderActions={renderActions}
              />
            ) : (
              <SkeletonRow />
            )}
          </li>
        );
      })}
    </ul>
  );
}
