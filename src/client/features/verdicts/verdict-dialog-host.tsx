// Mounts the (lazy) verdict dialog whenever the store says it is open, once for the whole app.
import { lazy, Suspense } from 'react';
import { useVerdictDialog } from './verdict-dialog-store';

const VerdictDialog = lazy(() => import('./verdict-dialog'));

export function VerdictDialogHost() {
  const target = useVerdictDialog((s) => s.target);
  const close = useVerdictDialog((s) => s.close);
  if (!target) return null;
  return (
    <Suspense fallback={null}>
      <VerdictDialog key={`${target.pledgeId}:${target.serverIssues ? 'retry' : 'new'}`} target={target} onClose={close} />
    </Suspense>
  );
}
