// The Parties page: the parties feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { PartiesView } from '@client/features/parties/parties-view';
import { useT } from '@client/i18n/language';
import { partiesPageWords } from './messages';
import { SidePageByRole } from '../side-page';
import { partiesRoute } from './route';

function PartiesPage() {
  const t = useT();
  return (
    <SidePageByRole
      title={t(partiesPageWords.title)}
      lede={{ editor: t(partiesPageWords.ledeEditor), reader: t(partiesPageWords.ledeReader) }}
    >
      {(canEdit) => <PartiesView canEdit={canEdit} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(partiesRoute.id)({ component: PartiesPage });
