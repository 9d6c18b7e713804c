// "/pledges/$id/edit": change any field of a pledge. The form (page.tsx) comes when first needed;
// the pledge it starts from is fetched meanwhile, as for the detail page.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { loadPledge } from '../pledge/route';
import { rootRoute } from '../root';

export const editPledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.editPledge,
  loader: loadPledge,
}).lazy(() => import('./page').then((m) => m.Route));
