// "/confirm-email#token=…": the link sent to a new email confirms it. Open to everyone, even on a
// private tracker: the link may be opened in a browser that is not signed in.
// The page (page.tsx) comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.confirmEmail,
}).lazy(() => import('./page').then((m) => m.Route));
