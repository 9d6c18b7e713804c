// "/welcome#token=…": the owner's first sign-in link, then choosing an email and a password.
// Lazy, like the other side pages.
import { createRoute } from '@tanstack/react-router';
import { paths } from '../paths';
import { rootRoute } from './root';

export const welcomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.welcome,
}).lazy(() => import('./welcome-page').then((m) => m.Route));
