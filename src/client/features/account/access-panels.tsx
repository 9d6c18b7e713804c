// What a page says instead of itself when the person cannot use it: a private tracker to a
// visitor, an editor's page to a viewer or a visitor, the admin page to a non-admin. Calm
// panels with the one way forward, never an error state.
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { paths } from '@client/app/paths';
import { PageHeading } from '@client/components/page-heading';
import { permissionsOf, useSession } from '@client/lib/session';
import { useDocumentTitle } from '@client/lib/use-document-title';
import { buttonClass } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { useReturnPath } from './account-nav';
import { accessWords as words, formWords } from './messages';
import './access-panels.css';

function SignInButton() {
  const next = useReturnPath();
  const t = useT();
  return (
    <Link to={paths.signIn} search={next === '/' ? {} : { next }} className={buttonClass({ variant: 'primary' })}>
      {t(formWords.signIn)}
    </Link>
  );
}

function AccessPanel({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <section className="access-panel" aria-labelledby="access-title">
      <span className="access-mark" aria-hidden="true" />
      <PageHeading id="access-title" className="access-title">
        {title}
      </PageHeading>
      <div className="access-text">{children}</div>
      {action ? <div className="button-row">{action}</div> : null}
    </section>
  );
}

/** A private tracker, to someone signed out. */
export function PrivatePanel() {
  const t = useT();
  return (
    <AccessPanel title={t(words.privateTitle)} action={<SignInButton />}>
      <p>{t(words.privateText)}</p>
      <p className="muted">{t(words.privateNoAccount)}</p>
    </AccessPanel>
  );
}

function Checking() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t(words.checking)}
    </p>
  );
}

/** What an editor's page is for: recording a pledge, editing one, adding pledges from an article. */
export type EditorsDoing = 'record' | 'edit' | 'intake';

/**
 * An editor's page (record, edit, add from an article): the page itself for editors; for anyone
 * else what it would take. `doing` says which, so the panel can say "Sign in to …" whole.
 */
export function EditorsOnly({ doing, children }: { doing: EditorsDoing; children: ReactNode }) {
  const session = useSession();
  const t = useT();
  if (permissionsOf(session.data).edit) return <>{children}</>;
  if (!session.data)
    return session.isError ? (
      <AccessPanel title={t(words.checkFailedTitle)}>{t(words.checkFailedText)}</AccessPanel>
    ) : (
      <Checking />
    );
  const account = session.data.account;
  if (!account) {
    return (
      <AccessPanel title={t(words.signInTo, { doing })} action={<SignInButton />}>
        <p>{t(words.editorsOnlyText)}</p>
      </AccessPanel>
    );
  }
  if (account.needsPassword) return <FinishSetupPanel />;
  return (
    <AccessPanel title={t(words.viewerTitle)} action={<BackToPledges />}>
      <p>{t(words.viewerText, { doing })}</p>
    </AccessPanel>
  );
}

function FinishSetupPanel() {
  const t = useT();
  return (
    <AccessPanel
      title={t(words.finishTitle)}
      action={
        <Link to={paths.welcome} className={buttonClass({ variant: 'primary' })}>
          {t(words.choosePassword)}
        </Link>
      }
    >
      <p>{t(words.finishText)}</p>
    </AccessPanel>
  );
}

function NoAccountsPanel() {
  const t = useT();
  return (
    <AccessPanel title={t(words.noAccountsTitle)} action={<BackToPledges />}>
      <p>{t(words.noAccountsText)}</p>
    </AccessPanel>
  );
}

/** A page for anyone signed in (the account page). */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const t = useT();
  if (!session.data) return <Checking />;
  if (!session.data.accounts) return <NoAccountsPanel />;
  if (session.data.account) return <>{children}</>;
  return (
    <AccessPanel title={t(words.accountSignInTitle)} action={<SignInButton />}>
      <p>{t(words.accountSignInText)}</p>
    </AccessPanel>
  );
}

/** The admin page. */
export function AdminsOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  const t = useT();
  if (!session.data) return <Checking />;
  if (!session.data.accounts) return <NoAccountsPanel />;
  if (permissionsOf(session.data).admin) return <>{children}</>;
  const account = session.data.account;
  if (!account) {
    return (
      <AccessPanel title={t(words.adminSignInTitle)} action={<SignInButton />}>
        <p>{t(words.adminText)}</p>
      </AccessPanel>
    );
  }
  if (account.needsPassword) return <FinishSetupPanel />;
  return (
    <AccessPanel title={t(words.adminOnlyTitle)} action={<BackToPledges />}>
      <p>{t(words.adminOnlyText)}</p>
    </AccessPanel>
  );
}

/** A line under the header while the signed-in account has no password yet. */
export function SetupNotice({ pathname }: { pathname: string }) {
  const { data } = useSession();
  const t = useT();
  if (!data?.account?.needsPassword || pathname === paths.welcome) return null;
  return (
    <div className="setup-notice" role="region" aria-label={t(words.setupRegion)}>
      <p>
        <Rich message={words.setupText} tags={{ strong: (c) => <strong>{c}</strong> }} />
      </p>
      <Link to={paths.welcome} className={buttonClass({ variant: 'primary', small: true })}>
        {t(words.finishSetup)}
      </Link>
    </div>
  );
}

function BackToPledges() {
  const t = useT();
  return (
    <Link to={paths.home} className={buttonClass()}>
      {t(words.backToPledges)}
    </Link>
  );
}
