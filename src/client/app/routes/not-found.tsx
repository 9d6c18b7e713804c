import { Link } from '@tanstack/react-router';
import { PageHeading } from '@client/components/page-heading';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { paths } from '../paths';

export function NotFoundPage({ kind }: { kind: 'page' | 'pledge' }) {
  useDocumentTitle(kind === 'pledge' ? 'Pledge not found' : 'Page not found');
  return (
    <div className="not-found">
      <PageHeading>{kind === 'pledge' ? 'No pledge here' : 'No page here'}</PageHeading>
      <p>
        {kind === 'pledge'
          ? 'There is no pledge at this address. It may have been mistyped, or the link may be older than the pledge.'
          : 'Nothing lives at this address. It may have been mistyped.'}
      </p>
      <p>
        <Link to={paths.home} className="button">
          See all pledges
        </Link>
      </p>
    </div>
  );
}
