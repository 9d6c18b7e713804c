// A modal dialog: labelled, focus kept inside while open, Escape closes it, focus returns to
// where it was. The rest of the page is made inert so neither keyboard nor screen reader
// wanders behind it.
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '@client/i18n/language';
import { commonWords } from './common.messages';
import './dialog.css';

interface DialogProps {
  title: string;
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** What receives focus when the dialog opens; else an element marked data-autofocus, else the first control. */
  initialFocus?: React.RefObject<HTMLElement | null>;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ title, description, onClose, children, initialFocus }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const t = useT();
  const onCloseRef = useRef(onClose);
  useLayoutEffect(() => {
    onCloseRef.current = onClose;
  });

  // Inert background, locked scroll, focus in, and focus back out on close.
  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const host = panel.closest<HTMLElement>('[data-dialog-host]');
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const siblings = Array.from(document.body.children).filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el !== host && !el.inert,
    );
    siblings.forEach((el) => (el.inert = true));
    const previousOverflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const target =
      initialFocus?.current ??
      panel.querySelector<HTMLElement>('[data-autofocus]') ??
      panel.querySelector<HTMLElement>(FOCUSABLE) ??
      panel;
    target.focus();
    return () => {
      siblings.forEach((el) => (el.inert = false));
      document.body.style.overflow = previousOverflow;
      if (returnTo?.isConnected) returnTo.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, [initialFocus]);

  function onKeyDown(event: React.KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !panelRef.current) return;
    const items = Array.from(panelRef.current.querySelectorAll<HTMLElement>(FOCUSABLE));
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="dialog-host" data-dialog-host="">
      {/* A stray click beside the form should not throw away what was typed: close with Escape, Cancel or ×. */}
      <div className="dialog-backdrop" aria-hidden="true" />
      <div
        ref={panelRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header className="dialog-header">
          <h2 id={titleId} className="dialog-title">
            {title}
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={() => onCloseRef.current()}
            aria-label={t(commonWords.close)}
          >
            <span aria-hidden="true">×</span>
          </button>
        </header>
        {description ? (
          <div id={descriptionId} className="dialog-description">
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </div>,
    document.body,
  );
}
