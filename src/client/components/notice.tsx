// A calm, dismissible note at the top of a page: something worth knowing, nothing broken.
import type { ReactNode } from 'react';
import { Button } from './button';
import './notice.css';

interface NoticeProps {
  title: string;
  children?: ReactNode;
  onDismiss?: () => void;
  tone?: 'info' | 'demo';
  action?: ReactNode;
}

export function Notice({ title, children, onDismiss, tone = 'info', action }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role="status">
      <div className="notice-text">
        <p className="notice-title">{title}</p>
        {children}
      </div>
      <div className="notice-actions">
        {action}
        {onDismiss ? (
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        ) : null}
      </div>
    </div>
  );
}
