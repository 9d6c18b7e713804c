// The new-pledge page: the "editing" feature's form under the page's heading.
import { createLazyRoute, Link } from '@tanstack/react-router';
import { PageHeading } from '../../components/page-heading';
import { NewPledgeView } from '../../features/editing/new-pledge-view';
import { useLastListSearch } from '../../lib/stores/last-list-search';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../paths';

function NewPledgePage() {
  const lastSearch = useLastListSearch((s) => s.filters);
  useDocumentTitle('New pledge');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.home} search={lastSearch}>
          <span aria-hidden="true">← </span>All pledges
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>New pledge</PageHeading>
        <p className="lede">Who promised what, to whom, by when — in your words, with the words that were said.</p>
      </div>
      <NewPledgeView />
    </>
  );
}

export const Route = createLazyRoute('/pledges/new')({ component: NewPledgePage });
