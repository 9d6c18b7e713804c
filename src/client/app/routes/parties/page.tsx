// The Parties page: the parties feature under the page's heading.
import { createLazyRoute } from '@tanstack/react-router';
import { PartiesView } from '@client/features/parties/parties-view';
import { useT } from '@client/i18n/language';
import { pageWords } from '../messages';
import { SidePageByRole } from '../side-page';
import { partiesRoute } from './route';

function PartiesPage() {
  const t = useT();
  return (
    <SidePageByRole
      title={t(pageWords.partiesTitle)}
      lede={{ editor: t(pageWords.partiesLedeEditor), reader: t(pageWords.partiesLedeReader) }}
    >
      {(canEdit) => <PartiesView canEdit={canEdit} />}
    </SidePageByRole>
  );
}

export const Route = createLazyRoute(partiesRoute.id)({ component: PartiesPage });
