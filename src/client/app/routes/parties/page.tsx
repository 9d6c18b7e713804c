// The Parties page: the parties feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { PartiesView } from '@client/features/parties/parties-view';
import { SidePageByRole } from '../side-page';
import { partiesRoute } from './route';

const LEDE = 'Who made and received the pledges, and how they kept them.';

function PartiesPage() {
  return (
    <SidePageByRole
      title="Parties"
      lede={{ editor: `${LEDE} Rename a party, or merge a duplicate into the party it names.`, reader: LEDE }}
    >
      {(canEdit) => <PartiesView canEdit={canEdit} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(partiesRoute.id)({ component: PartiesPage });
