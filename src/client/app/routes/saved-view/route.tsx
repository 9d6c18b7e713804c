// "/v/$slug": a saved view's short link; it opens the full view (see OpenSavedView).
import { createRoute } from '@tanstack/react-router';
import { OpenSavedView } from '@client/features/saved-views/open-saved-view';
import { paths } from '@client/app/paths';
import { rootRoute } from '../root';

export const savedViewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: paths.savedView,
  component: function SavedViewPage() {
    const { slug } = savedViewRoute.useParams();
    return <OpenSavedView slug={slug} />;
  },
});
