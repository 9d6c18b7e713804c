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
import { useReturnPath } from './account-nav';
import './access-panels.css';

function SignInButton({ label = 'Sign in' }: { label?: string }) {
  const next = useReturnPath();
  return (
    <Link to={paths.signIn} search={next === '/' ? {} : { next }} className={buttonClass({ variant: 'primary' })}>
      {label}
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
  return (
    <AccessPanel title="This tracker is private" action={<SignInButton />}>
      <p>Its pledges, verdicts and history are for the people who keep it. Sign in to read them.</p>
      <p className="muted">No account yet? Ask an admin of this tracker for an invite link.</p>
    </AccessPanel>
  );
}

function Checking() {
  return (
    <p className="muted" role="status">
      Checking who is signed in…
    </p>
  );
}

/**
 * An editor's page (record, edit, add from an article): the page itself for editors; for anyone
 * else what it would take. `doing` finishes "Sign in to …".
 */
export function EditorsOnly({ doing, children }: { doing: string; children: ReactNode }) {
  const session = useSession();
  if (permissionsOf(session.data).edit) return <>{children}</>;
  if (!session.data)
    return session.isError ? (
      <AccessPanel title="Who is signed in could not be checked">Reload the page to try again.</AccessPanel>
    ) : (
      <Checking />
    );
  const account = session.data.account;
  if (!account) {
    return (
      <AccessPanel title={`Sign in to ${doing}`} action={<SignInButton />}>
        <p>Only the tracker’s editors change the record, so every change carries a name.</p>
      </AccessPanel>
    );
  }
  if (account.needsPassword) return <FinishSetupPanel />;
  return (
    <AccessPanel title="Your account can read, not change" action={<BackToPledges />}>
      <p>You are signed in as a viewer. To {doing}, ask an admin of this tracker to make you an editor.</p>
    </AccessPanel>
  );
}

function FinishSetupPanel() {
  return (
    <AccessPanel
      title="Finish setting up your account first"
      action={
        <Link to={paths.welcome} className={buttonClass({ variant: 'primary' })}>
          Choose a password
        </Link>
      }
    >
      <p>Your account has no password yet. Choose one, with your email, and everything opens up.</p>
    </AccessPanel>
  );
}

function NoAccountsPanel() {
  return (
    <AccessPanel title="This demo has no accounts" action={<BackToPledges />}>
      <p>
        Everyone who opens the demo edits as the demo editor, and changes stay in this browser. A tracker run with its
        own server has accounts, each with a role.
      </p>
    </AccessPanel>
  );
}

/** A page for anyone signed in (the account page). */
export function SignedInOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session.data) return <Checking />;
  if (!session.data.accounts) return <NoAccountsPanel />;
  if (session.data.account) return <>{children}</>;
  return (
    <AccessPanel title="Sign in to see your account" action={<SignInButton />}>
      <p>Your name, email, password and API tokens are here once you are signed in.</p>
    </AccessPanel>
  );
}

/** The admin page. */
export function AdminsOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (!session.data) return <Checking />;
  if (!session.data.accounts) return <NoAccountsPanel />;
  if (permissionsOf(session.data).admin) return <>{children}</>;
  const account = session.data.account;
  if (!account) {
    return (
      <AccessPanel title="Sign in to run the tracker" action={<SignInButton />}>
        <p>People, invites and who may read the tracker are set here by its admins.</p>
      </AccessPanel>
    );
  }
  if (account.needsPassword) return <FinishSetupPanel />;
  return (
    <AccessPanel title="Only admins run the tracker" action={<BackToPledges />}>
      <p>
        People, invites and who may read the tracker are set here by its admins. Ask one of them if something needs
        changing.
      </p>
    </AccessPanel>
  );
}

/** A line under the header while the signed-in account has no password yet. */
export function SetupNotice({ pathname }: { pathname: string }) {
  const { data } = useSession();
  if (!data?.account?.needsPassword || pathname === paths.welcome) return null;
  return (
    <div className="setup-notice" role="region" aria-label="Account setup">
      <p>
        <strong>One step left:</strong> choose your email and a password, so you can sign in again and make changes.
      </p>
      <Link to={paths.welcome} className={buttonClass({ variant: 'primary', small: true })}>
        Finish setting up
      </Link>
    </div>
  );
}

function BackToPledges() {
  return (
    <Link to={paths.home} className={buttonClass()}>
      Back to the pledges
    </Link>
  );
}
