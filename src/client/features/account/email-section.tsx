// The email one signs in with, and changing it. A new address is confirmed by a link sent to it:
// until the link is opened the current one keeps signing in. What the page says after asking is
// the same whether the address is free or already someone's (the server answers alike), so the
// page cannot be used to learn who has an account here.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { Account, PendingEmail } from '@shared/contract';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { emailWords as words } from './messages';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import { accountKeys } from '@client/lib/query-keys';
import { errorMessage } from '@client/lib/api-client';
import { formatInstant } from '@client/lib/format';
import { pushToast } from '@client/lib/stores/toasts';
import { cancelEmailChange, pendingEmailOptions, requestEmailChange } from './api';
import {
  EmailField,
  emailProblem,
  errorsFromApi,
  hasErrors,
  Section,
  useFocusOnRefusal,
  type Errors,
} from './form-bits';

function Waiting({ pending, current }: { pending: NonNullable<PendingEmail['pending']>; current: string | null }) {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const t = useT();

  async function cancel() {
    setBusy(true);
    try {
      await cancelEmailChange();
      queryClient.setQueryData<PendingEmail>(accountKeys.email(), { pending: null });
      pushToast({ tone: 'info', title: t(words.dropped), body: t(words.droppedBody) });
    } catch (error) {
      pushToast({ tone: 'error', title: t(words.dropFailed), body: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="email-pending" role="status">
      <p>
        <Rich
          message={words.waiting}
          values={{ email: pending.email, instant: formatInstant(pending.expiresAt, t.locale) }}
          tags={{ strong: (c) => <strong>{c}</strong> }}
        />
        {current ? (
          <>
            {' '}
            <Rich
              message={words.untilOpened}
              values={{ email: current }}
              tags={{ strong: (c) => <strong>{c}</strong> }}
            />
          </>
        ) : null}
      </p>
      <p className="email-pending-note">{t(words.noMail)}</p>
      <div className="button-row">
        <Button small onClick={() => void cancel()} pending={busy} pendingLabel={t(words.dropping)}>
          {t(words.drop)}
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
  const t = useT();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const next = email.trim().toLowerCase();
    const found: Errors<'email'> = {
      email: next === account.email ? t(words.alreadyYours) : emailProblem(email, t),
    };
    setErrors(found);
    if (hasErrors(found)) return refused();
    setBusy(true);
    try {
      queryClient.setQueryData<PendingEmail>(accountKeys.email(), await requestEmailChange(next));
      setEmail('');
      pushToast({ tone: 'success', title: t(words.linkSent), body: t(words.linkSentBody, { email: next }) });
    } catch (error) {
      setErrors(errorsFromApi<'email'>(error, ['email']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t(words.title)} lede={t(words.lede)}>
      <p>
        {account.email ? (
          <Rich
            message={words.youSignInWith}
            values={{ email: account.email }}
            tags={{ strong: (c) => <strong>{c}</strong> }}
          />
        ) : (
          t(words.noEmail)
        )}
      </p>
      {pending ? <Waiting pending={pending} current={account.email} /> : null}
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label={t(words.change)}
        error={errors.form}
        submit={{ label: t(words.change), pending: busy, pendingLabel: t(words.sending) }}
        actionsClassName="account-form-actions"
      >
        <EmailField
          label={t(words.newEmail)}
          hint={t(words.newEmailHint)}
          autoComplete="email"
          error={errors.email}
          value={email}
          onChange={(v) => (setEmail(v), setErrors({}))}
        />
      </Form>
    </Section>
  );
}
