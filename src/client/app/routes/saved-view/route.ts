// "/v/$slug": a saved view's short link; it opens the full view (see OpenSavedView). Only this
// definition is in the home bundle; the page (page.tsx) comes when a short link is opened.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const savedViewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.savedView,
}).lazy(() => import('./page').then((m) => m.Route));
