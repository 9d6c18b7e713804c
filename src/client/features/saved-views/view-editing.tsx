// Writing saved views: naming the view on screen, renaming one, deleting one (after a
// confirmation). Loaded on first use, so readers never download it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { serializeFilters, VIEW_NAME_MAX, type PledgeFilters, type SavedView } from '@shared/contract';
import { Dialog } from '@client/components/dialog';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { createView, deleteView, renameView } from '@client/lib/endpoints/views';
import { viewKeys } from '@client/lib/query-keys';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { FormField } from '@client/components/form-field';
import './saved-views.css';

export function SaveViewDialog({ filters, onClose }: { filters: PledgeFilters; onClose: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (viewName: string) => createView({ name: viewName, query: serializeFilters(filters).toString() }),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      pushToast({
        tone: 'success',
        title: `Saved “${view.name}”`,
        body: 'Find it under Saved views, with a short link to send.',
      });
      onClose();
    },
    onError: (e) =>
      setError(isApiError(e) && e.issues.length ? e.issues.map((i) => i.message).join('. ') : errorMessage(e)),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the view a name.');
    setError(null);
    save.mutate(trimmed);
  };

  return (
    <Dialog
      title="Save this view"
      description="The filters and order on screen, under a name of your choice."
      onClose={onClose}
    >
      <form onSubmit={submit} noValidate>
        <FormField label="Name" error={error ?? undefined}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={name}
              maxLength={VIEW_NAME_MAX}
              onChange={(e) => setName(e.target.value)}
              data-autofocus=""
              autoComplete="off"
            />
          )}
        </FormField>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" pending={save.isPending}>
            Save view
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenameForm({ view, onDone }: { view: SavedView; onDone: () => void }) {
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
    <form
      className="saved-view-rename"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), onDone())}
    >
      <label className="visually-hidden" htmlFor={id}>
        New name for “{view.name}”
      </label>
      <input
        ref={inputRef}
        id={id}
        className="input"
        value={name}
        maxLength={VIEW_NAME_MAX}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
      />
      <Button type="submit" variant="primary" small disabled={rename.isPending}>
        Save
      </Button>
      <Button small onClick={onDone}>
        Cancel
      </Button>
    </form>
  );
}

export function ConfirmDelete({ view, onClose }: { view: SavedView; onClose: () => void }) {
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
    <Dialog
      title={`Delete “${view.name}”?`}
      description="Its short link will stop working for everyone. The pledges are not touched."
      onClose={onClose}
    >
      <div className="dialog-actions">
        <Button onClick={onClose} data-autofocus="">
          Cancel
        </Button>
        <Button variant="danger" onClick={() => remove.mutate()} pending={remove.isPending} pendingLabel="Deleting…">
          Delete view
        </Button>
      </div>
    </Dialog>
  );
}
