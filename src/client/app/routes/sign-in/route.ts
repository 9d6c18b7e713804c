// "/sign-in?next=/path": email and password. Only this definition is in the home bundle; the
// account feature's form comes when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export interface SignInSearch {
  /** Where to go once signed in; only a path on this site is followed. */
  next?: string;
}

export const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.signIn,
  validateSearch: (raw: Record<string, unknown>): SignInSearch =>
    typeof raw.next === 'string' && raw.next ? { next: raw.next } : {},
}).lazy(() => import('./page').then((m) => m.Route));
