// The saved views menu's panel: each saved view (its short link), with rename (inline) and delete
// (after a confirmation) for editors. Loaded the first time the menu opens (or is about to), so
// the home page carries only the button.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { SavedView } from '@shared/contract';
import { errorMessage } from '@client/lib/api-client';
import { viewsOptions } from '@client/lib/endpoints/views';
import { useCan } from '@client/lib/session';
import { Button } from '@client/components/button';
import type { MenuPanelProps } from '@client/components/menu';
import { useT } from '@client/i18n/language';
import { savedViewsPanelWords as words } from './panel.messages';
import { ConfirmDelete, RenameForm } from './view-editing';

function SavedViewItem({ view, canEdit }: { view: SavedView; canEdit: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const t = useT();
  const stopRenaming = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };
  return (
    <li className="saved-view">
      {renaming ? (
        <RenameForm view={view} onDone={stopRenaming} />
      ) : (
        <>
          <Link to="/v/$slug" params={{ slug: view.slug }} className="saved-view-link">
            {view.name}
          </Link>
          {canEdit ? (
            <span className="saved-view-actions">
              <Button
                ref={renameButton}
                variant="quiet"
                small
                onClick={() => setRenaming(true)}
                aria-label={t(words.renameItem, { name: view.name })}
              >
                {t(words.rename)}
              </Button>
              <Button
                variant="quiet"
                small
                onClick={() => setDeleting(true)}
                aria-label={t(words.deleteItem, { name: view.name })}
              >
                {t(words.delete)}
              </Button>
            </span>
          ) : null}
        </>
      )}
      {deleting ? <ConfirmDelete view={view} onClose={() => setDeleting(false)} /> : null}
    </li>
  );
}

export default function SavedViewsPanel({ panel }: { panel: MenuPanelProps }) {
  const views = useQuery(viewsOptions());
  // Saving, renaming and deleting a view are writes: editors only. Everyone may open one.
  const canEdit = useCan().edit;
  const t = useT();
  return (
    // Following a view's link closes the panel.
    <div className="saved-views-panel" {...panel}>
      <h2 className="saved-views-title">{t(words.title)}</h2>
      {views.isPending ? (
        <p className="muted">{t(words.loading)}</p>
      ) : views.error ? (
        <p className="form-error">{errorMessage(views.error, t)}</p>
      ) : views.data.length ? (
        <ul className="saved-view-list" aria-label={t(words.title)}>
          {views.data.map((view) => (
            <SavedViewItem key={view.slug} view={view} canEdit={canEdit} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t(canEdit ? words.noneEditor : words.noneReader)}</p>
      )}
    </div>
  );
}
