// What "Export and subscribe" opens onto: the current view as a calendar subscription, an Atom
// feed and a CSV file, and the calendar address to copy. Loaded when the disclosure first opens.
import { useId, useState, type MouseEvent } from 'react';
import type { PledgeFilters } from '@shared/contract';
import { Button, buttonClass } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { commonWords } from '@client/components/common.messages';
import { exportLinks } from './export-links';
import { exportPanelWords as exportWords } from './panel.messages';

/** In the demo build the API answers inside this page (MSW), which a plain navigation never reaches. */
const IN_PAGE_API = import.meta.env.MODE === 'mock';

/** Downloads through fetch (which the demo's worker answers) and saves the answer under its own filename. */
async function downloadInPage(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const response = await fetch(event.currentTarget.href);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'pledges.csv';
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export default function ExportPanel({ filters }: { filters: PledgeFilters }) {
  const t = useT();
  const links = exportLinks(filters, globalThis.location?.origin ?? 'http://localhost', t.locale);
  const fieldId = useId();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(links.calendar);
      setCopied(true);
    } catch {
      // No clipboard (permissions, old browser): select the text so it can be copied by hand.
      (document.getElementById(fieldId) as HTMLInputElement | null)?.select();
    }
  }

  return (
    <div className="export-body">
      <p className="field-hint">{t(IN_PAGE_API ? exportWords.followFiltersDemo : exportWords.followFilters)}</p>
      <ul className="export-links">
        <li>
          <a className={buttonClass({ small: true })} href={links.webcal}>
            {t(exportWords.subscribe)}
          </a>
        </li>
        <li>
          <a className={buttonClass({ small: true })} href={links.atom} type="application/atom+xml">
            {t(exportWords.atom)}
          </a>
        </li>
        <li>
          <a
            className={buttonClass({ small: true })}
            href={links.csv}
            download
            onClick={IN_PAGE_API ? (e) => void downloadInPage(e) : undefined}
          >
            {t(exportWords.csv)}
          </a>
        </li>
      </ul>
      {/* A copy box, not a form: written out here so the home page does not download FormField. */}
      <div className="field export-copy">
        <label className="field-label" htmlFor={fieldId}>
          {t(exportWords.calendarAddress)}
        </label>
        <span className="field-hint">{t(exportWords.calendarAddressHint)}</span>
        <div className="export-copy-row">
          <input
            id={fieldId}
            className="input"
            readOnly
            value={links.calendar}
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button small onClick={() => void copy()}>
            {t(copied ? commonWords.copied : commonWords.copy)}
          </Button>
        </div>
        <span className="visually-hidden" role="status">
          {copied ? t(exportWords.addressCopied) : ''}
        </span>
      </div>
    </div>
  );
}
