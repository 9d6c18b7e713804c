// The router: the route tree, the URL format (plain `key=a,b` search strings), and the history
// (browser history normally, hash history in the demo build so any static host can serve it).
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { homeRoute } from './routes/home/route';
import { intakeRoute } from './routes/intake/route';
import { editPledgeRoute } from './routes/edit-pledge/route';
import { newPledgeRoute } from './routes/new-pledge/route';
import { partiesRoute } from './routes/parties/route';
import { pledgeRoute } from './routes/pledge/route';
import { rootRoute } from './routes/root';
import { savedViewRoute } from './routes/saved-view/route';
import { trashRoute } from './routes/trash/route';
import { accountRoute } from './routes/account/route';
import { adminRoute } from './routes/admin/route';
import { inviteRoute } from './routes/invite/route';
import { confirmEmailRoute } from './routes/confirm-email/route';
import { signInRoute } from './routes/sign-in/route';
import { welcomeRoute } from './routes/welcome/route';
import { RouteError } from './routes/route-error';
import { watchSearchProblems } from './routes/home/list-search';
import { parseSearch, stringifySearch } from './search-serialization';

const routeTree = rootRoute.addChildren([
  homeRoute,
  newPledgeRoute,
  pledgeRoute,
  editPledgeRoute,
  intakeRoute,
  partiesRoute,
  savedViewRoute,
  trashRoute,
  signInRoute,
  welcomeRoute,
  inviteRoute,
  confirmEmailRoute,
  accountRoute,
  adminRoute,
]);

export function createAppRouter({ queryClient, history }: { queryClient: QueryClient; history?: RouterHistory }) {
  const router = createRouter({
    routeTree,
    history,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    defaultPreload: 'intent',
    // TanStack Query owns caching; the router only starts fetches.
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultErrorComponent: RouteError,
  });
  watchSearchProblems(router);
  return router;
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
