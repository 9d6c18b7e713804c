// Mounts the (lazy) verdict dialog whenever the store says it is open, once for the whole app.
// If its code cannot be fetched, the page stays as it is and a toast says so.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useLanguage } from '@client/i18n/language';
import { pushToast } from '@client/lib/stores/toasts';
import { verdictHostWords } from './messages';
import { useVerdictDialog } from './verdict-dialog-store';

const VerdictDialog = lazy(() => import('./verdict-dialog'));

class DialogLoadBoundary extends Component<{ children: ReactNode; onFail: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch() {
    const { t } = useLanguage.getState();
    pushToast({
      tone: 'error',
      title: t(verdictHostWords.openFailed),
      body: t(verdictHostWords.openFailedText),
    });
    this.props.onFail();
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

export function VerdictDialogHost() {
  const target = useVerdictDialog((s) => s.target);
  const opened = useVerdictDialog((s) => s.opened);
  const close = useVerdictDialog((s) => s.close);
  if (!target) return null;
  return (
    <DialogLoadBoundary key={target.pledgeId} onFail={close}>
      <Suspense fallback={null}>
        <VerdictDialog key={opened} target={target} onClose={close} />
      </Suspense>
    </DialogLoadBoundary>
  );
}
