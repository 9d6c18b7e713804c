// The account menu's panel: who is signed in, Account, Admin (admins) and Sign out. Loaded the
// first time the menu opens (or is about to), so the home page carries only the button.
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import type { Account, SessionInfo } from '@shared/contract';
import { paths } from '@client/app/paths';
import type { MenuPanelProps } from '@client/components/menu';
import { errorMessage } from '@client/lib/api-client';
import { sessionKeys } from '@client/lib/query-keys';
import { sessionChanged } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { signOut } from './api';
import { accountPanelWords as words } from './nav/panel.messages';

interface AccountPanelProps {
  /** The panel's part of the menu: its id, whether it is shown, a followed link closing it. */
  panel: MenuPanelProps;
  account: Account;
  onClose: () => void;
}

export default function AccountPanel({ panel, account, onClose }: AccountPanelProps) {
  const [leaving, setLeaving] = useState(false);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const t = useT();

  async function onSignOut() {
    setLeaving(true);
    try {
      await signOut();
      onClose();
      queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) =>
        old ? { ...old, account: null, via: 'anonymous' } : old,
      );
      // The account pages are for the signed-in: leave them for the list.
      if (pathname === paths.account || pathname === paths.admin) await navigate({ to: paths.home });
      void sessionChanged(queryClient, null).catch(() => undefined);
      pushToast({ tone: 'info', title: t(words.signedOut), body: t(words.signedOutBody) });
    } catch (error) {
      pushToast({ tone: 'error', title: t(words.signOutFailed), body: errorMessage(error) });
    } finally {
      setLeaving(false);
    }
  }

  return (
    <div className="account-panel" {...panel}>
      <p className="account-panel-who">
        <Rich
          message={words.signedInAs}
          values={{ name: account.name }}
          tags={{ strong: (c) => <strong>{c}</strong> }}
        />
        {account.email ? <span className="account-panel-email">{account.email}</span> : null}
      </p>
      <ul className="account-panel-links">
        <li>
          <Link to={paths.account} className="account-panel-link">
            {t(words.account)}
          </Link>
        </li>
        {account.role === 'admin' && !account.needsPassword ? (
          <li>
            <Link to={paths.admin} className="account-panel-link">
              {t(words.admin)}
            </Link>
          </li>
        ) : null}
        <li>
          <button type="button" className="account-panel-link" onClick={() => void onSignOut()} disabled={leaving}>
            {t(leaving ? words.signingOut : words.signOut)}
          </button>
        </li>
      </ul>
    </div>
  );
}
