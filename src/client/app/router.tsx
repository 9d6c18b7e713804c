// The router: the route tree, the URL format (plain `key=a,b` search strings), and the history
// (browser history normally, hash history in the demo build so any static host can serve it).
import { createRouter, type RouterHistory } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { homeRoute } from './routes/home';
import { intakeRoute } from './routes/intake';
import { editPledgeRoute } from './routes/edit-pledge';
import { newPledgeRoute } from './routes/new-pledge';
import { partiesRoute } from './routes/parties';
import { pledgeRoute } from './routes/pledge';
import { rootRoute } from './routes/root';
import { savedViewRoute } from './routes/saved-view';
import { trashRoute } from './routes/trash';
import { accountRoute } from './routes/account';
import { adminRoute } from './routes/admin';
import { inviteRoute } from './routes/invite';
import { signInRoute } from './routes/sign-in';
import { welcomeRoute } from './routes/welcome';
import { NotFoundPage } from './routes/not-found';
import { RouteError } from './routes/route-error';
import { watchSearchProblems } from './search-problems';
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
    defaultNotFoundComponent: () => <NotFoundPage kind="page" />,
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
