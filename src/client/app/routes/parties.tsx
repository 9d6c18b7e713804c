// "/parties": every party with its record, to rename and merge. Only this definition is in the
// home bundle; the page comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '../paths';
import { rootRoute } from './root';

export const partiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.parties,
}).lazy(() => import('./parties-page').then((m) => m.Route));
