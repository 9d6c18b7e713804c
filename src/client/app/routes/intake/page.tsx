// The intake page: the "Add from article" feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { EditorsOnly } from '@client/features/account/access-panels';
import { IntakeView } from '@client/features/intake/intake-view';
import { SidePage } from '../side-page';
import { intakeRoute } from './route';

function IntakePage() {
  return (
    <EditorsOnly doing="add pledges from an article">
      <SidePage
        title="Add from article"
        lede="Paste a news story: its commitments, deadlines and sums are found for you to review before anything is saved."
      >
        <IntakeView />
      </SidePage>
    </EditorsOnly>
  );
}

export const Route = createLazyRoute(intakeRoute.id)({ component: IntakePage });
