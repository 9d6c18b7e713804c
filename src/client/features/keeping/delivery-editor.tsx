// Recording deliveries towards a pledged amount: a short form (when, how much, a note in both
// languages, a link),
// and beside each recorded one (in the amount's list) a way to take it back. Each change is a new version of the pledge, with its history.
import { useState, type FormEvent } from 'react';
import { deliveryInputSchema, type Delivery, type Pledge } from '@shared/contract';
import { todayIn } from '@shared/domain';
import { formatDateIn } from '@shared/i18n';
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

/** "Remove" beside one recorded delivery: the others stay, the history keeps it. */
export function RemoveDeliveryButton({ pledge, delivery }: { pledge: Pledge; delivery: Delivery }) {
  const change = usePledgeChange(pledge);
  const t = useT();
  return (
    <>
      {' '}
      <Button
        variant="quiet"
        small
        className="delivery-remove"
        disabled={change.isPending}
        onClick={() => change.mutate({ deliveries: pledge.deliveries.filter((x) => x.id !== delivery.id) })}
        aria-label={t(words.removeOf, { date: formatDateIn(t.locale, delivery.on) })}
      >
        {t(words.remove)}
      </Button>
    </>
  );
}

export function DeliveryEditor({ pledge }: { pledge: Pledge }) {
  const change = usePledgeChange(pledge);
  const t = useT();
  const [open, setOpen] = useState(false);
  const [on, setOn] = useState(() => todayIn(pledge.timeZone, now()));
  const [value, setValue] = useState('');
  const [note, setNote] = useState(() => noteDraft(undefined, t.locale));
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!pledge.amount) return null;
  const currency = pledge.amount.currency;
  const index = pledge.deliveries.length;

  function submit(event: FormEvent) {
    event.preventDefault();
    const item = { on, value: parseAmount(value), ...noteOf(note), ...(url.trim() ? { url: url.trim() } : {}) };
    const checked = deliveryInputSchema.safeParse(item);
    if (!checked.success || !Number.isFinite(item.value)) {
      const found: Record<string, string> = {};
      for (const issue of checked.success ? [] : checked.error.issues) found[String(issue.path[0])] ??= issue.message;
      if (!Number.isFinite(item.value)) found.value = t(words.notANumber);
      setErrors(found);
      return;
    }
    setErrors({});
    change.mutate(
      { deliveries: [...pledge.deliveries, checked.data] },
      {
        onSuccess: () => {
          setOpen(false);
          setValue('');
          setNote(noteDraft(undefined, t.locale));
          setUrl('');
        },
        onError: (error) => setErrors(itemIssuesOf(error, 'deliveries', index, 'value')),
      },
    );
  }

  return (
    <div className="keeping-tools">
      {open ? (
        <form className="keeping-form" onSubmit={submit} aria-label={t(words.form)} noValidate>
          <div className="form-row">
            <DateField label={t(words.on)} error={errors.on} value={on} onChange={(e) => setOn(e.target.value)} />
            <FormField label={t(words.amount, { currency })} error={errors.value}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  inputMode="decimal"
                  value={value}
                  onChange={(e) => setValue(e.target.value)}
                />
              )}
            </FormField>
          </div>
          <NoteFields
            legend={t(words.what)}
            label={(language) => t(words.whatIn, { language })}
            value={note}
            onChange={setNote}
            errors={errors}
          />
          <FormField label={t(words.link)} error={errors.url}>
            {(control) => <LinkInput {...control} value={url} onChange={(e) => setUrl(e.target.value)} />}
          </FormField>
          <SaveCancel label={t(words.save)} pending={change.isPending} onCancel={() => setOpen(false)} />
        </form>
      ) : (
        <Button small onClick={() => setOpen(true)}>
          {t(words.form)}
        </Button>
      )}
    </div>
  );
}
