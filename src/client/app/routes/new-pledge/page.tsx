// The new-pledge page: the "editing" feature's form under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { EditorsOnly } from '@client/features/account/access-panels';
import { NewPledgeView } from '@client/features/editing/new-pledge-view';
import { useT } from '@client/i18n/language';
import { newPageWords } from './messages';
import { SidePage } from '../side-page';
import { newPledgeRoute } from './route';

function NewPledgePage() {
  const t = useT();
  return (
    <EditorsOnly doing="record">
      <SidePage title={t(newPageWords.title)} lede={t(newPageWords.lede)}>
        <NewPledgeView />
      </SidePage>
    </EditorsOnly>
  );
}

export const Route = createLazyRoute(newPledgeRoute.id)({ component: NewPledgePage });
