// "/invite#token=…": an invite link; whoever has it chooses a name, email and password.
// The page (page.tsx) comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const inviteRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.invite,
}).lazy(() => import('./page').then((m) => m.Route));
