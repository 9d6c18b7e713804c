// "← All pledges": the way back from a page off the list, to the view the reader came from.
import { Link } from '@tanstack/react-router';
import { useLastListSearch } from '@client/lib/stores/last-list-search';
import { paths } from '../paths';

export function BackToList() {
  const lastSearch = useLastListSearch((s) => s.filters);
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <Link to={paths.home} search={lastSearch}>
        <span aria-hidden="true">← </span>All pledges
      </Link>
    </nav>
  );
}
