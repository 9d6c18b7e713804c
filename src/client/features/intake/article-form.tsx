// The article and where it came from: text, publication date (time optional) and time zone,
// and the source every accepted pledge will carry. Checked with the shared schemas. Until a date
// is picked, it is the date of the story's dateline, or today where it was published.
import { useId, useMemo, useRef, useState } from 'react';
import { extractRequestSchema, sourceSchema, type ExtractRequest, type Source } from '@shared/contract';
import { isValidTimeZone, todayIn } from '@shared/domain';
import { englishTranslator, type Translate } from '@shared/i18n';
import { findDateline } from '@shared/extract/dateline';
import { Button } from '@client/components/button';
import { FieldGroup } from '@client/components/field-group';
import { DateField } from '@client/components/date-field';
import { FormField, TextField } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import { now } from '@client/lib/clock';
import type { ArticleForm as ArticleFormValues } from './intake-store';
import { issueText } from './issue-text';
import { articleWords as words, intakeWords } from './messages';
import { publishedInstant } from './published-instant';

/** The start of a link, the same in every language: not words to translate. */
const LINK_START = 'https://';

type Field = 'text' | 'publishedOn' | 'publishedTime' | 'timeZone' | 'sourceTitle' | 'url' | 'publisher';
type Errors = Partial<Record<Field, string>>;
const DATE = 'input input-date';
const ORDER: Field[] = ['text', 'publishedOn', 'publishedTime', 'timeZone', 'sourceTitle', 'publisher', 'url'];

export function defaultForm(): ArticleFormValues {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  return {
    text: '',
    publishedOn: todayIn(zone, now()),
    publishedTime: '',
    timeZone: zone,
    sourceTitle: '',
    publisher: '',
    url: '',
    dateTouched: false,
  };
}

/** Today where the article was published; the date as it is while the zone is half typed. */
function todayFor(form: ArticleFormValues): string {
  return isValidTimeZone(form.timeZone) ? todayIn(form.timeZone, now()) : form.publishedOn;
}

/** The date the story's dateline names ("Aug 18": the last 18 August up to today), if any. */
function datelineDate(form: ArticleFormValues): string | null {
  return findDateline(form.text, todayFor(form))?.date ?? null;
}

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The request and source a valid form makes, or the problems by field. */
export function readForm(
  form: ArticleFormValues,
  t: Translate = englishTranslator(),
): { request: ExtractRequest; source: Source } | { errors: Errors } {
  const errors: Errors = {};
  let publishedAt: string | undefined;
  if (form.publishedTime) {
    publishedAt = isValidTimeZone(form.timeZone)
      ? (publishedInstant(form.publishedOn, form.publishedTime, form.timeZone) ?? undefined)
      : undefined;
    if (!publishedAt && isValidTimeZone(form.timeZone)) errors.publishedTime = t(words.timeFormat);
  }
  const request = extractRequestSchema.safeParse({
    text: form.text,
    publishedOn: form.publishedOn,
    timeZone: form.timeZone.trim(),
    ...(publishedAt ? { publishedAt } : {}),
  });
  if (!request.success) {
    for (const issue of request.error.issues) {
      const field = String(issue.path[0]) as Field;
      errors[field] ??= field === 'text' && !form.text.trim() ? t(words.pasteText) : issueText(issue.message, t);
    }
  }
  if (!form.text.trim()) errors.text = t(words.pasteText);
  const source = sourceSchema.safeParse({
    title: form.sourceTitle,
    ...(form.publisher.trim() ? { publisher: form.publisher } : {}),
    ...(form.url.trim() ? { url: form.url } : {}),
    publishedOn: form.publishedOn,
  });
  if (!source.success) {
    for (const issue of source.error.issues) {
      const key = String(issue.path[0]);
      const field: Field =
        key === 'title' ? 'sourceTitle' : key === 'url' ? 'url' : key === 'publisher' ? 'publisher' : 'publishedOn';
      errors[field] ??=
        key === 'title' && !form.sourceTitle.trim() ? t(words.headlineNeeded) : issueText(issue.message, t);
    }
  }
  if (Object.keys(errors).length || !request.success || !source.success) return { errors };
  return { request: { ...request.data, text: form.text }, source: source.data };
}

