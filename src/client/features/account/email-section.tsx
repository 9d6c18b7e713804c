// The email one signs in with, and changing it. A new address is confirmed by a link sent to it:
// until the link is opened the current one keeps signing in. What the page says after asking is
// the same whether the address is free or already someone's (the server answers alike), so the
// page cannot be used to learn who has an account here.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { emailSchema, type Account, type PendingEmail } from '@shared/contract';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import { accountKeys } from '@client/lib/query-keys';
import { errorMessage } from '@client/lib/api-client';
import { formatInstant } from '@client/lib/format';
import { pushToast } from '@client/lib/stores/toasts';
import { cancelEmailChange, pendingEmailOptions, requestEmailChange } from './api';
import {
  EmailField,
  errorsFromApi,
  hasErrors,
  problemWith,
  Section,
  useFocusOnRefusal,
  type Errors,
} from './form-bits';

function Waiting({ pending, current }: { pending: NonNullable<PendingEmail['pending']>; current: string | null }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);

  async function cancel() {
    setBusy(true);
    try {
      await cancelEmailChange();
      queryClient.setQueryData<PendingEmail>(accountKeys.email(), { pending: null });
      pushToast({ tone: 'info', title: 'Change dropped', body: 'The link sent for it no longer works.' });
    } catch (error) {
      pushToast({ tone: 'error', title: 'Could not drop the change', body: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="email-pending" role="status">
      <p>
        <strong>Waiting for confirmation.</strong> A link to confirm <strong>{pending.email}</strong> was sent to that
        address; it works until {formatInstant(pending.expiresAt)}.
        {current ? (
          <>
            {' '}
            Until it is opened, you sign in with <strong>{current}</strong>.
          </>
        ) : null}
      </p>
      <p className="email-pending-note">
        No mail? Some trackers print their mail in the server’s log instead of sending it: ask whoever runs this one.
      </p>
      <div className="button-row">
        <Button small onClick={() => void cancel()} pending={busy} pendingLabel="Dropping…">
          Drop this change
        </Button>
      </div>
    </div>
  );
}

export function EmailSection({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const pending = useQuery(pendingEmailOptions()).data?.pending ?? null;
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors<'email'>>({});
  const [busy, setBusy] = useState(false);
  const refused = useFocusOnRefusal(formRef);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = email.trim().toLowerCase();
    const found: Errors<'email'> = {
      email: next === account.email ? 'This is already your email' : problemWith(emailSchema, email),
    };
    setErrors(found);
    if (hasErrors(found)) return refused();
    setBusy(true);
    try {
      queryClient.setQueryData<PendingEmail>(accountKeys.email(), await requestEmailChange(next));
      setEmail('');
      pushToast({ tone: 'success', title: 'Link sent', body: `Open the link sent to ${next} to confirm it.` });
    } catch (error) {
      setErrors(errorsFromApi<'email'>(error, ['email']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section
      title="Email"
      lede="How you sign in; readers never see it. A new address is confirmed by a link sent to it before it signs in."
    >
      <p>
        {account.email ? (
          <>
            You sign in with <strong>{account.email}</strong>.
          </>
        ) : (
          'You have no email to sign in with yet.'
        )}
      </p>
      {pending ? <Waiting pending={pending} current={account.email} /> : null}
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label="Change email"
        error={errors.form}
        submit={{ label: 'Change email', pending: busy, pendingLabel: 'Sending the link…' }}
        actionsClassName="account-form-actions"
      >
        <EmailField
          label="New email"
          hint="We send a link to it; your email changes when you open it."
          autoComplete="email"
          error={errors.email}
          value={email}
          onChange={(v) => (setEmail(v), setErrors({}))}
        />
      </Form>
    </Section>
  );
}
