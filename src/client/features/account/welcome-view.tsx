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
  return (
    <AuthCard title="This sign-in link no longer works">
      <p>
        The link printed at the first start works once, for a limited time, and this one has been used or has expired.
      </p>
      <ul className="auth-steps">
        <li>
          <strong>Setting up this tracker?</strong> Restart the server: while no one has chosen a password, it prints a
          new link in its log.
        </li>
        <li>
          <strong>Already have a password?</strong> Sign in with it.
        </li>
        <li>
          <strong>Joining someone’s tracker?</strong> Ask its admin for an invite link.
        </li>
      </ul>
      <SignInInstead />
    </AuthCard>
  );
}

function SetupForm({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const router = useRouter();
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
        title: 'Your account is ready',
        body: `Signed in as ${saved.name}. Invite the others from the Admin page.`,
      });
    },
    { alias: { next: 'password' } },
  );

  return (
    <AuthCard title="Welcome to your tracker">
      <p className="auth-lede">
        You are signed in as its owner and first admin. Choose how you sign in from now on; the link you came with will
        not work again.
      </p>
      <Form
        ref={formRef}
        className="auth-form"
        onSubmit={submit}
        aria-label="Finish setting up"
        error={error}
        submit={{ label: 'Save and start', pending: busy, className: 'auth-submit' }}
      >
        {fields}
      </Form>
    </AuthCard>
  );
}

export function WelcomeView() {
  useDocumentTitle('Welcome');
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
      <AuthCard title="Welcome">
        <p role="status">Signing you in with your link…</p>
      </AuthCard>
    );
  }
  if (account?.needsPassword) return <SetupForm account={account} />;
  if (state.status === 'used') return <LinkUsed />;
  if (state.status === 'failed') {
    return (
      <AuthCard title="The link could not be checked">
        <p role="alert">{state.message}</p>
        <p>
          <Button variant="primary" onClick={() => (setState({ status: 'signing-in' }), setAttempt((n) => n + 1))}>
            Try again
          </Button>
        </p>
      </AuthCard>
    );
  }
  if (account) {
    return (
      <AuthCard title="Your account is set up">
        <p>
          You are signed in as <strong>{account.name}</strong>. Change your details or password on your account page.
        </p>
        <p className="button-row">
          <Link to={paths.home} className={buttonClass({ variant: 'primary' })}>
            See the pledges
          </Link>
          <YourAccountLink />
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="This page opens from a sign-in link">
      <p>
        On its first start, the server prints a one-time link for the tracker’s owner. Open that link (the whole of it,
        with the part after #) to set up your account.
      </p>
      <p>
        Already set up? <Link to={paths.signIn}>Sign in</Link>.
      </p>
    </AuthCard>
  );
}
