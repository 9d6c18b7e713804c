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
import { stateWords } from '@client/components/messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { inviteWords as words } from './messages';
import { ROLE_HINTS } from './role-words';

function InviteGone() {
  const t = useT();
  return (
    <AuthCard title={t(words.goneTitle)}>
      <p>{t(words.goneText)}</p>
      <p>{t(words.goneAsk)}</p>
      <SignInInstead />
    </AuthCard>
  );
}

function AcceptForm({ token, preview, onGone }: { token: string; preview: InvitePreview; onGone: () => void }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const signedIn = useSession().data?.account;
  const t = useT();
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
        title: t(words.welcomeToast, { name: info.account?.name ?? draft.name.trim() }),
        body: t(words.welcomeBody, { role: preview.role }),
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
    <AuthCard title={t(words.joinTitle)}>
      <p className="auth-lede">
        <Rich
          message={words.invitedYou}
          values={{ name: preview.invitedBy, role: preview.role }}
          tags={{ strong: (c) => <strong>{c}</strong> }}
        />{' '}
        {t(ROLE_HINTS[preview.role])}
      </p>
      <p className="auth-meta">{t(words.worksUntil, { date: formatDay(preview.expiresAt, t.locale) })}</p>
      {signedIn ? <p className="auth-note">{t(words.signedInNote, { name: signedIn.name })}</p> : null}
      <Form
        ref={formRef}
        className="auth-form"
        onSubmit={submit}
        aria-label={t(words.formLabel)}
        error={error}
        submit={{
          label: t(words.submit),
          pending: busy,
          pendingLabel: t(words.submitting),
          className: 'auth-submit',
        }}
      >
        {fields}
      </Form>
    </AuthCard>
  );
}

export function InviteView() {
  const t = useT();
  useDocumentTitle(t(words.title));
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
      <AuthCard title={t(words.noLinkTitle)}>
        <p>{t(words.noLinkText)}</p>
        <p>
          <Rich message={words.haveAccount} tags={{ link: (c) => <Link to={paths.signIn}>{c}</Link> }} />
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
      <AuthCard title={t(words.checkFailedTitle)}>
        <p role="alert">{errorMessage(preview.error)}</p>
        <p>
          <Button
            variant="primary"
            onClick={() => void preview.refetch()}
            pending={preview.isFetching}
            pendingLabel={t(stateWords.tryingAgain)}
          >
            {t(stateWords.tryAgain)}
          </Button>
        </p>
      </AuthCard>
    );
  }
  if (!preview.data) {
    return (
      <AuthCard title={t(words.title)}>
        <p role="status">{t(words.checking)}</p>
      </AuthCard>
    );
  }
  return <AcceptForm token={token} preview={preview.data} onGone={() => setGone(true)} />;
}
