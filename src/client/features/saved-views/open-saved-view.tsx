// What the short link /v/<slug> shows: it fetches the saved view and replaces itself with the
// full view's URL (so the address bar, Back and Copy link hold the view), or says calmly that
// the view no longer exists.
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { parseFilters } from '@shared/contract';
import { ErrorState } from '@client/components/error-state';
import { PageHeading } from '@client/components/page-heading';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { viewOptions } from '@client/lib/endpoints/views';
import { paths } from '@client/app/paths';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { buttonClass } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { openingViewWords as words } from './opening.messages';

export function OpenSavedView({ slug }: { slug: string }) {
  const view = useQuery({ ...viewOptions(slug), retry: false });
  const navigate = useNavigate();
  const gone = isApiError(view.error) && view.error.status === 404;
  const t = useT();
  useDocumentTitle(gone ? t(words.notFoundTitle) : view.data ? view.data.name : t(words.opening));

  useEffect(() => {
    if (!view.data) return;
    void navigate({
      to: paths.home,
      search: parseFilters(new URLSearchParams(view.data.query)).filters,
      replace: true,
    });
  }, [view.data, navigate]);

  if (gone) {
    return (
      <div className="not-found">
        <PageHeading>{t(words.gone)}</PageHeading>
        <p>{t(words.goneText)}</p>
        <p>
          <Link to={paths.home} className={buttonClass()}>
            {t(words.seeAll)}
          </Link>
        </p>
      </div>
    );
  }
  if (view.error) {
    return (
      <ErrorState
        level={1}
        title={t(words.openFailed)}
        message={errorMessage(view.error, t)}
        onRetry={() => void view.refetch()}
        retrying={view.isFetching}
      />
    );
  }
  return (
    <p className="muted" role="status">
      {t(words.openingNow)}
    </p>
  );
}
