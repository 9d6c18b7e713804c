// "Export and subscribe": the current view as a calendar subscription, an Atom feed and a CSV
// file. A native disclosure (<details>), so it is keyboard-friendly and stays out of the way. What
// it opens onto is loaded when it first opens (a pointer over it, or focus, starts the load), so
// the first page does not carry it.
import { lazy, Suspense, useState } from 'react';
import type { PledgeFilters } from '@shared/contract';
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { exportWords } from './messages';
import './export-menu.css';

const ExportPanel = lazy(() => import('./export-panel'));
const loadPanel = () => void import('./export-panel').catch(() => undefined);

export function ExportMenu({ filters }: { filters: PledgeFilters }) {
  const t = useT();
  const [opened, setOpened] = useState(false);

  return (
    <details className="export" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="export-summary" onPointerEnter={loadPanel} onFocus={loadPanel}>
        {t(exportWords.summary)}
      </summary>
      {opened ? (
        <Suspense
          fallback={
            <div className="export-body" role="status">
              <p className="field-hint">{t(stateWords.loading)}</p>
            </div>
          }
        >
          <ExportPanel filters={filters} />
        </Suspense>
      ) : null}
    </details>
  );
}
