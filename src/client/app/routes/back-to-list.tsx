// "← All pledges": the way back from a page off the list, to the view the reader came from.
import { Link } from '@tanstack/react-router';
import { useLastListSearch } from '@client/lib/stores/last-list-search';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { paths } from '../paths';
import { routeWords } from './messages';

export function BackToList() {
  const lastSearch = useLastListSearch((s) => s.filters);
  const t = useT();
  return (
    <nav aria-label={t(routeWords.breadcrumb)} className="breadcrumb">
      <Link to={paths.home} search={lastSearch}>
        <span aria-hidden="true">← </span>
        {t(commonWords.allPledges)}
      </Link>
    </nav>
  );
}
