// Shown only in the demo build: the API runs inside this browser, so changes stay here.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { pushToast } from '../lib/stores/toasts';
import { useDemo } from '../lib/stores/demo';
import { useT } from '../i18n/language';
import { Rich } from '../i18n/rich';
import { demoWords } from './demo-banner.messages';

export function DemoBanner() {
  const { enabled, reset } = useDemo();
  const queryClient = useQueryClient();
  const [resetting, setResetting] = useState(false);
  const t = useT();
  if (!enabled) return null;

  async function onReset() {
    if (!reset) return;
    setResetting(true);
    try {
      await reset();
      await queryClient.resetQueries();
      pushToast({ tone: 'info', title: t(demoWords.resetDone), body: t(demoWords.resetDoneBody) });
    } finally {
      setResetting(false);
    }
  }

  return (
    <div className="demo-banner" role="region" aria-label={t(demoWords.region)}>
      <p>
        <Rich message={demoWords.note} tags={{ strong: (c) => <strong>{c}</strong> }} />
      </p>
      {reset ? (
        <button
          type="button"
          className="button button-small button-quiet"
          onClick={() => void onReset()}
          disabled={resetting}
        >
          {t(resetting ? demoWords.resetting : demoWords.reset)}
        </button>
      ) : null}
    </div>
  );
}
