// "/admin": people, invites and who may read the tracker (admins). Lazy, like the other side pages.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const adminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.admin,
}).lazy(() => import('./page').then((m) => m.Route));
