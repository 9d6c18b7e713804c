// "/pledges/$id/edit": change any field of a pledge. The form comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '../paths';
import { rootRoute } from './root';

export const editPledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.editPledge,
}).lazy(() => import('./edit-pledge-page').then((m) => m.Route));
