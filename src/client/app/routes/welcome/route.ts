// "/welcome#token=…": the owner's first sign-in link, then choosing an email and a password.
// The page (page.tsx) comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const welcomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.welcome,
}).lazy(() => import('./page').then((m) => m.Route));
