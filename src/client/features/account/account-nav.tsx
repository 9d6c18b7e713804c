// The header's account corner. In the demo: "Demo editor", quietly. On an instance with
// accounts: "Sign in" when signed out; when signed in, the name and role, opening a small menu
// with the account page, the admin page (admins) and signing out.
import { Link, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import type { Account } from '@shared/contract';
import { useMenu } from '@client/components/menu';
import { useSession } from '@client/lib/session';
import { ENTRY_PAGES, paths } from '@client/app/paths';
import { useT } from '@client/i18n/language';
import { navWords, roleWords } from './nav/messages';
import './account-nav.css';

/** Where "Sign in" should come back to: this page, unless it is one of the sign-in pages. */
export function useReturnPath(): string {
  const { pathname, searchStr } = useRouterState({
    select: (s) => ({ pathname: s.location.pathname, searchStr: s.location.searchStr }),
  });
  return ENTRY_PAGES.includes(pathname) ? '/' : `${pathname}${searchStr}`;
}

function SignInLink() {
  const next = useReturnPath();
  const onSignInPage = useRouterState({ select: (s) => s.location.pathname === paths.signIn });
  const t = useT();
  // The page itself is the way in: a second "Sign in" beside its form would lead nowhere new.
  if (onSignInPage) return null;
  return (
    <Link to={paths.signIn} search={next === '/' ? {} : { next }} className="site-nav-link account-sign-in">
      {t(navWords.signIn)}
    </Link>
  );
}

const AccountPanel = lazy(() => import('./account-panel'));
const loadPanel = () => void import('./account-panel').catch(() => undefined);

function AccountMenu({ account }: { account: Account }) {
  // The panel's code comes on first use (a pointer over the button is enough to start it).
  const menu = useMenu(loadPanel);
  const placeholder = <div id={menu.panelProps.id} className="account-panel" hidden />;
  const t = useT();
  const role = t(roleWords[account.role]);

  return (
    <div className="account-menu" {...menu.rootProps}>
      {/* Named outright: the name and role sit in a column, where browsers drop the space between them. */}
      <button
        className="site-nav-link account-menu-button"
        aria-label={t(navWords.menu, { name: account.name, role })}
        {...menu.buttonProps}
      >
        <span className="account-avatar" aria-hidden="true">
          {initials(account.name)}
        </span>
        <span className="account-who">
          <span className="account-name">{account.name}</span>
          <span className="account-role">{role}</span>
        </span>
      </button>
      {menu.used ? (
        <Suspense fallback={placeholder}>
          <AccountPanel panel={menu.panelProps} account={account} onClose={menu.close} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}

/** "Olena Editor" → "OE"; one letter for one word. */
function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words.slice(0, 1);
  return letters.map((w) => Array.from(w)[0]!.toUpperCase()).join('') || '?';
}

export function AccountNav() {
  const { data } = useSession();
  const t = useT();
  // Until the server has said who this is, nothing: a "Sign in" flashing at an editor is noise.
  if (!data) return null;
  if (!data.accounts) {
    return (
      <span className="account-demo" title={t(navWords.demoTitle)}>
        <span className="account-avatar" aria-hidden="true">
          {t(navWords.demoInitial)}
        </span>
        {data.account?.name ?? t(navWords.demoEditor)}
      </span>
    );
  }
  return data.account ? <AccountMenu account={data.account} /> : <SignInLink />;
}
