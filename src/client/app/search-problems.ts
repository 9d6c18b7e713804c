// A bad parameter in a shared link never breaks the page: validateSearch drops it, and this
// watcher remembers what was dropped so the list can say so. It reads each location before
// validation (the router rewrites the address to the clean one right after).
import type { AnyRouter, ParsedLocation } from '@tanstack/react-router';
import { parseFilters } from '@shared/contract';
import { now } from '../lib/clock';
import { useSearchNotice } from '../lib/stores/search-notice';
import { paths } from './paths';

function check(location: ParsedLocation): void {
  if (location.pathname !== paths.home) return;
  const { problems } = parseFilters(location.search as Record<string, unknown>, { nowMs: now() });
  if (problems.length) useSearchNotice.getState().report(problems);
}

export function watchSearchProblems(router: AnyRouter): () => void {
  useSearchNotice.getState().clear();
  check(router.latestLocation);
  return router.subscribe('onBeforeLoad', (event) => {
    // Leaving the page clears the notice; the first load (no previous location) must not.
    if (event.fromLocation && event.pathChanged) useSearchNotice.getState().clear();
    check(event.toLocation);
  });
}
