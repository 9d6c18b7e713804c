// Recording deliveries towards a pledged amount: a short form (when, how much, a note in both
// languages, a link), and beside each recorded one (in the amount's list) a way to correct it, in
// the same form, or to take it back. Each change is a new version of the pledge, with its history.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { deliveryInputSchema, type Delivery, type Pledge } from '@shared/contract';
import { todayIn } from '@shared/domain';
import { formatDateIn, type Locale } from '@shared/i18n';
import type { TwoLanguageText } from '@client/components/field-group';
import { useT } from '@client/i18n/language';
import { DateField } from '@client/components/date-field';
import { FormField } from '@client/components/form-field';
import { now } from '@client/lib/clock';
import { parseAmount } from '@client/lib/format';
import { Button } from '@client/components/button';
import { itemIssuesOf, usePledgeChange } from './use-pledge-change';
import { deliveryWords as words } from './messages';
import './keeping.css';
import { LinkInput, SaveCancel } from './editor-parts';
import { noteDraft, NoteFields, noteOf } from './note-fields';
import { openItemStore } from './open-item-store';

/** Which delivery is open in the form: null closed, 'new' a new one, else a recorded one's id (of one pledge). */
const useDeliveryForm = openItemStore<string>();

/** "Edit" and "Remove" beside one recorded delivery: the others stay, the history keeps each change. */
export function DeliveryActions({ pledge, delivery }: { pledge: Pledge; delivery: Delivery }) {
  const change = usePledgeChange(pledge);
  const open = useDeliveryForm((s) => s.open);
  const t = useT();
  const date = formatDateIn(t.locale, delivery.on);
  return (
    <>
      {' '}
      <Button
        variant="quiet"
        small
        className="delivery-edit"
        onClick={() => open(pledge.id, delivery.id)}
        aria-label={t(words.editOf, { date })}
      >
        {t(words.edit)}
      </Button>
      <Button
        variant="quiet"
        small
        className="delivery-remove"
        disabled={change.isPending}
        onClick={() => change.mutate({ deliveries: pledge.deliveries.filter((x) => x.id !== delivery.id) })}
        aria-label={t(words.removeOf, { date })}
      >
        {t(words.remove)}
      </Button>
    </>
  );
}

interface Draft {
  on: string;
  value: string;
  note: TwoLanguageText;
  url: string;
}

const draftOf = (delivery: Delivery | undefined, pledge: Pledge, locale: Locale): Draft =>
  delivery
    ? { on: delivery.on, value: String(delivery.value), note: noteDraft(delivery, locale), url: delivery.url ?? '' }
    : { on: todayIn(pledge.timeZone, now()), value: '', note: noteDraft(undefined, locale), url: '' };

export function DeliveryEditor({ pledge }: { pledge: Pledge }) {
  const change = usePledgeChange(pledge);
  const t = useT();
  const form = useDeliveryForm();
  const editing = form.pledgeId === pledge.id ? form.item : null;
  const [draft, setDraft] = useState<Draft>(() => draftOf(undefined, pledge, t.locale));
  const [shown, setShown] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a delivery's "Edit" (or "Record a delivery"): the form holds that delivery, and takes focus.
  const delivery = editing && editing !== 'new' ? pledge.deliveries.find((d) => d.id === editing) : undefined;
  if (shown !== editing) {
    setShown(editing);
    setDraft(draftOf(delivery, pledge, t.locale));
    setErrors({});
  }
  useEffect(() => {
    if (editing) formRef.current?.querySelector<HTMLElement>('input')?.focus();
  }, [editing]);
  if (!pledge.amount) return null;
  const currency = pledge.amount.currency;
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const close = () => form.close();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!editing) return;
    const value = parseAmount(draft.value);
    const item = {
      on: draft.on,
      value,
      ...noteOf(draft.note),
      ...(draft.url.trim() ? { url: draft.url.trim() } : {}),
    };
    const checked = deliveryInputSchema.safeParse(item);
    if (!checked.success || !Number.isFinite(value)) {
      const found: Record<string, string> = {};
      for (const issue of checked.success ? [] : checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      if (!Number.isFinite(value)) found.value = t(words.notANumber);
      setErrors(found);
      return;
    }
    setErrors({});
    // A corrected delivery keeps its id: the history shows it changed, not removed and added.
    const at = delivery ? pledge.deliveries.indexOf(delivery) : pledge.deliveries.length;
    const next = delivery
      ? pledge.deliveries.map((d) => (d.id === delivery.id ? { ...checked.data, id: delivery.id } : d))
      : [...pledge.deliveries, checked.data];
    change.mutate(
      { deliveries: next },
      {
        onSuccess: close,
        onError: (error) => setErrors(itemIssuesOf(error, 'deliveries', at, 'value')),
      },
    );
  }

  const label = delivery ? t(words.correct, { date: formatDateIn(t.locale, delivery.on) }) : t(words.form);
  return (
    <div className="keeping-tools">
      {editing ? (
        <form ref={formRef} className="keeping-form" onSubmit={submit} aria-label={label} noValidate>
          <div className="form-row">
            <DateField
              label={t(words.on)}
              error={errors.on}
              value={draft.on}
              onChange={(e) => set({ on: e.target.value })}
            />
            <FormField label={t(words.amount, { currency })} error={errors.value}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  inputMode="decimal"
                  value={draft.value}
                  onChange={(e) => set({ value: e.target.value })}
                />
              )}
            </FormField>
          </div>
          <NoteFields
            legend={t(words.what)}
            label={(language) => t(words.whatIn, { language })}
            value={draft.note}
            onChange={(note) => set({ note })}
            errors={errors}
          />
          <FormField label={t(words.link)} error={errors.url}>
            {(control) => <LinkInput {...control} value={draft.url} onChange={(e) => set({ url: e.target.value })} />}
          </FormField>
          <SaveCancel label={t(words.save)} pending={change.isPending} onCancel={close} />
        </form>
      ) : (
        <Button small onClick={() => form.open(pledge.id, 'new')}>
          {t(words.form)}
        </Button>
      )}
    </div>
  );
}
