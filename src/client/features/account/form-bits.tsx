// Small pieces the account pages share: field errors from the contract's schemas and the
// server's issues, a confirmation dialog, a secret shown once with a Copy button, a section.
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { z } from 'zod';
import { emailSchema } from '@shared/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { paths } from '@client/app/paths';
import { Dialog } from '@client/components/dialog';
import { ErrorState } from '@client/components/error-state';
import { SkeletonLine } from '@client/components/skeleton';
import { FormField } from '@client/components/form-field';
import { PageHeading } from '@client/components/page-heading';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { copyText } from '@client/lib/clipboard';
import { Button, buttonClass } from '@client/components/button';
import { FormError } from '@client/components/form';
import { commonWords } from '@client/components/common.messages';
import { useLanguage, useT } from '@client/i18n/language';
import type { Message, Translate } from '@shared/i18n';
import { formWords, serverIssueWords } from './messages';

export type Errors<F extends string> = Partial<Record<F | 'form', string>>;

/** What a field says for each kind of problem a schema finds; lengths have their own words by default. */
export interface ProblemWords {
  tooShort?: Message;
  tooLong?: Message;
  badFormat?: Message;
  other?: Message;
}

/** The first thing a schema has against a value, in the reader's words. */
export function problemWith(
  schema: z.ZodType,
  value: unknown,
  t: Translate,
  words: ProblemWords = {},
): string | undefined {
  const result = schema.safeParse(value);
  const issue = result.success ? undefined : result.error.issues[0];
  if (!issue) return undefined;
  switch (issue.code) {
    case 'too_small':
      return t(words.tooShort ?? formWords.tooShort, { min: Number(issue.minimum) });
    case 'too_big':
      return t(words.tooLong ?? formWords.tooLong, { max: Number(issue.maximum) });
    case 'invalid_format':
      return t(words.badFormat ?? words.other ?? formWords.invalid);
    default:
      return t(words.other ?? formWords.invalid);
  }
}

/** An email address's problem, as every account form words it. */
export function emailProblem(value: string, t: Translate): string | undefined {
  return problemWith(emailSchema, value, t, { badFormat: formWords.badEmail });
}

/** Errors with something in them. */
export function hasErrors(errors: Errors<string>): boolean {
  return Object.values(errors).some(Boolean);
}

/** A message's English text (in the browser build it arrives compiled: these have no placeholders). */
const englishOf = ({ message }: Message): string =>
  typeof message === 'string' ? message : message.map((part) => (typeof part === 'string' ? part : '')).join('');

const KNOWN_ISSUES = new Map<string, Message>(Object.values(serverIssueWords).map((m) => [englishOf(m), m]));

/** A field's refusal from the server, in the reader's language when it is one the page knows. */
export function issueWords(message: string, t: Translate): string {
  const known = KNOWN_ISSUES.get(message);
  return known ? t(known) : message;
}

/**
 * A refusal, by field: each issue whose path starts with one of `fields` goes next to that field
 * (its first message), the rest together with the error's message on the form.
 */
export function errorsFromApi<F extends string>(
  error: unknown,
  fields: readonly F[],
  alias: Partial<Record<string, F>> = {},
): Errors<F> {
  const errors: Errors<F> = {};
  const unplaced: string[] = [];
  const { t } = useLanguage.getState();
  for (const issue of isApiError(error) ? error.issues : []) {
    const head = issue.path.split('.')[0] ?? '';
    const field = (fields as readonly string[]).includes(head) ? (head as F) : alias[head];
    const words = issueWords(issue.message, t);
    if (field && !errors[field]) errors[field] = words;
    else unplaced.push(words);
  }
  if (!hasErrors(errors) || unplaced.length)
    errors.form = [errorMessage(error), ...unplaced.filter((m) => m !== errorMessage(error))].join(' ');
  return errors;
}

/**
 * After a refused submit, the first field in error takes focus, its message read with it (or the
 * form's message, when no field has one). Call the returned function when a submit is refused;
 * typing afterwards never moves the focus.
 */
export function useFocusOnRefusal(formRef: React.RefObject<HTMLFormElement | null>): () => void {
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (!refusals) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }, [refusals, formRef]);
  return useCallback(() => setRefusals((n) => n + 1), []);
}

interface EmailFieldProps {
  /** "Email" unless said otherwise. */
  label?: string;
  hint?: string;
  error: string | undefined;
  /** "username" where it signs in, so password managers pair it with the password; "email" where it is changed. */
  autoComplete: 'email' | 'username';
  value: string;
  onChange: (value: string) => void;
}

