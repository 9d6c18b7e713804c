// Evidence kept with a pledge: add an item (link, title, date, note), correct one, or remove
// one. The whole list is sent each time (the API keeps each item's first-recorded time), and
// the history records every change.
import { useState, type FormEvent } from 'react';
import { evidenceInputSchema, type Evidence, type EvidenceInput, type Pledge } from '../../../shared/contract';
import { FormField } from '../../components/form-field';
import { hostOf } from '../../lib/format';
import { issuesOf, usePledgeChange } from './use-pledge-change';

type Draft = { url: string; title: string; date: string; note: string };
const EMPTY: Draft = { url: '', title: '', date: '', note: '' };

function inputOf(e: Evidence): EvidenceInput {
  return { url: e.url, note: e.note, ...(e.title ? { title: e.title } : {}), ...(e.date ? { date: e.date } : {}) };
}

export function EvidenceEditor({ pledge }: { pledge: Pledge }) {
  const change = usePledgeChange(pledge);
  // null: closed; -1: a new item; n: editing item n.
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const current = pledge.evidence.map(inputOf);

  function open(index: number) {
    const item = pledge.evidence[index];
    setDraft(item ? { url: item.url, title: item.title ?? '', date: item.date ?? '', note: item.note } : EMPTY);
    setErrors({});
    setEditing(index);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing === null) return;
    const item = { url: draft.url.trim(), note: draft.note.trim(), ...(draft.title.trim() ? { title: draft.title.trim() } : {}), ...(draft.date ? { date: draft.date } : {}) };
    const checked = evidenceInputSchema.safeParse(item);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    const at = editing === -1 ? current.length : editing;
    const next = editing === -1 ? [...current, checked.data] : current.map((e, i) => (i === editing ? checked.data : e));
    change.mutate(
      { evidence: next },
      {
        onSuccess: () => setEditing(null),
        onError: (error) => {
          const byPath = issuesOf(error);
          const mine = Object.fromEntries(
            Object.entries(byPath)
              .filter(([path]) => path.startsWith(`evidence.${at}.`))
              .map(([path, message]) => [path.split('.')[2]!, message]),
          );
          setErrors(Object.keys(mine).length ? mine : byPath.evidence ? { url: byPath.evidence } : {});
        },
      },
    );
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <div className="keeping-tools">
      {pledge.evidence.length ? (
        <ul className="keeping-list" aria-label="Evidence to correct or remove">
          {pledge.evidence.map((e, i) => (
            <li key={`${e.url}-${e.addedAt}`}>
              {e.title ?? hostOf(e.url)}
              <button type="button" className="button button-small button-quiet" onClick={() => open(i)}>
                Edit <span className="visually-hidden">“{e.title ?? hostOf(e.url)}”</span>
              </button>
              <button type="button" className="button button-small button-quiet" disabled={change.isPending} onClick={() => change.mutate({ evidence: current.filter((_, j) => j !== i) })}>
                Remove <span className="visually-hidden">“{e.title ?? hostOf(e.url)}”</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {change.isError && editing === null && issuesOf(change.error).evidence ? (
        <p className="field-error" role="alert">
          {issuesOf(change.error).evidence}
        </p>
      ) : null}
      {editing !== null ? (
        <form className="keeping-form" onSubmit={submit} aria-label={editing === -1 ? 'Add evidence' : 'Correct evidence'} noValidate>
          <FormField label="Link" error={errors.url}>
            {(control) => <input {...control} type="url" className="input" placeholder="https://" value={draft.url} onChange={(e) => set({ url: e.target.value })} />}
          </FormField>
          <div className="form-row">
            <FormField label="Title (optional)" error={errors.title}>
              {(control) => <input {...control} className="input" value={draft.title} onChange={(e) => set({ title: e.target.value })} />}
            </FormField>
            <FormField label="Dated (optional)" error={errors.date}>
              {(control) => <input {...control} type="date" className="input" value={draft.date} onChange={(e) => set({ date: e.target.value })} />}
            </FormField>
          </div>
          <FormField label="Note (optional)" error={errors.note}>
            {(control) => <textarea {...control} className="input textarea" rows={2} value={draft.note} onChange={(e) => set({ note: e.target.value })} />}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {change.isPending ? 'Saving…' : 'Save the evidence'}
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className="button button-small" onClick={() => open(-1)}>
          Add evidence
        </button>
      )}
    </div>
  );
}
