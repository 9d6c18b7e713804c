// "Copy link" and, where the browser has the Web Share API, "Share": the view travels as its URL.
import { useRouterState } from '@tanstack/react-router';
import { pushToast } from '../../lib/stores/toasts';

/** The absolute URL of what is on screen (the router's location, which tests drive in memory). */
function useViewUrl(): string {
  const href = useRouterState({ select: (s) => s.location.href });
  return new URL(href, window.location.origin).toString();
}

/** For browsers without the async clipboard (or without permission): the old selection-based copy. */
function copyBySelection(text: string): boolean {
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied or unavailable (e.g. not a secure context): try the fallback.
  }
  return copyBySelection(text);
}

export function ShareView({ title }: { title: string }) {
  const url = useViewUrl();
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    if (await copyText(url)) {
      pushToast({ tone: 'success', title: 'Link copied', body: 'Anyone who opens it sees this view.' });
    } else {
      pushToast({ tone: 'error', title: 'The link could not be copied', body: `Copy it from here: ${url}`, durationMs: null });
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
      <button type="button" className="button button-small" onClick={() => void copy()}>
        Copy link
      </button>
      {canShare ? (
        <button type="button" className="button button-small" onClick={() => void share()}>
          Share…
        </button>
      ) : null}
    </div>
  );
}
