// The new-pledge page: the "editing" feature's form under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { EditorsOnly } from '@client/features/account/access-panels';
import { NewPledgeView } from '@client/features/editing/new-pledge-view';
import { SidePage } from '../side-page';
import { newPledgeRoute } from './route';

function NewPledgePage() {
  return (
    <EditorsOnly doing="record a pledge">
      <SidePage
        title="New pledge"
        lede="Who promised what, to whom, by when — in your words, with the words that were said."
      >
        <NewPledgeView />
      </SidePage>
    </EditorsOnly>
  );
}

export const Route = createLazyRoute(newPledgeRoute.id)({ component: NewPledgePage });
