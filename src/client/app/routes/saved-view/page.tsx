// The short link's page: the "saved-views" feature opens the view it names.
import { createLazyRoute } from '@tanstack/react-router';
import { OpenSavedView } from '@client/features/saved-views/open-saved-view';
import { savedViewRoute } from './route';

function SavedViewPage() {
  const { slug } = savedViewRoute.useParams();
  return <OpenSavedView slug={slug} />;
}

export const Route = createLazyRoute(savedViewRoute.id)({ component: SavedViewPage });
