// The edit page: the "editing" feature's form for one pledge, under its heading.
import { useQuery } from '@tanstack/react-query';
import { createLazyRoute, Link } from '@tanstack/react-router';
import { isPledgeId } from '@shared/contract';
import { PageHeading } from '@client/components/page-heading';
import { EditorsOnly } from '@client/features/account/access-panels';
import { EditPledgeView } from '@client/features/editing/edit-pledge-view';
import { TrashedNotice } from '@client/features/keeping/trashed-notice';
import { isApiError } from '@client/lib/api-client';
import { pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { paths } from '@client/app/paths';
import { useT } from '@client/i18n/language';
import { routeWords } from '../messages';
import { editPageWords } from './messages';
import { NotFoundPage } from '../not-found';
import { editPledgeRoute } from './route';

function EditPledgePage() {
  return (
    <EditorsOnly doing="edit">
      <EditPledgeContent />
    </EditorsOnly>
  );
}

function EditPledgeContent() {
  const { id } = editPledgeRoute.useParams();
  const validId = isPledgeId(id);
  const query = useQuery({ ...pledgeDetailOptions(id), enabled: validId });
  const t = useT();
  useDocumentTitle(query.data ? t(editPageWords.titleOf, { title: query.data.title }) : t(editPageWords.title));
  if (!validId || (isApiError(query.error) && query.error.status === 404)) return <NotFoundPage kind="pledge" />;
  return (
    <>
      <nav aria-label={t(routeWords.breadcrumb)} className="breadcrumb">
        <Link to={paths.pledge} params={{ id }}>
          <span aria-hidden="true">← </span>
          {query.data?.title ?? t(editPageWords.back)}
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>{t(editPageWords.heading)}</PageHeading>
        <p className="lede">{t(editPageWords.lede)}</p>
      </div>
      <EditPledgeView
        id={id}
        whenTrashed={({ trashed, onRestored }) => (
          <TrashedNotice id={id} trashed={trashed} canRestore level={2} whileEditing onRestored={onRestored} />
        )}
      />
    </>
  );
}

export const Route = createLazyRoute(editPledgeRoute.id)({ component: EditPledgePage });
