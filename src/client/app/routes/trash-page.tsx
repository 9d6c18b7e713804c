// The trash page: the "keeping" feature's list of deleted pledges.
import { createLazyRoute, Link } from '@tanstack/react-router';
import { PageHeading } from '../../components/page-heading';
import { TrashList } from '../../features/keeping/trash-list';
import { useLastListSearch } from '../../lib/stores/last-list-search';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../paths';

function TrashPage() {
  const lastSearch = useLastListSearch((s) => s.filters);
  useDocumentTitle('Trash');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.home} search={lastSearch}>
          <span aria-hidden="true">← </span>All pledges
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>Trash</PageHeading>
        <p className="lede">Pledges taken out of the lists. Nothing here is lost: restore one and it comes back with its whole history.</p>
      </div>
      <TrashList />
    </>
  );
}

export const Route = createLazyRoute('/trash')({ component: TrashPage });
