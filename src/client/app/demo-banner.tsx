// Shown only in the demo build: the API runs inside this browser, so changes stay here.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { pushToast } from '../lib/stores/toasts';
import { useDemo } from '../lib/stores/demo';

export function DemoBanner() {
  const { enabled, reset } = useDemo();
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState(false);
  if (!enabled) return null;

  async function onReset() {
    if (!reset) return;
    setResetting(true);
    try {
      await reset();
      await queryClient.resetQueries();
      pushToast({ tone: 'info', title: 'Demo data reset', body: 'Every pledge is back as it was first seeded.' });
    } finally {
      setResetting(false);
    }
  }

  return (
    <div className="demo-banner" role="region" aria-label="Demo mode">
      <p>
        <strong>Demo:</strong> changes stay in this browser.
      </p>
      {reset ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void onReset()}
          disabled={resetting}
        >
          {resetting ? 'Resetting…' : 'Reset demo data'}
        </button>
      ) : null}
    </div>
  );
}
