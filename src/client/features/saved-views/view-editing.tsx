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
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { savedViewWords } from './messages';
import { viewEditingWords as words } from './editing.messages';
import './saved-views.css';

export function SaveViewDialog({ filters, onClose }: { filters: PledgeFilters; onClose: () => void }) {
  const queryClient = useQueryClient();
  const t = useT();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (viewName: string) => createView({ name: viewName, query: serializeFilters(filters).toString() }),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      pushToast({
        tone: 'success',
        title: t(words.saved, { name: view.name }),
        body: t(words.savedBody),
      });
      onClose();
    },
    onError: (e) =>
      setError(
        isApiError(e) && e.issues.length && t.locale === 'en'
          ? e.issues.map((i) => i.message).join('. ')
          : errorMessage(e, t),
      ),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError(t(words.needsName));
    setError(null);
    save.mutate(trimmed);
  };

  return (
    <Dialog title={t(words.dialogTitle)} description={t(words.dialogText)} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <FormField label={t(words.name)} error={error ?? undefined}>
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
          <Button onClick={onClose}>{t(commonWords.cancel)}</Button>
          <Button type="submit" variant="primary" pending={save.isPending}>
            {t(savedViewWords.saveView)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

export function RenameForm({ view, onDone }: { view: SavedView; onDone: () => void }) {
  const queryClient = useQueryClient();
  const t = useT();
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
    onError: (e) => pushToast({ tone: 'error', title: t(words.renameFailed), body: errorMessage(e, t) }),
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
        {t(words.newName, { name: view.name })}
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
        {t(commonWords.save)}
      </Button>
      <Button small onClick={onDone}>
        {t(commonWords.cancel)}
      </Button>
    </form>
  );
}

export function ConfirmDelete({ view, onClose }: { view: SavedView; onClose: () => void }) {
  const queryClient = useQueryClient();
  const t = useT();
  const remove = useMutation({
    mutationFn: () => deleteView(view.slug),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      pushToast({ tone: 'success', title: t(words.deleted, { name: view.name }) });
      onClose();
    },
    onError: (e) => pushToast({ tone: 'error', title: t(words.deleteFailed), body: errorMessage(e, t) }),
  });
  return (
    <Dialog title={t(words.deleteTitle, { name: view.name })} description={t(words.deleteText)} onClose={onClose}>
      <div className="dialog-actions">
        <Button onClick={onClose} data-autofocus="">
          {t(commonWords.cancel)}
        </Button>
        <Button
          variant="danger"
          onClick={() => remove.mutate()}
          pending={remove.isPending}
          pendingLabel={t(words.deleting)}
        >
          {t(words.deleteView)}
        </Button>
      </div>
    </Dialog>
  );
}
