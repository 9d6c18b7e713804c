// What the frame of every page may show about the session: the "private tracker" panel in place
// of a page, and the "finish setting up" line. Both are rare (a private tracker to a visitor, an
// owner before choosing a password), so their code loads only when one is needed.
import { lazy, Suspense } from 'react';
import { useSession } from '@client/lib/session';

const PrivatePanelLazy = lazy(() => import('./access-panels').then((m) => ({ default: m.PrivatePanel })));
const SetupNoticeLazy = lazy(() => import('./access-panels').then((m) => ({ default: m.SetupNotice })));

export function PrivatePanel() {
  return (
    <Suspense fallback={null}>
      <PrivatePanelLazy />
    </Suspense>
  );
}

export function SetupNotice({ pathname }: { pathname: string }) {
  const { data } = useSession();
  if (!data?.account?.needsPassword) return null;
  return (
    <Suspense fallback={null}>
      <SetupNoticeLazy pathname={pathname} />
    </Suspense>
  );
}
