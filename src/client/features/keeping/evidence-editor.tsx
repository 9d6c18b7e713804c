// Evidence kept with a pledge: add an item (link, title, date, a note in both languages), correct
// one, or remove one. The whole list is sent each time (the API keeps each item's first-recorded
// time), and the history records every change.
import { useState, type FormEvent } from 'react';
import { evidenceInputSchema, type Pledge } from '@shared/contract';
import { evidenceInputOf } from '@shared/domain';
import type { Locale } from '@shared/i18n';
import type { TwoLanguageText } from '@client/components/field-group';
import { DateField } from '@client/components/date-field';
import { FormField } from '@client/components/form-field';
import { hostOf } from '@client/lib/format';
import { useT } from '@client/i18n/language';
import { Button } from '@client/components/button';
import { issuesOf, itemIssuesOf, usePledgeChange } from './use-pledge-change';
import { evidenceEditWords as words } from './messages';
import './keeping.css';
import { LinkInput, SaveCancel } from './editor-parts';
import { noteDraft, NoteFields, noteOf } from './note-fields';
import { openItemStore } from './open-item-store';

type Draft = { url: string; title: string; date: string; note: TwoLanguageText };
const emptyDraft = (locale: Locale): Draft => ({ url: '', title: '', date: '', note: noteDraft(undefined, locale) });

/** Which evidence item is open in the form: null closed, -1 a new one, n the n-th (of one pledge). */
const useEvidenceForm = openItemStore<number>();

/** "Edit" and "Remove" beside one piece of evidence, in the evidence list. */
export function EvidenceActions({ pledge, index }: { pledge: Pledge; index: number }) {
  const change = usePledgeChange(pledge);
  const t = useT();
  const open = useEvidenceForm((s) => s.open);
  const item = pledge.evidence[index];
  if (!item) return null;
  const name = item.title ?? hostOf(item.url);
  return (
    <span className="evidence-actions">
      <Button variant="quiet" small onClick={() => open(pledge.id, index)} aria-label={t(words.editItem, { name })}>
        {t(words.edit)}
      </Button>
      <Button
        variant="quiet"
        small
        disabled={change.isPending}
        onClick={() => change.mutate({ evidence: pledge.evidence.map(evidenceInputOf).filter((_, j) => j !== index) })}
        aria-label={t(words.removeItem, { name })}
      >
        {t(words.remove)}
      </Button>
      {change.isError && issuesOf(change.error).evidence ? (
        <span className="field-error" role="alert">
          {' '}
          {issuesOf(change.error).evidence}
        </span>
      ) : null}
    </span>
  );
}

export function EvidenceEditor({ pledge }: { pledge: Pledge }) {
  const change = usePledgeChange(pledge);
  const t = useT();
  const form = useEvidenceForm();
  const editing = form.pledgeId === pledge.id ? form.item : null;
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(t.locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shown, setShown] = useState<number | null>(null);
  const current = pledge.evidence.map(evidenceInputOf);
  const setEditing = (index: number | null) => (index === null ? form.close() : form.open(pledge.id, index));

  // Opened from an item's "Edit" (or "Add evidence"): fill the form with that item.
  if (shown !== editing) {
    setShown(editing);
    const item = editing === null ? undefined : pledge.evidence[editing];
    setDraft(
      item
        ? { url: item.url, title: item.title ?? '', date: item.date ?? '', note: noteDraft(item, t.locale) }
        : emptyDraft(t.locale),
    );
    setErrors({});
  }
  const open = (index: number) => setEditing(index);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing === null) return;
    const item = {
      url: draft.url.trim(),
      ...noteOf(draft.note),
      ...(draft.title.trim() ? { title: draft.title.trim() } : {}),
      ...(draft.date ? { date: draft.date } : {}),
    };
    const checked = evidenceInputSchema.safeParse(item);
    if (!checked.success) {
      const found: Record<string, string> = {};
      for (const issue of checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      setErrors(found);
      return;
    }
    const at = editing === -1 ? current.length : editing;
    const next =
      editing === -1 ? [...current, checked.data] : current.map((e, i) => (i === editing ? checked.data : e));
    change.mutate(
      { evidence: next },
      {
        onSuccess: () => setEditing(null),
        onError: (error) => setErrors(itemIssuesOf(error, 'evidence', at, 'url')),
      },
    );
  }

  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  return (
    <div className="keeping-tools">
      {editing !== null ? (
        <form
          className="keeping-form"
          onSubmit={submit}
          aria-label={t(editing === -1 ? words.add : words.correct)}
          noValidate
        >
          <FormField label={t(words.link)} error={errors.url}>
            {(control) => <LinkInput {...control} value={draft.url} onChange={(e) => set({ url: e.target.value })} />}
          </FormField>
          <div className="form-row">
            <FormField label={t(words.title)} error={errors.title}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={draft.title}
                  onChange={(e) => set({ title: e.target.value })}
                />
              )}
            </FormField>
            <DateField
              label={t(words.dated)}
              error={errors.date}
              value={draft.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          </div>
          <NoteFields
            legend={t(words.note)}
            label={(language) => t(words.noteIn, { language })}
            value={draft.note}
            onChange={(note) => set({ note })}
            errors={errors}
            multiline
          />
          <SaveCancel label={t(words.save)} pending={change.isPending} onCancel={() => setEditing(null)} />
        </form>
      ) : (
        <Button small onClick={() => open(-1)}>
          {t(words.add)}
        </Button>
      )}
    </div>
  );
}
