// "/": the pledges (a list or a timeline). Its view (filters, order, search text, as-of day,
// presentation) lives in the URL and is read once per address (list-search.ts): a bad parameter is
// dropped and reported, never a crash. The loader starts the view's fetch as soon as the address
// changes; the page keeps the previous list on screen until the new one arrives. The page is not
// lazy: it is the first page most visits open, so its code comes with the app.
import { createRoute } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import { dataFilters, DEFAULT_ZOOM, serializeFilters, type Pledge, type PledgeFilters } from '@shared/contract';
import { formatDateIn } from '@shared/i18n';
import { PageHeading } from '@client/components/page-heading';
import { ExportMenu } from '@client/features/export/export-menu';
import { ActiveFilters } from '@client/features/pledges/active-filters';
import { FilterBar, withoutFilters, type ChangeFilters } from '@client/features/pledges/filter-bar';
import { LinkProblemsNotice } from '@client/features/pledges/link-problems-notice';
import { PledgeList } from '@client/features/pledges/pledge-list';
import { ListLoading } from '@client/features/pledges/list-states';
import { ViewModeSwitch } from '@client/features/pledges/view-mode-switch';
import { SaveViewButton } from '@client/features/saved-views/save-view-button';
import { ShareView } from '@client/features/share/share-view';
import { MarkVerdictButton } from '@client/features/verdicts/mark-verdict-button';
import { pledgeListOptions } from '@client/lib/endpoints/pledge-list';
import { useCan } from '@client/lib/session';
import { useLastListSearch } from '@client/lib/stores/last-list-search';
import { useSearchNotice } from '@client/lib/stores/search-notice';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { paths } from '@client/app/paths';
import { shellWords } from '@client/app/messages';
import { useT } from '@client/i18n/language';
import { homeWords } from './messages';
import { rootRoute } from '../root';
import { readListSearch } from './list-search';

// The timeline is drawn only for view=timeline: its code comes when first needed.
// Only a link to the record as of a past day shows the banner, so its code comes with such a link.
const AsOfBanner = lazy(() => import('@client/features/pledges/as-of-banner').then((m) => ({ default: m.AsOfBanner })));
const PledgeTimeline = lazy(() =>
  import('@client/features/timeline/pledge-timeline').then((m) => ({ default: m.PledgeTimeline })),
);

/** The row action of today's list; defined once, so list rows stay memoized across renders. */
const quickVerdict = (pledge: Pledge) => <MarkVerdictButton pledge={pledge} variant="quiet" />;

function HomePage() {
  // The router keeps raw keys beside the validated ones; the parse of this address has the filters alone.
  const filters = readListSearch(homeRoute.useSearch()).filters;
  const navigate = homeRoute.useNavigate();
  const remember = useLastListSearch((s) => s.remember);
  const clearNotice = useSearchNotice((s) => s.clear);
  const can = useCan();
  const t = useT();
  const title = filters.asOf
    ? t(homeWords.titleAsOf, { date: formatDateIn(t.locale, filters.asOf) })
    : t(homeWords.title);
  useDocumentTitle(title);

  useEffect(() => remember(filters), [filters, remember]);

  const change: ChangeFilters = (next: PledgeFilters, options) => {
    clearNotice();
    // Another drawing of the same pledges (list or timeline, a zoom) keeps the reader where they are.
    const samePledges =
      serializeFilters(dataFilters(next)).toString() === serializeFilters(dataFilters(filters)).toString();
    void navigate({ search: next, replace: options?.replace, resetScroll: !samePledges });
  };

  return (
    <>
      <div className="page-intro">
        <PageHeading>{t(homeWords.heading)}</PageHeading>
        <p className="lede">{t(homeWords.lede)}</p>
      </div>
      <LinkProblemsNotice />
      {filters.asOf ? (
        <Suspense fallback={null}>
          <AsOfBanner asOf={filters.asOf} onBackToToday={() => change({ ...filters, asOf: undefined })} />
        </Suspense>
      ) : null}
      <FilterBar filters={filters} onChange={change} />
      <div className="view-bar">
        <ViewModeSwitch filters={filters} onChange={change} />
        <ActiveFilters filters={filters} onChange={change} />
        {can.edit ? <SaveViewButton filters={filters} /> : null}
        <ShareView title={t(shellWords.titled, { title, appName: t(shellWords.appName) })} />
      </div>
      <ExportMenu filters={filters} />
      {filters.view === 'timeline' ? (
        <Suspense fallback={<ListLoading />}>
          <PledgeTimeline
            filters={filters}
            zoom={filters.zoom ?? DEFAULT_ZOOM}
            onZoomChange={(zoom) => change({ ...filters, zoom: zoom === DEFAULT_ZOOM ? undefined : zoom })}
          />
        </Suspense>
      ) : (
        <PledgeList
          filters={filters}
          onClearFilters={() => change(withoutFilters(filters))}
          // A view of the past is for reading: verdicts are given in today's view, by editors.
          renderActions={filters.asOf || !can.edit ? undefined : quickVerdict}
        />
      )}
    </>
  );
}

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.home,
  validateSearch: (raw: Record<string, unknown>): PledgeFilters => readListSearch(raw).filters,
  // The router keeps raw keys next to the validated ones; a list URL holds valid filters only.
  search: { middlewares: [({ search, next }) => readListSearch(next(search)).filters] },
  // Only the data filters choose the pledges: another presentation (list, timeline, zoom) fetches nothing.
  loaderDeps: ({ search }) => dataFilters(readListSearch(search).filters),
  // Start the view's fetch; the page shows it as it comes (and keeps the previous list meanwhile), so
  // navigation never waits for it. A failure is the list's to show, so nothing is thrown here.
  loader: ({ context, deps }) => {
    context.queryClient.ensureInfiniteQueryData(pledgeListOptions(deps)).catch(() => undefined);
  },
  component: HomePage,
});
