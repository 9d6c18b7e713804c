// The intake page: the "Add from article" feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { IntakeView } from '../../features/intake/intake-view';
import { SidePage } from './side-page';

function IntakePage() {
  return (
    <SidePage title="Add from article" lede="Paste a news story: its commitments, deadlines and sums are found for you to review before anything is saved.">
      <IntakeView />
    </SidePage>
  );
}

export const Route = createLazyRoute('/intake')({ component: IntakePage });
