// A link out of the app. Only http(s) addresses ever become links; anything else is shown as text.
import type { ReactNode } from 'react';
import { isHttpUrl } from '../lib/format';
import { useT } from '@client/i18n/language';
import { componentWords } from './messages';
import './external-link.css';

export function ExternalLink({ href, children }: { href: string | undefined | null; children: ReactNode }) {
  const t = useT();
  if (!isHttpUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external-link">
      {children}
      <span className="visually-hidden"> {t(componentWords.opensInNewTab)}</span>
      <span className="external-mark" aria-hidden="true">
        ↗
      </span>
    </a>
  );
}
