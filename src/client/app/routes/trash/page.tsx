// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute } from '@tanstack/react-router';
import { TrashList } from '@client/features/keeping/trash-list';
import { useT } from '@client/i18n/language';
import { trashPageWords } from './messages';
import { SidePageByRole } from '../side-page';
import { trashRoute } from './route';

function TrashPage() {
  const t = useT();
  return (
    <SidePageByRole
      title={t(trashPageWords.title)}
      lede={{ editor: t(trashPageWords.ledeEditor), reader: t(trashPageWords.ledeReader) }}
    >
      {(canRestore) => <TrashList canRestore={canRestore} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(trashRoute.id)({ component: TrashPage });
