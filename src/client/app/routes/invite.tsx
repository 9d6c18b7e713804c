// "/invite#token=…": an invite link; whoever has it chooses a name, email and password.
// Lazy, like the other side pages.
import { createRoute } from '@tanstack/react-router';
import { paths } from '../paths';
import { rootRoute } from './root';

export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.invite,
}).lazy(() => import('./invite-page').then((m) => m.Route));
