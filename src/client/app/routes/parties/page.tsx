// The Parties page: the parties feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { PartiesView } from '@client/features/parties/parties-view';
import { useCan } from '@client/lib/session';
import { SidePage } from '../side-page';
import { partiesRoute } from './route';

function PartiesPage() {
  const can = useCan();
  return (
    <SidePage
      title="Parties"
      lede={
        can.edit
          ? 'Who made and received the pledges, and how they kept them. Rename a party, or merge a duplicate into the party it names.'
          : 'Who made and received the pledges, and how they kept them.'
      }
    >
      <PartiesView canEdit={can.edit} />
    </SidePage>
  );
}

export const Route = createLazyRoute(partiesRoute.id)({ component: PartiesPage });
