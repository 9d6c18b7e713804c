// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute } from '@tanstack/react-router';
import { TrashList } from '@client/features/keeping/trash-list';
import { SidePageByRole } from '../side-page';
import { trashRoute } from './route';

function TrashPage() {
  return (
    <SidePageByRole
      title="Trash"
      lede={{
        editor:
          'Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.',
        reader: 'Pledges taken out of the lists, with their whole history. Editors can bring them back.',
      }}
    >
      {(canRestore) => <TrashList canRestore={canRestore} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(trashRoute.id)({ component: TrashPage });
