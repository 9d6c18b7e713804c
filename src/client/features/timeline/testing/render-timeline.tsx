// Mounts the timeline alone at a URL, with a router (its own "/" and "/pledges/$id") and a fresh
// query cache, for tests until the home page draws it.
import '@testing-library/jest-dom/vitest';
import { QueryClientProvider } from '@tanstack/react-query';
import { createMemoryHistory, createRootRoute, createRoute, createRouter, Outlet, RouterProvider } from '@tanstack/react-router';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { DEFAULT_ZOOM, type PledgeFilters } from '../../../../shared/contract';
import { createQueryClient } from '../../../app/query-client';
import { filtersOf, parseSearch, stringifySearch } from '../../../app/search-serialization';
import { pinClock, unpinClock } from '../../../lib/clock';
import { PledgeTimeline } from '../pledge-timeline';

export function renderTimeline(url: string, options: { now?: string } = {}) {
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  if (options.now) pinClock(options.now);
  const rootRoute = createRootRoute({ component: Outlet });
  const home = createRoute({
    getParentRoute: () => rootRoute,
    path: '/',
    validateSearch: (raw: Record<string, unknown>): PledgeFilters => filtersOf(raw),
    component: function Home() {
      const filters = home.useSearch();
      const navigate = home.useNavigate();
      return (
        <PledgeTimeline
          filters={filters}
          zoom={filters.zoom ?? DEFAULT_ZOOM}
          onZoomChange={(zoom) => void navigate({ search: { ...filters, zoom: zoom === DEFAULT_ZOOM ? undefined : zoom } })}
        />
      );
    },
  });
  const pledge = createRoute({ getParentRoute: () => rootRoute, path: '/pledges/$id', component: () => <h1>A pledge</h1> });
  const queryClient = createQueryClient({ retry: false });
  const router = createRouter({
    routeTree: rootRoute.addChildren([home, pledge]),
    history: createMemoryHistory({ initialEntries: [url] }),
    parseSearch,
    stringifySearch,
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      {/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- a router of its own, not the app's registered one */}
      <RouterProvider router={router as any} />
    </QueryClientProvider>,
  );
  return { ...view, user, router, queryClient };
}

afterEach(() => {
  cleanup();
  unpinClock();
});
