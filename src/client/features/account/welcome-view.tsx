// The owner's first visit: the server printed a one-time link (/welcome#token=…) at first start.
// The token signs in once (and leaves the address bar at once), then the owner chooses a name,
// an email and a password. Someone already signed in without a password sees the form directly.
import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Account, SessionInfo } from '@shared/contract';
import { paths } from '@client/app/paths';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { sessionKeys } from '@client/lib/query-keys';
import { sessionChanged, useSession } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { Button, buttonClass } from '@client/components/button';
import { Form } from '@client/components/form';
import { changePassword, signInWithLink, updateAccount } from './api';
import { AuthCard, SignInInstead, YourAccountLink } from './form-bits';
import { tokenFromHash } from './link-token';
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { signInWords, welcomeWords as words } from './messages';
import { useNewAccountForm } from './new-account-fields';

// One attempt per token, however often the page mounts (React's strict mode mounts twice): the
// token works once, and a second POST would report a used link.
const attempts = new Map<string, Promise<SessionInfo>>();

/** Forgets the attempts (tests, where one token is used by several). */
export function forgetLinkAttempts(): void {
  attempts.clear();
}
function signInOnce(token: string): Promise<SessionInfo> {
  let attempt = attempts.get(token);
  if (!attempt) {
    attempt = signInWithLink(token);
    attempts.set(token, attempt);
  }
  return attempt;
}

type LinkState =
  { status: 'idle' } | { status: 'signing-in' } | { status: 'used' } | { status: 'failed'; message: string };

function LinkUsed() {
  const t = useT();
  return (
    <AuthCard title={t(words.linkUsedTitle)}>
      <p>{t(words.linkUsedText)}</p>
      <ul className="auth-steps">
        <li>
          <Rich message={words.stepSetup} tags={{ strong: (c) => <strong>{c}</strong> }} />
        </li>
        <li>
          <Rich message={words.stepPassword} tags={{ strong: (c) => <strong>{c}</strong> }} />
        </li>
        <li>
          <Rich message={words.stepJoin} tags={{ strong: (c) => <strong>{c}</strong> }} />
        </li>
      </ul>
      <SignInInstead />
    </AuthCard>
  );
}

function SetupForm({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const t = useT();
  const { formRef, error, busy, submitWith, fields } = useNewAccountForm({
    name: account.name,
    email: account.email ?? '',
  });

  const submit = submitWith(
    async (draft) => {
      const saved = await updateAccount({ name: draft.name.trim(), email: draft.email.trim().toLowerCase() });
      await changePassword({ next: draft.password });
      queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) =>
        old ? { ...old, account: { ...saved, needsPassword: false } } : old,
      );
      const refreshed = sessionChanged(queryClient, null);
      router.history.replace(paths.home);
      void refreshed.catch(() => undefined);
      pushToast({
        tone: 'success',
        title: t(words.readyTitle),
        body: t(words.readyBody, { name: saved.name }),
      });
    },
    { alias: { next: 'password' } },
  );

  return (
    <AuthCard title={t(words.setupTitle)}>
      <p className="auth-lede">{t(words.setupLede)}</p>
      <Form
        ref={formRef}
        className="auth-form"
        onSubmit={submit}
        aria-label={t(words.formLabel)}
        error={error}
        submit={{ label: t(words.submit), pending: busy, className: 'auth-submit' }}
      >
        {fields}
      </Form>
    </AuthCard>
  );
}

export function WelcomeView() {
  const t = useT();
  useDocumentTitle(t(words.title));
  const session = useSession();
  const queryClient = useQueryClient();
  const router = useRouter();
  const hash = useRouterState({ select: (s) => s.location.hash });
  // Read once: the address bar loses the token as soon as it has been used.
  const [link] = useState(() => tokenFromHash(hash));
  const [state, setState] = useState<LinkState>(() =>
    link.kind === 'malformed'
      ? { status: 'used' }
      : link.kind === 'token'
        ? { status: 'signing-in' }
        : { status: 'idle' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (link.kind === 'none') return;
    // The secret leaves the address bar (and so the history) whatever happens next.
    router.history.replace(paths.welcome);
    if (link.kind !== 'token') return;
    let live = true;
    signInOnce(link.token).then(
      (info) => {
        if (!live) return;
        void sessionChanged(queryClient, info).catch(() => undefined);
        setState({ status: 'idle' });
      },
      (error: unknown) => {
        if (!live) return;
        if (isApiError(error) && (error.status === 401 || error.status === 404 || error.status === 400))
          setState({ status: 'used' });
        else {
          attempts.delete(link.token);
          setState({ status: 'failed', message: errorMessage(error) });
        }
      },
    );
    return () => {
      live = false;
    };
  }, [link, router, queryClient, attempt]);

  const account = session.data?.account;
  if (state.status === 'signing-in' || (!session.data && session.isPending)) {
    return (
      <AuthCard title={t(words.title)}>
        <p role="status">{t(words.signingIn)}</p>
      </AuthCard>
    );
  }
  if (account?.needsPassword) return <SetupForm account={account} />;
  if (state.status === 'used') return <LinkUsed />;
  if (state.status === 'failed') {
    return (
      <AuthCard title={t(words.failedTitle)}>
        <p role="alert">{state.message}</p>
        <p>
          <Button variant="primary" onClick={() => (setState({ status: 'signing-in' }), setAttempt((n) => n + 1))}>
            {t(stateWords.tryAgain)}
          </Button>
        </p>
      </AuthCard>
    );
  }
  if (account) {
    return (
      <AuthCard title={t(words.doneTitle)}>
        <p>
          <Rich
            message={words.doneText}
            values={{ name: account.name }}
            tags={{ strong: (c) => <strong>{c}</strong> }}
          />
        </p>
        <p className="button-row">
          <Link to={paths.home} className={buttonClass({ variant: 'primary' })}>
            {t(signInWords.seePledges)}
          </Link>
          <YourAccountLink />
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t(words.noLinkTitle)}>
      <p>{t(words.noLinkText)}</p>
      <p>
        <Rich message={words.alreadySetUp} tags={{ link: (c) => <Link to={paths.signIn}>{c}</Link> }} />
      </p>
    </AuthCard>
  );
}
