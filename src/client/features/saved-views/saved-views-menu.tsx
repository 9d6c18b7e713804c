// "Saved views" in the header: a button that opens the list of saved views. The panel's code
// comes on first use (a pointer over the button is enough to start it).
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { viewsOptions } from '@client/lib/endpoints/views';
import { useMenu } from '@client/components/menu';
import { useT } from '@client/i18n/language';
import { savedViewWords } from './messages';
import './saved-views.css';

const SavedViewsPanel = lazy(() => import('./saved-views-panel'));
const loadPanel = () => void import('./saved-views-panel').catch(() => undefined);

export function SavedViewsMenu() {
  const menu = useMenu(loadPanel);
  const t = useT();
  const count = useQuery(viewsOptions()).data?.length;
  const placeholder = <div id={menu.panelProps.id} className="saved-views-panel" hidden />;

  return (
    <div className="saved-views" {...menu.rootProps}>
      <button className="site-nav-link" {...menu.buttonProps}>
        {count ? t(savedViewWords.menuCount, { count }) : t(savedViewWords.menu)}
      </button>
      {menu.used ? (
        <Suspense fallback={placeholder}>
          <SavedViewsPanel panel={menu.panelProps} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
