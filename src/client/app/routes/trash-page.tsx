// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute } from '@tanstack/react-router';
import { TrashList } from '../../features/keeping/trash-list';
import { SidePage } from './side-page';

function TrashPage() {
  return (
    <SidePage title="Trash" lede="Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.">
      <TrashList />
    </SidePage>
  );
}

export const Route = createLazyRoute('/trash')({ component: TrashPage });
