// The intake page: the "Add from article" feature under the page's heading.
import { createLazyRoute, Link } from '@tanstack/react-router';
import { PageHeading } from '../../components/page-heading';
import { IntakeView } from '../../features/intake/intake-view';
import { useLastListSearch } from '../../lib/stores/last-list-search';
import { useDocumentTitle } from '../../lib/use-document-title';
import { paths } from '../paths';

function IntakePage() {
  const lastSearch = useLastListSearch((s) => s.filters);
  useDocumentTitle('Add from article');
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={paths.home} search={lastSearch}>
          <span aria-hidden="true">← </span>All pledges
        </Link>
      </nav>
      <div className="page-intro">
        <PageHeading>Add from article</PageHeading>
        <p className="lede">Paste a news story: its commitments, deadlines and sums are found for you to review before anything is saved.</p>
      </div>
      <IntakeView />
    </>
  );
}

export const Route = createLazyRoute('/intake')({ component: IntakePage });
