// The Parties page: the parties feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { PartiesView } from '../../features/parties/parties-view';
import { SidePage } from './side-page';

function PartiesPage() {
  return (
    <SidePage title="Parties" lede="Who made and received the pledges, and how they kept them. Rename a party, or merge a duplicate into the party it names.">
      <PartiesView />
    </SidePage>
  );
}

export const Route = createLazyRoute('/parties')({ component: PartiesPage });
