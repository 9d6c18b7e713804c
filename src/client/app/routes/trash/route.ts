// "/trash": pledges taken out of the lists, ready to come back. Lazy, like the other side pages.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const trashRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.trash,
}).lazy(() => import('./page').then((m) => m.Route));
