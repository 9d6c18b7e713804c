// What a page shows when it fails to render or its code cannot be fetched (e.g. a new version
// was deployed since the tab was opened): what happened, and two ways forward.
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { PageHeading } from '@client/components/page-heading';
import { useDocumentTitle } from '@client/lib/use-document-title';

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
  useDocumentTitle('Something went wrong');
  const stale = isChunkLoadError(error);
  return (
    <div className="not-found" role="alert">
      <PageHeading>{stale ? 'This page could not be loaded' : 'Something went wrong on this page'}</PageHeading>
      <p>
        {stale
          ? 'Part of the app could not be fetched. The connection may have dropped, or a newer version may have been published. Reloading usually helps.'
          : 'The page hit an error it did not expect. Trying again often works; if not, reloading the page will.'}
      </p>
      <p className="button-row">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Try again
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}
