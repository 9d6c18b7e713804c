// The account page: one's details, password, sessions and API tokens, for whoever is signed in.
import { createLazyRoute } from '@tanstack/react-router';
import { SignedInOnly } from '@client/features/account/access-panels';
import { AccountView } from '@client/features/account/account-view';
import { useSession } from '@client/lib/session';
import { useT } from '@client/i18n/language';
import { accountPageWords } from './messages';
import { SidePage } from '../side-page';
import { accountRoute } from './route';

function AccountPage() {
  const account = useSession().data?.account;
  const t = useT();
  return (
    <SignedInOnly>
      {account ? (
        <SidePage
          title={t(accountPageWords.title)}
          lede={
            account.email
              ? t(accountPageWords.ledeWithEmail, { name: account.name, email: account.email })
              : t(accountPageWords.lede, { name: account.name })
          }
        >
          <AccountView account={account} />
        </SidePage>
      ) : null}
    </SignedInOnly>
  );
}

export const Route = createLazyRoute(accountRoute.id)({ component: AccountPage });