interface ArticleFormProps {
  form: ArticleFormValues;
  onChange: (form: ArticleFormValues) => void;
  onSubmit: (request: ExtractRequest, source: Source) => void;
  busy: boolean;
}

export function ArticleForm({ form, onChange, onSubmit, busy }: ArticleFormProps) {
  const t = useT();
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const zoneList = useMemo(zones, []);
  const fromDateline = !form.dateTouched && datelineDate(form) === form.publishedOn;
  const base = useId();
  const id = (field: Field) => `${base}-${field}`;

  function set<K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) {
    let next = { ...form, [key]: value };
    if (key === 'publishedOn') next = { ...next, dateTouched: true };
    // Until a date is picked, it is the dateline's, else "today" wherever the article was published.
    if ((key === 'text' || key === 'timeZone') && !form.dateTouched)
      next = { ...next, publishedOn: datelineDate(next) ?? todayFor(next) };
    onChange(next);
    if (errors[key as Field]) setErrors((e) => ({ ...e, [key]: undefined }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const read = readForm(form, t);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = ORDER.find((f) => read.errors[f]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    onSubmit(read.request, read.source);
  }

  // Each text field shows and sets one value of the form.
  const bind = (field: Exclude<Field, 'text'>) => ({
    value: form[field],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => set(field, e.target.value),
  });

  return (
    <form ref={formRef} className="intake-form" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="visually-hidden">
        {t(intakeWords.article)}
      </h2>
      <FormField
        label={t(words.text)}
        id={id('text')}
        className="intake-text-field"
        hintFirst
        hint={t(words.textHint)}
        error={errors.text}
      >
        {(control) => (
          <textarea
            {...control}
            className="input textarea intake-textarea"
            value={form.text}
            onChange={(e) => set('text', e.target.value)}
            rows={10}
            spellCheck={false}
          />
        )}
      </FormField>

      <FieldGroup legend={t(words.published)} className="intake-fieldset">
        <div className="intake-row intake-row-when">
          <DateField
            label={t(words.date)}
            sublabel
            id={id('publishedOn')}
            error={errors.publishedOn}
            hint={fromDateline ? t(words.fromDateline) : undefined}
            {...bind('publishedOn')}
            required
          />
          <FormField label={t(words.time)} optional sublabel id={id('publishedTime')} error={errors.publishedTime}>
            {(control) => <input {...control} type="time" className={DATE} {...bind('publishedTime')} />}
          </FormField>
          <FormField
            label={t(words.zone)}
            sublabel
            id={id('timeZone')}
            className="intake-zone"
            hint={t(words.zoneHint)}
            error={errors.timeZone}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  className="input"
                  list={`${base}-zones`}
                  {...bind('timeZone')}
                  autoComplete="off"
                  spellCheck={false}
                  required
                />
                <datalist id={`${base}-zones`}>
                  {zoneList.map((z) => (
                    <option key={z} value={z} />
                  ))}
                </datalist>
              </>
            )}
          </FormField>
        </div>
      </FieldGroup>

      <FieldGroup legend={t(words.source)} className="intake-fieldset">
        <div className="intake-row intake-row-source">
          <FormField
            label={t(words.headline)}
            sublabel
            id={id('sourceTitle')}
            className="intake-source-title"
            error={errors.sourceTitle}
          >
            {(control) => <input {...control} className="input" {...bind('sourceTitle')} required />}
          </FormField>
          <FormField label={t(words.publisher)} optional sublabel id={id('publisher')} error={errors.publisher}>
            {(control) => <input {...control} className="input" {...bind('publisher')} />}
          </FormField>
          <TextField
            label={t(words.link)}
            optional
            sublabel
            id={id('url')}
            error={errors.url}
            type="url"
            inputMode="url"
            placeholder={LINK_START}
            {...bind('url')}
          />
        </div>
      </FieldGroup>

      <div className="button-row">
        <Button type="submit" variant="primary" pending={busy} pendingLabel={t(intakeWords.reading)}>
          {t(words.find)}
        </Button>
      </div>
    </form>
  );
}
