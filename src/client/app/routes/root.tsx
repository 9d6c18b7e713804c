// The frame of every page: skip link, header (with who is signed in), main landmark, footer,
// toasts and the verdict dialog. A private tracker shows a visitor the way in instead of a page.
import { createRootRouteWithContext, Link, Outlet, useRouterState } from '@tanstack/react-router';
import type { QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { ThemeToggle } from '@client/components/theme-toggle';
import { ToastRegion } from '@client/components/toast-region';
import { AccountNav } from '@client/features/account/account-nav';
import { PrivatePanel, SetupNotice } from '@client/features/account/root-panels';
import { SavedViewsMenu } from '@client/features/saved-views/saved-views-menu';
import { VerdictDialogHost } from '@client/features/verdicts/verdict-dialog-host';
import { permissionsOf, useSession } from '@client/lib/session';
import { LanguageSwitch } from '@client/i18n/language-switch';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { DemoBanner } from '../demo-banner';
import { shellWords } from '../messages';
import { ENTRY_PAGES, paths } from '../paths';

// An address with nothing at it is rare, so its page comes when needed, not with the first page.
const NotFoundPage = lazy(() => import('./not-found').then((m) => ({ default: m.NotFoundPage })));

// Only the demo build (`--mode mock`) shows the demo banner, so only it carries the banner's code.
const DEMO = import.meta.env.MODE === 'mock';

export interface RouterContext {
  queryClient: QueryClient;
}

function skipToMain(event: React.MouseEvent) {
  // With hash history "#main" would be read as a route, so move focus by hand.
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function RootLayout() {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const session = useSession().data;
  const t = useT();
  const can = permissionsOf(session);
  // A private tracker, and nobody signed in: every page but the ways in says so and offers them.
  const locked = Boolean(
    session?.accounts && session.visibility === 'private' && !session.account && !ENTRY_PAGES.includes(pathname),
  );
  return (
    <div className="app">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t(shellWords.skipToContent)}
      </a>
      {DEMO ? <DemoBanner /> : null}
      <header className="site-header">
        <div className="container site-header-inner">
          {/* The logo leads home, unfiltered; "Back to the list" links keep the last view. */}
          <Link to={paths.home} search={{}} className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t(shellWords.appName)}
          </Link>
          <p className="tagline">{t(shellWords.tagline)}</p>
          <nav className="site-nav" aria-label={t(shellWords.mainNav)}>
            {can.edit ? (
              <>
                <Link to={paths.newPledge} className="site-nav-link" activeProps={{ 'aria-current': 'page' }}>
                  {t(shellWords.newPledge)}
                </Link>
                <Link to={paths.intake} className="site-nav-link" activeProps={{ 'aria-current': 'page' }}>
                  {t(shellWords.addFromArticle)}
                </Link>
              </>
            ) : null}
            {locked ? null : (
              <>
                <Link to={paths.parties} className="site-nav-link" activeProps={{ 'aria-current': 'page' }}>
                  {t(shellWords.parties)}
                </Link>
                <SavedViewsMenu />
              </>
            )}
            <LanguageSwitch />
            <ThemeToggle />
            <AccountNav />
          </nav>
        </div>
      </header>
      <SetupNotice pathname={pathname} />
      <main id="main" className="container site-main" tabIndex={-1}>
        {locked ? <PrivatePanel /> : <Outlet />}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t(shellWords.footerDeadlines)}</p>
          {locked ? null : (
            <p>
              <Rich
                message={shellWords.footerTrash}
                tags={{ trash: (children) => <Link to={paths.trash}>{children}</Link> }}
              />
            </p>
          )}
        </div>
      </footer>
      <ToastRegion />
      <VerdictDialogHost />
    </div>
  );
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: () => (
    <Suspense fallback={null}>
      <NotFoundPage kind="page" />
    </Suspense>
  ),
});
