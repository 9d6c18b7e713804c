import { Link } from '@tanstack/react-router';
import { PageHeading } from '@client/components/page-heading';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { useT } from '@client/i18n/language';
import { paths } from '../paths';
import { notFoundWords as words } from './not-found.messages';

export function NotFoundPage({ kind }: { kind: 'page' | 'pledge' }) {
  const t = useT();
  useDocumentTitle(t(kind === 'pledge' ? words.pledgeTitle : words.pageTitle));
  return (
    <div className="not-found">
      <PageHeading>{t(kind === 'pledge' ? words.pledgeHeading : words.pageHeading)}</PageHeading>
      <p>{t(kind === 'pledge' ? words.pledgeText : words.pageText)}</p>
      <p>
        <Link to={paths.home} className="button">
          {t(words.seeAll)}
        </Link>
      </p>
    </div>
  );
}
