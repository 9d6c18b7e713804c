// "/": the list (or timeline). Its view (filters, order, search text, as-of day, presentation)
// lives in the URL, validated with the shared filter parser: a bad parameter is dropped (and
// reported), never a crash.
import { createRoute } from '@tanstack/react-router';
import type { PledgeFilters } from '@shared/contract';
import { paths } from '../paths';
import { filtersOf } from '../search-serialization';
import { HomePage } from './home-page';
import { rootRoute } from './root';

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.home,
  validateSearch: (raw: Record<string, unknown>): PledgeFilters => filtersOf(raw),
  // The router keeps raw keys next to the validated ones; a list URL holds valid filters only.
  search: { middlewares: [({ search, next }) => filtersOf(next(search))] },
  component: HomePage,
});
