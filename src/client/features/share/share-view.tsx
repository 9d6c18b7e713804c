// "Copy link" and, where the browser has the Web Share API, "Share": the view travels as its URL,
// with the sender's language (?lang=), so the colleague who opens it reads what the sender read.
import { useRouterState } from '@tanstack/react-router';
import { LANGUAGE_PARAM, type Locale } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { copyText } from '@client/lib/clipboard';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { shareWords } from './messages';
import './share-view.css';

/** The absolute URL of `href` (a router location) in `locale`: the link's ?lang= says the language. */
export function shareableUrl(href: string, origin: string, locale: Locale): string {
  const url = new URL(href, origin);
  url.searchParams.set(LANGUAGE_PARAM, locale);
  // The filters' lists stay readable ("state=overdue,due"), as the app writes them.
  return url.toString().replace(/%2C/gi, ',');
}

/** The absolute URL of what is on screen (the router's location, which tests drive in memory). */
function useViewUrl(locale: Locale): string {
  const href = useRouterState({ select: (s) => s.location.href });
  return shareableUrl(href, window.location.origin, locale);
}

export function ShareView({ title }: { title: string }) {
  const t = useT();
  const url = useViewUrl(t.locale);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  const copy = async () => {
    if (await copyText(url)) {
      pushToast({ tone: 'success', title: t(shareWords.copied), body: t(shareWords.copiedBody) });
    } else {
      pushToast({
        tone: 'error',
        title: t(shareWords.notCopied),
        body: t(shareWords.notCopiedBody, { url }),
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
    <div className="share-view" role="group" aria-label={t(shareWords.group)}>
      <Button small onClick={() => void copy()}>
        {t(shareWords.copyLink)}
      </Button>
      {canShare ? (
        <Button small onClick={() => void share()}>
          {t(shareWords.share)}
        </Button>
      ) : null}
    </div>
  );
}
