// The calm notice above the list when a shared link had parts the page could not use, until the
// reader dismisses it or leaves. Most links have none, so its words and code load only when one
// does.
import { lazy, Suspense } from 'react';
import { useSearchNotice } from '@client/lib/stores/search-notice';

const LinkProblemsList = lazy(() => import('./link-problems-list'));

export function LinkProblemsNotice() {
  const some = useSearchNotice((s) => s.problems.length > 0);
  if (!some) return null;
  return (
    <Suspense fallback={null}>
      <LinkProblemsList />
    </Suspense>
  );
}
