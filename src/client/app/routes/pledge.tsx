// "/pledges/$id": the detail page. Only this small definition is in the home bundle; the page
// itself is loaded when first needed (or when a link to it is hovered).
import { createRoute } from '@tanstack/react-router';
import { pledgeIdSchema } from '@shared/contract';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { paths } from '../paths';
import { rootRoute } from './root';

export const pledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.pledge,
  // Start fetching while the page's code loads. Failures are the page's to show, so never throw here.
  loader: ({ context, params }) => {
    if (pledgeIdSchema.safeParse(params.id).success)
      void context.queryClient.prefetchQuery(pledgeDetailOptions(params.id));
  },
}).lazy(() => import('./pledge-page').then((m) => m.Route));
