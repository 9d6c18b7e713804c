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
import { ConfirmDelete, RenameForm } from './view-editing';

function SavedViewItem({ view, canEdit }: { view: SavedView; canEdit: boolean }) {
  const [renaming, setRenaming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
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
                aria-label={`Rename “${view.name}”`}
              >
                Rename
              </Button>
              <Button variant="quiet" small onClick={() => setDeleting(true)} aria-label={`Delete “${view.name}”`}>
                Delete
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
  return (
    // Following a view's link closes the panel.
    <div className="saved-views-panel" {...panel}>
      <h2 className="saved-views-title">Saved views</h2>
      {views.isPending ? (
        <p className="muted">Loading…</p>
      ) : views.error ? (
        <p className="form-error">{errorMessage(views.error)}</p>
      ) : views.data.length ? (
        <ul className="saved-view-list" aria-label="Saved views">
          {views.data.map((view) => (
            <SavedViewItem key={view.slug} view={view} canEdit={canEdit} />
          ))}
        </ul>
      ) : (
        <p className="muted">
          {canEdit
            ? 'None yet. Filter the list, then “Save view” keeps it here with a short link.'
            : 'None yet. Editors save views here, each with a short link.'}
        </p>
      )}
    </div>
  );
}
