// "/parties": every party with its record, to rename and merge. Only this definition is in the
// home bundle; the page comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { parsePartiesSearch, type PartiesSearch } from '@client/features/parties/parties-search';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const partiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.parties,
  // The search and the order live in the URL, so a link shows the same table.
  validateSearch: (raw: Record<string, unknown>): PartiesSearch => parsePartiesSearch(raw),
  // The router keeps raw keys beside the validated ones: the page's URL holds valid ones only.
  search: { middlewares: [({ search, next }) => parsePartiesSearch(next(search) as Record<string, unknown>)] },
}).lazy(() => import('./page').then((m) => m.Route));
