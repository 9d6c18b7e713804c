import { useEffect } from 'react';

const APP_NAME = 'Pledge Tracker';

/** Sets the tab title while a page is shown: "Security guarantees in writing · Pledge Tracker". */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME;
  }, [title]);
}
