// An invite link (/invite#token=…): who invited whom as what, then a name, an email and a
// password make the account and sign in. The token stays in the fragment until it is used, so
// the page can be reloaded; it is never sent anywhere but in the two POST bodies.
import './account.css';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, useRouterState } from '@tanstack/react-router';
import { useState } from 'react';
import type { InvitePreview } from '@shared/contract';
import { paths } from '@client/app/paths';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { formatDay } from '@client/lib/format';
import { sessionChanged, useSession } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import { acceptInvite, checkInvite } from './api';
import { AuthCard, SignInInstead } from './form-bits';
import { tokenFromHash } from './link-token';
import { useNewAccountForm } from './new-account-fields';
import { ROLE_HINTS, withArticle } from './role-words';

function InviteGone() {
  return (
    <AuthCard title="This invite link no longer works">
      <p>An invite works once and for a few days. This one has been used, withdrawn, or has expired.</p>
      <p>Ask the person who invited you for a new link. If you made your account with it already, sign in instead.</p>
      <SignInInstead />
    </AuthCard>
  );
}

function AcceptForm({ token, preview, onGone }: { token: string; preview: InvitePreview; onGone: () => void }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const signedIn = useSession().data?.account;
  const { formRef, error, busy, submitWith, fields } = useNewAccountForm({ name: '', email: '' });

  const submit = submitWith(
    async (draft) => {
      const info = await acceptInvite({
        token,
        name: draft.name.trim(),
        email: draft.email.trim().toLowerCase(),
        password: draft.password,
      });
      // Used: out of the address bar and the cache, then to the list as the new account.
      queryClient.removeQueries({ queryKey: ['invite-check'] });
      router.history.replace(paths.home);
      void sessionChanged(queryClient, info).catch(() => undefined);
      pushToast({
        tone: 'success',
        title: `Welcome, ${info.account?.name ?? draft.name.trim()}`,
        body: `You are signed in as ${withArticle(preview.role)}.`,
      });
    },
    {
      // Used up or withdrawn while the form was open: the page says so instead of the form.
      handled: (error) => {
        if (!isApiError(error) || error.status !== 404) return false;
        onGone();
        return true;
      },
    },
  );

  return (
    <AuthCard title="Join this pledge tracker">
      <p className="auth-lede">
        <strong>{preview.invitedBy}</strong> invited you as {withArticle(preview.role)}. {ROLE_HINTS[preview.role]}
      </p>
      <p className="auth-meta">The invite works once, until {formatDay(preview.expiresAt)}.</p>
      {signedIn ? (
        <p className="auth-note">
          You are signed in as {signedIn.name}. Accepting makes a new account and signs you in as it instead.
        </p>
      ) : null}
      <Form
        ref={formRef}
        className="auth-form"
        onSubmit={submit}
        aria-label="Accept the invite"
        error={error}
        submit={{ label: 'Join and sign in', pending: busy, pendingLabel: 'Joining…', className: 'auth-submit' }}
      >
        {fields}
      </Form>
    </AuthCard>
  );
}

export function InviteView() {
  useDocumentTitle('Invitation');
  const hash = useRouterState({ select: (s) => s.location.hash });
  const [link] = useState(() => tokenFromHash(hash));
  const [gone, setGone] = useState(false);
  const token = link.kind === 'token' ? link.token : '';
  const preview = useQuery({
    queryKey: ['invite-check', token],
    queryFn: ({ signal }) => checkInvite(token, signal),
    enabled: link.kind === 'token' && !gone,
    retry: false,
    staleTime: Infinity,
  });

  if (link.kind === 'none') {
    return (
      <AuthCard title="This page opens from an invite link">
        <p>
          An admin of this tracker sends invite links. Open yours (the whole of it, with the part after #) to make your
          account.
        </p>
        <p>
          Have an account? <Link to={paths.signIn}>Sign in</Link>.
        </p>
      </AuthCard>
    );
  }
  if (
    link.kind === 'malformed' ||
    gone ||
    (isApiError(preview.error) && (preview.error.status === 404 || preview.error.status === 400))
  )
    return <InviteGone />;
  if (preview.isError) {
    return (
      <AuthCard title="The invite could not be checked">
        <p role="alert">{errorMessage(preview.error)}</p>
        <p>
          <Button
            variant="primary"
            onClick={() => void preview.refetch()}
            pending={preview.isFetching}
            pendingLabel="Trying again…"
          >
            Try again
          </Button>
        </p>
      </AuthCard>
    );
  }
  if (!preview.data) {
    return (
      <AuthCard title="Invitation">
        <p role="status">Checking your invite…</p>
      </AuthCard>
    );
  }
  return <AcceptForm token={token} preview={preview.data} onGone={() => setGone(true)} />;
}
