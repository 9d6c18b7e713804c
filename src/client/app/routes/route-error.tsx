// What a page shows when it fails to render or its code cannot be fetched (e.g. a new version
// was deployed since the tab was opened): what happened, and two ways forward.
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { PageHeading } from '@client/components/page-heading';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { routeErrorWords as words } from './messages';

function isChunkLoadError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      error.message,
    )
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const t = useT();
  useDocumentTitle(t(words.title));
  const stale = isChunkLoadError(error);
  return (
    <div className="not-found" role="alert">
      <PageHeading>{t(stale ? words.staleHeading : words.heading)}</PageHeading>
      <p>{t(stale ? words.staleText : words.text)}</p>
      <p className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          {t(stateWords.tryAgain)}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t(words.reload)}
        </button>
      </p>
    </div>
  );
}
