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
import { NotFoundPage } from '../not-found';
import { editPledgeRoute } from './route';

function EditPledgePage() {
  return (
    <EditorsOnly doing="edit this pledge">
      <EditPledgeContent />
    </EditorsOnly>
  );
}

function EditPledgeContent() {
  const { id } = editPledgeRoute.useParams();
  const validId = isPledgeId(id);
  const query = useQuery({ ...pledgeDetailOptions(id), enabled: validId });
  useDocumentTitle(query.data ? `Edit: ${query.data.title}` : 'Edit pledge');
  if (!validId || (isApiError(query.error) && query.error.status === 404)) return <NotFoundPage kind="pledge" />;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.pledge} params={{ id }}>
          <span aria-hidden="true">← </span>
          {query.data?.title ?? 'The pledge'}
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>Edit pledge</PageHeading>
        <p className="lede">Every change is kept in the pledge’s history, with your name and the old values.</p>
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
