// The link sent to a new email (/confirm-email#token=…): opening it makes that address the one
// the account signs in with. It works in any browser, signed in or not, once; the token leaves
// the address bar at once and is sent nowhere but in the one POST body.
import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useRouter, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { ConfirmedEmail } from '@shared/contract';
import { paths } from '@client/app/paths';
import { buttonClass } from '@client/components/button';
import { errorMessage } from '@client/lib/api-client';
import { sessionChanged, useSession } from '@client/lib/session';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { confirmEmail } from './api';
import { AuthCard, SignInInstead, YourAccountLink } from './form-bits';
import { tokenFromHash } from './link-token';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { confirmEmailWords as words, signInWords } from './messages';

// One attempt per token, however often the page mounts (React's strict mode mounts twice): the
// link works once, and a second POST would report it used.
const attempts = new Map<string, Promise<ConfirmedEmail>>();

/** Forgets the attempts (tests, where one token is used by several). */
export function forgetConfirmAttempts(): void {
  attempts.clear();
}

type State = { status: 'confirming' } | { status: 'done'; email: string } | { status: 'failed'; message: string };

export function ConfirmEmailView() {
  const t = useT();
  useDocumentTitle(t(words.title));
  const queryClient = useQueryClient();
  const router = useRouter();
  const signedIn = useSession().data?.account;
  const hash = useRouterState({ select: (s) => s.location.hash });
  const [link] = useState(() => tokenFromHash(hash));
  const [state, setState] = useState<State>(() =>
    link.kind === 'malformed' ? { status: 'failed', message: '' } : { status: 'confirming' },
  );

  useEffect(() => {
    if (link.kind === 'none') return;
    router.history.replace(paths.confirmEmail);
    if (link.kind !== 'token') return;
    let live = true;
    let attempt = attempts.get(link.token);
    if (!attempt) {
      attempt = confirmEmail(link.token);
      attempts.set(link.token, attempt);
    }
    attempt.then(
      ({ email }) => {
        if (!live) return;
        setState({ status: 'done', email });
        // Signed in here as the account that changed: the header and the account page say the new address.
        void sessionChanged(queryClient, null).catch(() => undefined);
      },
      (error: unknown) => {
        if (live) setState({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [link, router, queryClient]);

  if (link.kind === 'none') {
    return (
      <AuthCard title={t(words.noLinkTitle)}>
        <p>{t(words.noLinkText)}</p>
        <p>
          <Rich message={words.changeAt} tags={{ link: (c) => <Link to={paths.account}>{c}</Link> }} />
        </p>
      </AuthCard>
    );
  }
  if (state.status === 'confirming') {
    return (
      <AuthCard title={t(words.title)}>
        <p role="status">{t(words.confirming)}</p>
      </AuthCard>
    );
  }
  if (state.status === 'failed') {
    return (
      <AuthCard title={t(words.failedTitle)}>
        <p role="alert">{state.message || t(words.notWhole)}</p>
        {signedIn ? (
          <>
            <p>{t(words.accountShows)}</p>
            <p>
              <YourAccountLink />
            </p>
          </>
        ) : (
          <SignInInstead />
        )}
      </AuthCard>
    );
  }
  return (
    <AuthCard title={t(words.doneTitle)}>
      <p role="status">
        <Rich message={words.doneText} values={{ email: state.email }} tags={{ strong: (c) => <strong>{c}</strong> }} />
      </p>
      {signedIn ? (
        <p className="button-row">
          <Link to={paths.home} className={buttonClass({ variant: 'primary' })}>
            {t(signInWords.seePledges)}
          </Link>
          <YourAccountLink />
        </p>
      ) : (
        <SignInInstead />
      )}
    </AuthCard>
  );
}
