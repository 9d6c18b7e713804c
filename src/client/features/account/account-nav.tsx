// The header's account corner. In the demo: "Demo editor", quietly. On an instance with
// accounts: "Sign in" when signed out; when signed in, the name and role, opening a small menu
// with the account page, the admin page (admins) and signing out.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import type { Account, SessionInfo } from '../../../shared/contract';
import { errorMessage } from '../../lib/api-client';
import { sessionKeys } from '../../lib/query-keys';
import { sessionChanged, useSession } from '../../lib/session';
import { pushToast } from '../../lib/stores/toasts';
import { ENTRY_PAGES, paths } from '../../app/paths';
import { ROLE_LABELS } from './role-words';

/** Where "Sign in" should come back to: this page, unless it is one of the sign-in pages. */
export function useReturnPath(): string {
  const { pathname, searchStr } = useRouterState({ select: (s) => ({ pathname: s.location.pathname, searchStr: s.location.searchStr }) });
  return ENTRY_PAGES.includes(pathname) ? '/' : `${pathname}${searchStr}`;
}

function SignInLink() {
  const next = useReturnPath();
  return (
    <Link to={paths.signIn} search={next === '/' ? {} : { next }} className="site-nav-link account-sign-in">
      Sign in
    </Link>
  );
}

function AccountMenu({ account }: { account: Account }) {
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // A click anywhere else closes the menu, as menus do.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  async function onSignOut() {
    setLeaving(true);
    try {
      // The account endpoints load with the pages that need them; signing out is the only one here.
      await (await import('./api')).signOut();
      setOpen(false);
      queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) => (old ? { ...old, account: null, via: 'anonymous' } : old));
      // The account pages are for the signed-in: leave them for the list.
      if (pathname === paths.account || pathname === paths.admin) await navigate({ to: paths.home });
      void sessionChanged(queryClient, null).catch(() => undefined);
      pushToast({ tone: 'info', title: 'Signed out', body: 'You are no longer signed in on this browser.' });
    } catch (error) {
      pushToast({ tone: 'error', title: 'Could not sign out', body: errorMessage(error) });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <div
      ref={rootRef}
      className="account-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      {/* Named outright: the name and role sit in a column, where browsers drop the space between them. */}
      <button
        ref={buttonRef}
        type="button"
        className="site-nav-link account-menu-button"
        aria-label={`${account.name}, ${ROLE_LABELS[account.role]}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <span className="account-avatar" aria-hidden="true">
          {initials(account.name)}
        </span>
        <span className="account-who">
          <span className="account-name">{account.name}</span>
          <span className="account-role">{ROLE_LABELS[account.role]}</span>
        </span>
      </button>
      {/* Following a link closes the menu. */}
      <div id={panelId} className="account-panel" hidden={!open} onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}>
        <p className="account-panel-who">
          Signed in as <strong>{account.name}</strong>
          {account.email ? <span className="account-panel-email">{account.email}</span> : null}
        </p>
        <ul className="account-panel-links">
          <li>
            <Link to={paths.account} className="account-panel-link">
              Account
            </Link>
          </li>
          {account.role === 'admin' && !account.needsPassword ? (
            <li>
              <Link to={paths.admin} className="account-panel-link">
                Admin
              </Link>
            </li>
          ) : null}
          <li>
            <button type="button" className="account-panel-link" onClick={() => void onSignOut()} disabled={leaving}>
              {leaving ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      </div>
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
  // Until the server has said who this is, nothing: a "Sign in" flashing at an editor is noise.
  if (!data) return null;
  if (!data.accounts) {
    return (
      <span className="account-demo" title="This demo has no accounts: every visitor edits as the demo editor.">
        <span className="account-avatar" aria-hidden="true">
          D
        </span>
        {data.account?.name ?? 'Demo editor'}
      </span>
    );
  }
  return data.account ? <AccountMenu account={data.account} /> : <SignInLink />;
}
