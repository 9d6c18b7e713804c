// The article and where it came from: text, publication date (time optional) and time zone,
// and the source every accepted pledge will carry. Checked with the shared schemas.
import { useId, useMemo, useRef, useState } from 'react';
import { extractRequestSchema, sourceSchema, type ExtractRequest, type Source } from '@shared/contract';
import { isValidTimeZone, todayIn } from '@shared/domain';
import { now } from '@client/lib/clock';
import type { ArticleForm as ArticleFormValues } from './intake-store';
import { publishedInstant } from './published-instant';

type Field = 'text' | 'publishedOn' | 'publishedTime' | 'timeZone' | 'sourceTitle' | 'url' | 'publisher';
type Errors = Partial<Record<Field, string>>;
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

function zones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** The request and source a valid form makes, or the problems by field. */
export function readForm(form: ArticleFormValues): { request: ExtractRequest; source: Source } | { errors: Errors } {
  const errors: Errors = {};
  let publishedAt: string | undefined;
  if (form.publishedTime) {
    publishedAt = isValidTimeZone(form.timeZone)
      ? (publishedInstant(form.publishedOn, form.publishedTime, form.timeZone) ?? undefined)
      : undefined;
    if (!publishedAt && isValidTimeZone(form.timeZone))
      errors.publishedTime = 'Use a time written HH:MM, or leave it empty';
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
      errors[field] ??= field === 'text' && !form.text.trim() ? 'Paste the article text' : issue.message;
    }
  }
  if (!form.text.trim()) errors.text = 'Paste the article text';
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
        key === 'title' && !form.sourceTitle.trim() ? 'Give the headline, so the pledges cite it' : issue.message;
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
  const [errors, setErrors] = useState<Errors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const zoneList = useMemo(zones, []);
  const base = useId();
  const id = (field: Field) => `${base}-${field}`;

  function set<K extends keyof ArticleFormValues>(key: K, value: ArticleFormValues[K]) {
    let next = { ...form, [key]: value };
    if (key === 'publishedOn') next = { ...next, dateTouched: true };
    // Until a date is picked, it is "today" wherever the article was published.
    if (key === 'timeZone' && !form.dateTouched && isValidTimeZone(String(value)))
      next = { ...next, publishedOn: todayIn(String(value), now()) };
    onChange(next);
    if (errors[key as Field]) setErrors((e) => ({ ...e, [key]: undefined }));
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const read = readForm(form);
    if ('errors' in read) {
      setErrors(read.errors);
      const first = ORDER.find((f) => read.errors[f]);
      if (first) document.getElementById(id(first))?.focus();
      return;
    }
    setErrors({});
    onSubmit(read.request, read.source);
  }

  const described = (field: Field, hint = false) =>
    [hint ? `${id(field)}-hint` : null, errors[field] ? `${id(field)}-error` : null].filter(Boolean).join(' ') ||
    undefined;
  const error = (field: Field) =>
    errors[field] ? (
      <p id={`${id(field)}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form ref={formRef} className="intake-form" onSubmit={submit} noValidate aria-labelledby={`${base}-title`}>
      <h2 id={`${base}-title`} className="visually-hidden">
        The article
      </h2>
      <div className="field intake-text-field">
        <label className="field-label" htmlFor={id('text')}>
          Article text
        </label>
        <p id={`${id('text')}-hint`} className="field-hint">
          Paste the story as published. Nothing is saved until you accept a pledge.
        </p>
        <textarea
          id={id('text')}
          className="input textarea intake-textarea"
          value={form.text}
          onChange={(e) => set('text', e.target.value)}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={described('text', true)}
          rows={10}
          spellCheck={false}
        />
        {error('text')}
      </div>

      <fieldset className="intake-fieldset">
        <legend className="field-label">Published</legend>
        <div className="intake-row intake-row-when">
          <div className="field">
            <label className="field-sublabel" htmlFor={id('publishedOn')}>
              Date
            </label>
            <input
              id={id('publishedOn')}
              type="date"
              className="input input-date"
              value={form.publishedOn}
              onChange={(e) => set('publishedOn', e.target.value)}
              aria-invalid={errors.publishedOn ? true : undefined}
              aria-describedby={described('publishedOn')}
              required
            />
            {error('publishedOn')}
          </div>
          <div className="field">
            <label className="field-sublabel" htmlFor={id('publishedTime')}>
              Time <span className="muted">(optional)</span>
            </label>
            <input
              id={id('publishedTime')}
              type="time"
              className="input input-date"
              value={form.publishedTime}
              onChange={(e) => set('publishedTime', e.target.value)}
              aria-invalid={errors.publishedTime ? true : undefined}
              aria-describedby={described('publishedTime')}
            />
            {error('publishedTime')}
          </div>
          <div className="field intake-zone">
            <label className="field-sublabel" htmlFor={id('timeZone')}>
              Time zone
            </label>
            <input
              id={id('timeZone')}
              className="input"
              list={`${base}-zones`}
              value={form.timeZone}
              onChange={(e) => set('timeZone', e.target.value)}
              aria-invalid={errors.timeZone ? true : undefined}
              aria-describedby={described('timeZone', true)}
              autoComplete="off"
              spellCheck={false}
              required
            />
            <datalist id={`${base}-zones`}>
              {zoneList.map((z) => (
                <option key={z} value={z} />
              ))}
            </datalist>
            <p id={`${id('timeZone')}-hint`} className="field-hint">
              Where it was published: “within ten days” counts from this date there.
            </p>
            {error('timeZone')}
          </div>
        </div>
      </fieldset>

      <fieldset className="intake-fieldset">
        <legend className="field-label">Source</legend>
        <div className="intake-row intake-row-source">
          <div className="field intake-source-title">
            <label className="field-sublabel" htmlFor={id('sourceTitle')}>
              Headline
            </label>
            <input
              id={id('sourceTitle')}
              className="input"
              value={form.sourceTitle}
              onChange={(e) => set('sourceTitle', e.target.value)}
              aria-invalid={errors.sourceTitle ? true : undefined}
              aria-describedby={described('sourceTitle')}
              required
            />
            {error('sourceTitle')}
          </div>
          <div className="field">
            <label className="field-sublabel" htmlFor={id('publisher')}>
              Publisher <span className="muted">(optional)</span>
            </label>
            <input
              id={id('publisher')}
              className="input"
              value={form.publisher}
              onChange={(e) => set('publisher', e.target.value)}
              aria-invalid={errors.publisher ? true : undefined}
              aria-describedby={described('publisher')}
            />
            {error('publisher')}
          </div>
          <div className="field">
            <label className="field-sublabel" htmlFor={id('url')}>
              Link <span className="muted">(optional)</span>
            </label>
            <input
              id={id('url')}
              type="url"
              inputMode="url"
              className="input"
              placeholder="https://"
              value={form.url}
              onChange={(e) => set('url', e.target.value)}
              aria-invalid={errors.url ? true : undefined}
              aria-describedby={described('url')}
            />
            {error('url')}
          </div>
        </div>
      </fieldset>

      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Reading the article…' : 'Find pledges'}
        </button>
      </div>
    </form>
  );
}
