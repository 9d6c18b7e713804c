// Mounts the real app (router, query cache, providers) at a URL, for tests that drive it like a
// user. Each call gets a fresh cache and a memory history; UI stores and the clock are reset
// between tests.
import '@testing-library/jest-dom/vitest';
import { createMemoryHistory } from '@tanstack/react-router';
import { cleanup, configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { AppProviders } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { createAppRouter } from '../app/router';
import { pinClock, unpinClock } from '../lib/clock';
import { useDensity } from '../lib/stores/density';
import { useSearchNotice } from '../lib/stores/search-notice';
import { useToasts } from '../lib/stores/toasts';
import { useVerdictDialog } from '../features/verdicts/verdict-dialog-store';
import { useIntake } from '../features/intake/intake-store';
import { useLastListSearch } from '../lib/stores/last-list-search';
import { resetLanguage } from '../i18n/language';

// findBy… and waitFor wait up to 3 s, not 1: on a busy two-core machine (the full suite runs
// three time zones and a browser) a first render can take longer than a second without anything
// being wrong. A real hang still fails.
configure({ asyncUtilTimeout: 3000 });

interface RenderAppOptions {
  /** Pins the client clock (ISO instant) for the whole test. */
  now?: string;
}

export function renderApp(url = '/', options: RenderAppOptions = {}) {
  // jsdom has no layout: the router's scroll restoration would only log "not implemented".
  vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
  if (options.now) pinClock(options.now);
  const queryClient = createQueryClient({ retry: false });
  const history = createMemoryHistory({ initialEntries: [url] });
  const router = createAppRouter({ queryClient, history });
  const user = userEvent.setup();
  const view = render(<AppProviders router={router} queryClient={queryClient} />);
  return { ...view, user, router, queryClient, history };
}

afterEach(() => {
  cleanup();
  unpinClock();
  localStorage.clear();
  useToasts.setState({ toasts: [] });
  useVerdictDialog.setState({ target: null });
  useIntake.getState().reset();
  useSearchNotice.setState({ problems: [] });
  useDensity.setState({ density: 'comfortable' });
  useLastListSearch.setState({ filters: {} });
  document.title = '';
  resetLanguage();
});
