// The Parties page: the parties feature under the page's heading.
import { createLazyRoute, Link } from '@tanstack/react-router';
import { PageHeading } from '../../components/page-heading';
import { PartiesView } from '../../features/parties/parties-view';
import { useLastListSearch } from '../../lib/stores/last-list-search';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../paths';

function PartiesPage() {
  const lastSearch = useLastListSearch((s) => s.filters);
  useDocumentTitle('Parties');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.home} search={lastSearch}>
          <span aria-hidden="true">← </span>All pledges
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>Parties</PageHeading>
        <p className="lede">Who made and received the pledges, and how they kept them. Rename a party, or merge a duplicate into the party it names.</p>
      </div>
      <PartiesView />
    </>
  );
}

export const Route = createLazyRoute('/parties')({ component: PartiesPage });
