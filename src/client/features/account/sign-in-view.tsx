// Signing in with email and password. Wrong credentials, too many attempts (with the wait from
// Retry-After, counted down) and a lockout each say what happened and what to do. Once signed
// in: back to where the person came from, if that is a page of this site, else the list.
import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import type { SessionInfo } from '@shared/contract';
import { englishTranslator, type Translate } from '@shared/i18n';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { paths } from '@client/app/paths';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { safeNext, sessionChanged, useSession } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { Button, buttonClass } from '@client/components/button';
import { Form } from '@client/components/form';
import { signIn } from './api';
import {
  AuthCard,
  CurrentPasswordField,
  EmailField,
  emailProblem,
  hasErrors,
  useFocusOnRefusal,
  YourAccountLink,
  type Errors,
} from './form-bits';
import { formWords, signInWords as words } from './messages';

type Field = 'email' | 'password';

/** Seconds left until `until` (ms), ticking once a second; 0 once it has passed. */
function useCountdown(until: number | null): number {
  const [nowMs, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - nowMs) / 1000));
}

/** "45 s", and minutes once it is longer than two ("15 min"), as the server words it. */
export function waitWords(seconds: number, t: Translate = englishTranslator()): string {
  return seconds < 120 ? t(words.waitSeconds, { seconds }) : t(words.waitMinutes, { minutes: Math.ceil(seconds / 60) });
}

/**
 * Why the server refused, without the wait the heading already counts down: a trailing "Try
 * again in 30 s." goes, and a bare "Too many attempts." says nothing more than the heading.
 */
export function refusalReason(message: string, hasWait: boolean): string {
  if (!hasWait) return message;
  const reason = message.replace(/\s*Try again in [^.,;]*\.\s*$/i, '').trim();
  return /^too many (?:sign-in )?attempts\.?$/i.test(reason) ? '' : reason;
}

/** What a 429 says: the wait, counted down, and the server's reason when it gives one. */
function TooManyAttempts({ retryAt, reason }: { retryAt: number | null; reason: string }) {
  const left = useCountdown(retryAt);
  const t = useT();
  const waiting = retryAt !== null && left > 0;
  return (
    <div className="form-error sign-in-wait" role="alert" tabIndex={-1}>
      <p className="sign-in-wait-title">
        {waiting
          ? t(words.tooManyWait, { wait: waitWords(left, t) })
          : t(retryAt !== null ? words.canTryNow : words.tooMany)}
      </p>
      {reason ? <p className="sign-in-wait-reason">{reason}</p> : null}
    </div>
  );
}

export function SignInView({ next }: { next: string | undefined }) {
  const t = useT();
  useDocumentTitle(t(words.title));
  const session = useSession();
  const queryClient = useQueryClient();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors<Field>>({});
  const [limited, setLimited] = useState<{ retryAt: number | null; reason: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const target = safeNext(next) ?? paths.home;
  const refused = useFocusOnRefusal(formRef);

  function arrive(info: SessionInfo) {
    const refreshed = sessionChanged(queryClient, info);
    router.history.replace(target);
    void refreshed.catch(() => undefined);
    if (info.account)
      pushToast({
        tone: 'success',
        title: t(words.toastTitle, { name: info.account.name }),
        body: t(words.toastBody, { role: info.account.role }),
      });
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<Field> = {
      email: email.trim() ? emailProblem(email, t) : t(words.emailMissing),
      password: password ? undefined : t(words.passwordMissing),
    };
    setLimited(null);
    setErrors(found);
    if (hasErrors(found)) return refused();
    setBusy(true);
    try {
      const info = await signIn({ email: email.trim().toLowerCase(), password });
      arrive(info);
    } catch (error) {
      setBusy(false);
      if (isApiError(error) && error.status === 429) {
        const retryAt = error.retryAfter === null ? null : Date.now() + error.retryAfter * 1000;
        // The wait is said in the heading; the server's words add why (a lockout, say) when they say more.
        // The server words its reasons in English: another language says what they have in common.
        const said = refusalReason(error.message, retryAt !== null);
        const reason = t.locale === 'en' || !said ? said : t(words.blockedReason);
        setErrors({});
        setLimited({ retryAt, reason });
        refused();
        return;
      }
      if (isApiError(error) && error.status === 401) {
        setPassword('');
        setErrors({ form: t(words.noMatch) });
        refused();
        return;
      }
      setErrors({ form: errorMessage(error) });
      refused();
    }
  }

  const account = session.data?.account;
  if (session.data && !session.data.accounts) {
    return (
      <AuthCard title={t(words.demoTitle)}>
        <p>{t(words.demoText)}</p>
        <p>
          <Link to={paths.home} className={buttonClass({ variant: 'primary' })}>
            {t(words.seePledges)}
          </Link>
        </p>
      </AuthCard>
    );
  }
  if (account && !busy) {
    return (
      <AuthCard title={t(words.signedInTitle)}>
        <p>
          <Rich
            message={words.signedInText}
            values={{ name: account.name, role: account.role }}
            tags={{ strong: (c) => <strong>{c}</strong> }}
          />
        </p>
        <p className="button-row">
          <Button variant="primary" onClick={() => router.history.replace(target)}>
            {t(commonWords.continue)}
          </Button>
          <YourAccountLink />
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t(words.title)} lede={t(words.lede)}>
      <Form
        ref={formRef}
        className="auth-form"
        onSubmit={submit}
        aria-label={t(words.title)}
        error={errors.form}
        notice={limited ? <TooManyAttempts retryAt={limited.retryAt} reason={limited.reason} /> : undefined}
        submit={{
          label: t(formWords.signIn),
          pending: busy,
          pendingLabel: t(words.submitting),
          className: 'auth-submit',
        }}
      >
        <EmailField
          autoComplete="username"
          error={errors.email}
          value={email}
          onChange={(v) => (setEmail(v), setErrors((x) => ({ ...x, email: undefined })))}
        />
        <CurrentPasswordField
          label={t(words.password)}
          error={errors.password}
          value={password}
          onChange={(v) => (setPassword(v), setErrors((x) => ({ ...x, password: undefined })))}
        />
      </Form>
      <p className="auth-footnote">{t(words.footnote)}</p>
    </AuthCard>
  );
}
