// The intake page: the "Add from article" feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { EditorsOnly } from '@client/features/account/access-panels';
import { IntakeView } from '@client/features/intake/intake-view';
import { useT } from '@client/i18n/language';
import { intakePageWords } from './messages';
import { SidePage } from '../side-page';
import { intakeRoute } from './route';

function IntakePage() {
  const t = useT();
  return (
    <EditorsOnly doing="intake">
      <SidePage title={t(intakePageWords.title)} lede={t(intakePageWords.lede)}>
        <IntakeView />
      </SidePage>
    </EditorsOnly>
  );
}

export const Route = createLazyRoute(intakeRoute.id)({ component: IntakePage });
