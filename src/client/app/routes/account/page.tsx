// The account page: one's details, password, sessions and API tokens, for whoever is signed in.
import { createLazyRoute } from '@tanstack/react-router';
import { SignedInOnly } from '@client/features/account/access-panels';
import { AccountView } from '@client/features/account/account-view';
import { useSession } from '@client/lib/session';
import { SidePage } from '../side-page';
import { accountRoute } from './route';

function AccountPage() {
  const account = useSession().data?.account;
  return (
    <SignedInOnly>
      {account ? (
        <SidePage
          title="Your account"
          lede={`Signed in as ${account.name}${account.email ? ` (${account.email})` : ''}.`}
        >
          <AccountView account={account} />
        </SidePage>
      ) : null}
    </SignedInOnly>
  );
}

export const Route = createLazyRoute(accountRoute.id)({ component: AccountPage });
