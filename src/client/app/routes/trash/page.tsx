// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute } from '@tanstack/react-router';
import { TrashList } from '@client/features/keeping/trash-list';
import { useT } from '@client/i18n/language';
import { pageWords } from '../messages';
import { SidePageByRole } from '../side-page';
import { trashRoute } from './route';

function TrashPage() {
  const t = useT();
  return (
    <SidePageByRole
      title={t(pageWords.trashTitle)}
      lede={{ editor: t(pageWords.trashLedeEditor), reader: t(pageWords.trashLedeReader) }}
    >
      {(canRestore) => <TrashList canRestore={canRestore} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(trashRoute.id)({ component: TrashPage });
