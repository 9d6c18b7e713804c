// Where toasts appear. Polite ones are announced when the reader is idle, errors at once.
// Timers pause while the pointer is over a toast or focus is inside one, so "Undo" never
// slips away from someone reaching for it.
import { useEffect, useRef, useState } from 'react';
import { Button } from './button';
import { useToasts, type Toast } from '../lib/stores/toasts';
import { useT } from '@client/i18n/language';
import { componentWords } from './messages';
import './toast.css';

/** A pressed toast button disappears with its toast: give focus a sensible place to land. */
function refocusMain(): void {
  document.getElementById('main')?.focus({ preventScroll: true });
}

function ToastItem({ toast, paused }: { toast: Toast; paused: boolean }) {
  const dismiss = useToasts((s) => s.dismiss);
  const t = useT();
  const remaining = useRef(toast.durationMs);

  useEffect(() => {
    if (paused || remaining.current === null) return;
    const startedAt = Date.now();
    const timer = setTimeout(() => dismiss(toast.id), remaining.current);
    return () => {
      clearTimeout(timer);
      if (remaining.current !== null) remaining.current = Math.max(1000, remaining.current - (Date.now() - startedAt));
    };
  }, [paused, dismiss, toast.id]);

  return (
    <li className={`toast toast-${toast.tone}`}>
      <div className="toast-text">
        <p className="toast-title">{toast.title}</p>
        {toast.body ? <p className="toast-body">{toast.body}</p> : null}
      </div>
      {toast.action ? (
        <Button
          small
          className="toast-action"
          onClick={() => {
            dismiss(toast.id);
            refocusMain();
            toast.action!.onAction();
          }}
        >
          {toast.action.label}
        </Button>
      ) : null}
      <button
        type="button"
        className="icon-button toast-close"
        aria-label={t(componentWords.dismissNotification)}
        onClick={() => {
          dismiss(toast.id);
          refocusMain();
        }}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

export function ToastRegion() {
  const toasts = useToasts((s) => s.toasts);
  const t = useT();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const regionRef = useRef<HTMLElement>(null);
  const paused = hovered || focused;

  // A removed toast may take focus with it without a blur event: check again whenever the list changes.
  useEffect(() => {
    if (!regionRef.current?.contains(document.activeElement)) setFocused(false);
  }, [toasts]);
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');

  return (
    <section
      ref={regionRef}
      className="toast-region"
      aria-label={t(componentWords.notifications)}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <ol className="toast-list" aria-live="assertive" aria-relevant="additions text">
        {errors.map((toast) => (
          <ToastItem key={toast.id} toast={toast} paused={paused} />
        ))}
      </ol>
      <ol className="toast-list" aria-live="polite" aria-relevant="additions text">
        {others.map((toast) => (
          <ToastItem key={toast.id} toast={toast} paused={paused} />
        ))}
      </ol>
    </section>
  );
}
