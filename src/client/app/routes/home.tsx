// "/": the list. Its view (filters, order, search text) lives in the URL, validated with the
// shared filter parser: a bad parameter is dropped (and reported), never a crash.
import { createRoute } from '@tanstack/react-router';
import { parseFilters, type PledgeFilters } from '../../../shared/contract';
import { paths } from '../paths';
import { HomePage } from './home-page';
import { rootRoute } from './root';

export const homeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.home,
  validateSearch: (raw: Record<string, unknown>): PledgeFilters => parseFilters(raw).filters,
  component: HomePage,
});
