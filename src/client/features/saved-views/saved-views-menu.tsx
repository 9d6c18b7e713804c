// "Saved views" in the header: a disclosure listing each saved view (its short link), with
// rename (inline) and delete (after a confirmation).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { VIEW_NAME_MAX, type SavedView } from '../../../shared/contract';
import { Dialog } from '../../components/dialog';
import { errorMessage } from '../../lib/api-client';
import { deleteView, renameView, viewsOptions } from '../../lib/endpoints/views';
import { viewKeys } from '../../lib/query-keys';
import { pushToast } from '../../lib/stores/toasts';

function RenameForm({ view, onDone }: { view: SavedView; onDone: () => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [name, setName] = useState(view.name);
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);
  const rename = useMutation({
    mutationFn: (next: string) => renameView(view.slug, next),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      onDone();
    },
    onError: (e) => pushToast({ tone: 'error', title: 'The view could not be renamed', body: errorMessage(e) }),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || trimmed === view.name) return onDone();
    rename.mutate(trimmed);
  };
  return (
    <form className="saved-view-rename" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}>
      <label className="visually-hidden" htmlFor={id}>
        New name for “{view.name}”
      </label>
      <input ref={inputRef} id={id} className="input" value={name} maxLength={VIEW_NAME_MAX} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      <button type="submit" className="button button-small button-primary" disabled={rename.isPending}>
        Save
      </button>
      <button type="button" className="button button-small" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}

function ConfirmDelete({ view, onClose }: { view: SavedView; onClose: () => void }) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => deleteView(view.slug),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      pushToast({ tone: 'success', title: `Deleted “${view.name}”` });
      onClose();
    },
    onError: (e) => pushToast({ tone: 'error', title: 'The view could not be deleted', body: errorMessage(e) }),
  });
  return (
    <Dialog title={`Delete “${view.name}”?`} description="Its short link will stop working for everyone. The pledges are not touched." onClose={onClose}>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus="">
          Cancel
        </button>
        <button type="button" className="button button-primary button-danger" onClick={() => remove.mutate()} disabled={remove.isPending}>
          {remove.isPending ? 'Deleting…' : 'Delete view'}
        </button>
      </div>
    </Dialog>
  );
}

function SavedViewItem({ view }: { view: SavedView }) {
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
          <span className="saved-view-actions">
            <button ref={renameButton} type="button" className="button button-small button-quiet" onClick={() => setRenaming(true)} aria-label={`Rename “${view.name}”`}>
              Rename
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setDeleting(true)} aria-label={`Delete “${view.name}”`}>
              Delete
            </button>
          </span>
        </>
      )}
      {deleting ? <ConfirmDelete view={view} onClose={() => setDeleting(false)} /> : null}
    </li>
  );
}

export function SavedViewsMenu() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const views = useQuery(viewsOptions());
  const count = views.data?.length;

  return (
    <div
      className="saved-views"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button ref={buttonRef} type="button" className="site-nav-link" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Saved views{count ? ` (${count})` : ''}
      </button>
      {/* Following a view's link closes the panel. */}
      <div id={panelId} className="saved-views-panel" hidden={!open} onClick={(e) => (e.target as HTMLElement).closest('a') && setOpen(false)}>
        <h2 className="saved-views-title">Saved views</h2>
        {views.isPending ? (
          <p className="muted">Loading…</p>
        ) : views.error ? (
          <p className="form-error">{errorMessage(views.error)}</p>
        ) : views.data.length ? (
          <ul className="saved-view-list" aria-label="Saved views">
            {views.data.map((view) => (
              <SavedViewItem key={view.slug} view={view} />
            ))}
          </ul>
        ) : (
          <p className="muted">None yet. Filter the list, then “Save view” keeps it here with a short link.</p>
        )}
      </div>
    </div>
  );
}
