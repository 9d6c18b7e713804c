// "Save view": names the view on screen and keeps it on the server, with a short link.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { serializeFilters, VIEW_NAME_MAX, type PledgeFilters } from '../../../shared/contract';
import { Dialog } from '../../components/dialog';
import { errorMessage, isApiError } from '../../lib/api-client';
import { createView } from '../../lib/endpoints/views';
import { viewKeys } from '../../lib/query-keys';
import { pushToast } from '../../lib/stores/toasts';

function SaveViewDialog({ filters, onClose }: { filters: PledgeFilters; onClose: () => void }) {
  const queryClient = useQueryClient();
  const inputId = useId();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (viewName: string) => createView({ name: viewName, query: serializeFilters(filters).toString() }),
    onSuccess: (view) => {
      void queryClient.invalidateQueries({ queryKey: viewKeys.all });
      pushToast({ tone: 'success', title: `Saved “${view.name}”`, body: 'Find it under Saved views, with a short link to send.' });
      onClose();
    },
    onError: (e) => setError(isApiError(e) && e.issues.length ? e.issues.map((i) => i.message).join('. ') : errorMessage(e)),
  });

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return setError('Give the view a name.');
    setError(null);
    save.mutate(trimmed);
  };

  return (
    <Dialog title="Save this view" description="The filters and order on screen, under a name of your choice." onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            Name
          </label>
          <input
            id={inputId}
            className="input"
            value={name}
            maxLength={VIEW_NAME_MAX}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${inputId}-error` : undefined}
            data-autofocus=""
            autoComplete="off"
          />
          {error ? (
            <p id={`${inputId}-error`} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save view'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

export function SaveViewButton({ filters }: { filters: PledgeFilters }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button button-small" onClick={() => setOpen(true)}>
        Save view
      </button>
      {open ? <SaveViewDialog filters={filters} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
