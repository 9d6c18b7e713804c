// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute } from '@tanstack/react-router';
import { TrashList } from '@client/features/keeping/trash-list';
import { useCan } from '@client/lib/session';
import { SidePage } from '../side-page';
import { trashRoute } from './route';

function TrashPage() {
  const can = useCan();
  return (
    <SidePage
      title="Trash"
      lede={
        can.edit
          ? 'Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.'
          : 'Pledges taken out of the lists, with their whole history. Editors can bring them back.'
      }
    >
      <TrashList canRestore={can.edit} />
    </SidePage>
  );
}

export const Route = createLazyRoute(trashRoute.id)({ component: TrashPage });
