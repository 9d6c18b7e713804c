import { useEffect } from 'react';
import { shellWords } from '../app/messages';
import { useT } from '../i18n/language';

/** Sets the tab title while a page is shown: "Security guarantees in writing · Pledge Tracker". */
export function useDocumentTitle(title: string | null): void {
  const t = useT();
  useEffect(() => {
    const appName = t(shellWords.appName);
    document.title = title ? t(shellWords.titled, { title, appName }) : appName;
  }, [title, t]);
}
