// "/intake": add pledges from an article. Only this definition is in the home bundle; the page,
// and the extractor it loads, come when first needed.
import { createRoute } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const intakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.intake,
}).lazy(() => import('./page').then((m) => m.Route));
