// A calm, dismissible note at the top of a page: something worth knowing, nothing broken.
import type { ReactNode } from 'react';
import { Button } from './button';
import { useT } from '@client/i18n/language';
import { commonWords } from './common.messages';
import './notice.css';

interface NoticeProps {
  title: string;
  children?: ReactNode;
  onDismiss?: () => void;
  tone?: 'info' | 'demo';
  action?: ReactNode;
}

export function Notice({ title, children, onDismiss, tone = 'info', action }: NoticeProps) {
  const t = useT();
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
            {t(commonWords.dismiss)}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
