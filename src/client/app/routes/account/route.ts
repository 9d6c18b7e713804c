// "/account": one's name, email, password, sessions and API tokens. Lazy, like the other side pages.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const accountRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.account,
}).lazy(() => import('./page').then((m) => m.Route));
