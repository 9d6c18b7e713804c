// The list of pledges for a view: a count, the rows, and designed loading, empty and error
// states. One page (up to 50) renders as is; a longer view pages through the API with a cursor
// as the reader scrolls, virtualized so only rows near the viewport are in the DOM (10,000
// pledges stay smooth). The virtualizer is loaded only when a view is that long.
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { dataFilters, type Pledge, type PledgeFilters } from '@shared/contract';
import { ErrorState } from '@client/components/error-state';
import { errorMessage } from '@client/lib/api-client';
import { pledgeListOptions } from '@client/lib/endpoints/pledge-list';
import { useT } from '@client/i18n/language';
import { useDensity } from '@client/lib/stores/density';
import { Button } from '@client/components/button';
import { stateWords } from '@client/components/messages';
import { hasActiveFilters } from './filter-bar';
import { ListEmpty, ListLoading } from './list-states';
import { listWords } from './messages';
import { PlainPledgeRows } from './plain-pledge-rows';
import './pledge-list.css';

interface PledgeListProps {
  filters: PledgeFilters;
  onClearFilters: () => void;
  /** Extra controls for a row (e.g. a quick "Mark verdict"), supplied by the page. */
  renderActions?: (pledge: Pledge) => ReactNode;
}

function DensityToggle() {
  const density = useDensity((s) => s.density);
  const setDensity = useDensity((s) => s.setDensity);
  const t = useT();
  return (
    <fieldset className="segmented">
      <legend className="visually-hidden">{t(listWords.rowSpacing)}</legend>
      {(['comfortable', 'compact'] as const).map((d) => (
        <label key={d} className="segment">
          <input type="radio" name="density" value={d} checked={density === d} onChange={() => setDensity(d)} />
          <span>{t(d === 'comfortable' ? listWords.comfortable : listWords.compact)}</span>
        </label>
      ))}
    </fieldset>
  );
}

const VirtualPledgeRows = lazy(() => import('./virtual-pledge-rows'));

export function PledgeList({ filters, onClearFilters, renderActions }: PledgeListProps) {
  const query = useInfiniteQuery(pledgeListOptions(dataFilters(filters)));
  const filtered = hasActiveFilters(filters);
  const t = useT();

  if (query.isPending) return <ListLoading />;
  if (query.isError && !query.data) {
    return (
      <ErrorState
        title={t(listWords.loadFailed)}
        message={errorMessage(query.error, t)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }

  const pages = query.data.pages;
  const items = pages.flatMap((p) => p.items);
  const total = pages[pages.length - 1]?.total ?? 0;
  const updating = query.isPlaceholderData;
  const long = pages.length > 1 || query.hasNextPage;

  return (
    <section className="results" aria-labelledby="results-count" aria-busy={updating || undefined}>
      <div className="results-bar">
        <p id="results-count" className="results-count" aria-live="polite">
          {t(filtered ? listWords.countMatching : listWords.count, { count: total })}
          {updating ? <span className="results-updating">{t(listWords.updating)}</span> : null}
        </p>
        <div className="results-tools">
          <DensityToggle />
        </div>
      </div>
      {total === 0 || items.length === 0 ? (
        <ListEmpty filtered={filtered} onClearFilters={onClearFilters} />
      ) : (
        <div className={updating ? 'results-body is-updating' : 'results-body'}>
          {long ? (
            <Suspense
              fallback={
                <PlainPledgeRows items={pages[0]?.items ?? []} renderActions={renderActions} asOf={filters.asOf} />
              }
            >
              <VirtualPledgeRows
                viewKey={JSON.stringify(dataFilters(filters))}
                items={items}
                total={total}
                hasMore={query.hasNextPage}
                loadMore={() => void query.fetchNextPage()}
                loadingMore={query.isFetchingNextPage || query.isFetchNextPageError}
                renderActions={renderActions}
                asOf={filters.asOf}
              />
            </Suspense>
          ) : (
            <PlainPledgeRows items={items} renderActions={renderActions} asOf={filters.asOf} />
          )}
          {query.isFetchNextPageError ? (
            <div className="load-more-error" role="alert">
              <p>{t(listWords.moreFailed, { reason: errorMessage(query.error, t) })}</p>
              <Button small onClick={() => void query.fetchNextPage()}>
                {t(stateWords.tryAgain)}
              </Button>
            </div>
          ) : null}
        </div>
      )}
    </section>
  );
}
