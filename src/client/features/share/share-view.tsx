// "Copy link" and, where the browser has the Web Share API, "Share": the view travels as its URL.
import { useRouterState } from '@tanstack/react-router';
import { copyText } from '@client/lib/clipboard';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import './share-view.css';

/** The absolute URL of what is on screen (the router's location, which tests drive in memory). */
function useViewUrl(): string {
  const href = useRouterState({ select: (s) => s.location.href });
  return new URL(href, window.location.origin).toString();
}

export function ShareView({ title }: { title: string }) {
  const url = useViewUrl();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    if (await copyText(url)) {
      pushToast({ tone: 'success', title: 'Link copied', body: 'Anyone who opens it sees this view.' });
    } else {
      pushToast({
        tone: 'error',
        title: 'The link could not be copied',
        body: `Copy it from here: ${url}`,
        durationMs: null,
      });
    }
  };

  const share = async () => {
    try {
      await navigator.share({ title, url });
    } catch (error) {
      if ((error as Error).name !== 'AbortError') await copy();
    }
  };

  return (
    <div className="share-view" role="group" aria-label="Share this view">
      <Button small onClick={() => void copy()}>
        Copy link
      </Button>
      {canShare ? (
        <Button small onClick={() => void share()}>
          Share…
        </Button>
      ) : null}
    </div>
  );
}