/** An email address as every account form asks for it: the email keyboard, no spell-checking. */
export function EmailField({ label, hint, error, autoComplete, value, onChange }: EmailFieldProps) {
  const t = useT();
  return (
    <FormField label={label ?? t(formWords.email)} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="email"
          className="input"
          autoComplete={autoComplete}
          inputMode="email"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** A section's data on its way: a few grey lines, and the same said to screen readers. */
export function Loading({ what, skeleton = ['70%', '55%', '62%'] }: { what: string; skeleton?: string[] }) {
  return (
    <div aria-busy="true" className="account-loading">
      <p className="visually-hidden" role="status">
        {what}
      </p>
      {skeleton.map((width, i) => (
        <SkeletonLine key={i} width={width} />
      ))}
    </div>
  );
}

interface LoadedProps<T> {
  query: UseQueryResult<T>;
  /** What is said while it loads: "Loading the people…". */
  what: string;
  /** The heading when it could not be loaded. */
  failed: string;
  skeleton?: string[];
  children: (data: T) => ReactNode;
}

/** A section's list once its query has answered; until then Loading, or the error with a way to retry. */
export function Loaded<T>({ query, what, failed, skeleton, children }: LoadedProps<T>) {
  if (query.isPending) return <Loading what={what} {...(skeleton ? { skeleton } : {})} />;
  if (query.isError)
    return (
      <ErrorState
        level={3}
        title={failed}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  return <>{children(query.data)}</>;
}

/** The password one has now, as signing in and changing it ask for it (password managers fill it in). */
export function CurrentPasswordField({
  label,
  error,
  value,
  onChange,
}: {
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField label={label} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          className="input"
          autoComplete="current-password"
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </FormField>
  );
}

/** Where a way in that no longer works sends one instead: the sign-in page. */
export function SignInInstead() {
  const t = useT();
  return (
    <p>
      <Link to={paths.signIn} className={buttonClass({ variant: 'primary' })}>
        {t(formWords.signIn)}
      </Link>
    </p>
  );
}

/** The way to one's account page, beside the main action after signing in. */
export function YourAccountLink() {
  const t = useT();
  return (
    <Link to={paths.account} className={buttonClass()}>
      {t(formWords.yourAccount)}
    </Link>
  );
}

/** The narrow card of the ways in: sign in, the first link, an invite. */
export function AuthCard({ title, lede, children }: { title: string; lede?: ReactNode; children: ReactNode }) {
  return (
    <div className="auth-page">
      <div className="auth-card">
        <span className="auth-mark" aria-hidden="true" />
        <PageHeading className="auth-title">{title}</PageHeading>
        {lede ? <p className="auth-lede">{lede}</p> : null}
        {children}
      </div>
    </div>
  );
}

/**
 * One part of an account page: a heading, a line on what it is for, and its body; side by side,
 * or `stacked` (the heading above) for a body that needs the width, such as a table.
 */
export function Section({
  title,
  lede,
  children,
  id,
  stacked = false,
}: {
  title: string;
  lede?: ReactNode;
  children: ReactNode;
  id?: string;
  stacked?: boolean;
}) {
  const headingId = useId();
  return (
    <section className={stacked ? 'account-section is-stacked' : 'account-section'} aria-labelledby={headingId} id={id}>
      <header className="account-section-header">
        <h2 id={headingId} className="account-section-title">
          {title}
        </h2>
        {lede ? <p className="account-section-lede">{lede}</p> : null}
      </header>
      <div className="account-section-body">{children}</div>
    </section>
  );
}

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  danger?: boolean;
}

/** "Are you sure?" with the consequence in words; Cancel has the focus, so Enter is never a slip. */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  busyLabel,
  onConfirm,
  onClose,
  danger = true,
}: ConfirmDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const t = useT();
  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await onConfirm();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }
  return (
    <Dialog title={title} description={children} onClose={onClose}>
      <FormError message={error} />
      <div className="dialog-actions">
        <Button onClick={onClose} data-autofocus="">
          {t(commonWords.cancel)}
        </Button>
        <Button
          variant={danger ? 'danger' : 'primary'}
          onClick={() => void confirm()}
          pending={busy}
          pendingLabel={busyLabel}
        >
          {confirmLabel}
        </Button>
      </div>
    </Dialog>
  );
}

interface SecretRevealProps {
  title: string;
  label: string;
  secret: string;
  children: ReactNode;
  onDone: () => void;
}

/** A secret shown this once (an API token, an invite link): copy it, then put it away. */
export function SecretReveal({ title, label, secret, children, onDone }: SecretRevealProps) {
  const inputId = useId();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const t = useT();
  useEffect(() => {
    panelRef.current?.focus();
  }, []);
  async function copy() {
    const ok = await copyText(secret);
    setCopied(ok ? 'yes' : 'no');
    if (!ok) (document.getElementById(inputId) as HTMLInputElement | null)?.select();
  }
  return (
    <div ref={panelRef} className="secret-reveal" role="region" aria-label={title} tabIndex={-1}>
      <p className="secret-reveal-title">{title}</p>
      <div className="secret-reveal-warning">{children}</div>
      <FormField label={label} id={inputId}>
        {(control) => (
          <div className="secret-reveal-row">
            <input
              {...control}
              className="input secret-reveal-value"
              readOnly
              value={secret}
              onFocus={(e) => e.currentTarget.select()}
              spellCheck={false}
              autoComplete="off"
            />
            <Button variant="primary" onClick={() => void copy()}>
              {t(copied === 'yes' ? commonWords.copied : commonWords.copy)}
            </Button>
          </div>
        )}
      </FormField>
      <p className="visually-hidden" role="status">
        {copied === 'yes' ? t(formWords.copiedStatus) : copied === 'no' ? t(formWords.notCopiedStatus) : ''}
      </p>
      {copied === 'no' ? <p className="field-hint">{t(formWords.notCopiedHint)}</p> : null}
      <div className="button-row">
        <Button onClick={onDone}>{t(commonWords.done)}</Button>
      </div>
    </div>
  );
}
