// "/pledges/$id": the detail page. Only this small definition is in the home bundle; the page
// itself (page.tsx) is loaded when first needed, or when a link to it is hovered.
import { createRoute } from '@tanstack/react-router';
import { isPledgeId } from '@shared/contract';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { paths } from '@client/app/paths';
import { rootRoute, type RouterContext } from '../root';

/** Starts fetching the pledge while the page's code loads. Failures are the page's to show: nothing is thrown. */
export function loadPledge({ context, params }: { context: RouterContext; params: { id: string } }): void {
  if (isPledgeId(params.id)) context.queryClient.ensureQueryData(pledgeDetailOptions(params.id)).catch(() => undefined);
}

export const pledgeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.pledge,
  loader: loadPledge,
}).lazy(() => import('./page').then((m) => m.Route));
