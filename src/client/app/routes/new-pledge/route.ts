// "/pledges/new": record a pledge by hand. Only this definition is in the home bundle; the form
// (and the deadline-words reader it loads) come when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const newPledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.newPledge,
}).lazy(() => import('./page').then((m) => m.Route));
