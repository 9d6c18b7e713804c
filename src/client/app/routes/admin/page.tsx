// The admin page: people, invites and who may read the tracker, for admins.
import { createLazyRoute } from '@tanstack/react-router';
import { AdminsOnly } from '@client/features/account/access-panels';
import { AdminView } from '@client/features/account/admin-view';
import { useSession } from '@client/lib/session';
import { useT } from '@client/i18n/language';
import { adminPageWords } from './messages';
import { SidePage } from '../side-page';
import { adminRoute } from './route';

function AdminPage() {
  const account = useSession().data?.account;
  const t = useT();
  return (
    <AdminsOnly>
      {account ? (
        <SidePage title={t(adminPageWords.title)} lede={t(adminPageWords.lede)}>
          <AdminView me={account} />
        </SidePage>
      ) : null}
    </AdminsOnly>
  );
}

export const Route = createLazyRoute(adminRoute.id)({ component: AdminPage });
