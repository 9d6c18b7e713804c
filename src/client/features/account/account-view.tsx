// "/account": the signed-in person's own things. Name and email; the password; signing out
// everywhere; and personal API tokens for scripts.
import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { passwordSchema, userNameSchema, type Account, type SessionInfo } from '@shared/contract';
import { paths } from '@client/app/paths';
import { FormField } from '@client/components/form-field';
import { sessionKeys } from '@client/lib/query-keys';
import { sessionChanged } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import { changePassword, signOutEverywhere, updateAccount } from './api';
import {
  ConfirmDialog,
  CurrentPasswordField,
  errorsFromApi,
  hasErrors,
  problemWith,
  Section,
  useFocusOnRefusal,
  type Errors,
} from './form-bits';
import { EmailSection } from './email-section';
import { NewPasswordFields } from './new-account-fields';
import { ROLE_HINTS, ROLE_LABELS } from './role-words';
import { TokensSection } from './tokens-section';

function NameSection({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState(account.name);
  const [errors, setErrors] = useState<Errors<'name'>>({});
  const [busy, setBusy] = useState(false);
  const refused = useFocusOnRefusal(formRef);
  const changed = name.trim() !== account.name;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<'name'> = { name: problemWith(userNameSchema, name) };
    setErrors(found);
    if (hasErrors(found)) return refused();
    if (!changed) return;
    setBusy(true);
    try {
      const saved = await updateAccount({ name: name.trim() });
      queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) => (old ? { ...old, account: saved } : old));
      setName(saved.name);
      pushToast({
        tone: 'success',
        title: 'Your name is saved',
        body: `Changes from now on are recorded as ${saved.name}.`,
      });
    } catch (error) {
      setErrors(errorsFromApi<'name'>(error, ['name']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Your name" lede="Shown with every change you make.">
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label="Your name"
        error={errors.form}
        submit={{ label: 'Save name', pending: busy, disabled: !changed }}
        actionsClassName="account-form-actions"
      >
        <FormField label="Name" error={errors.name}>
          {(control) => (
            <input
              {...control}
              className="input"
              autoComplete="name"
              value={name}
              onChange={(e) => (setName(e.target.value), setErrors((x) => ({ ...x, name: undefined })))}
            />
          )}
        </FormField>
      </Form>
    </Section>
  );
}

type PasswordField = 'current' | 'next' | 'confirm';

function PasswordSection({ account }: { account: Account }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const empty = { current: '', next: '', confirm: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Errors<PasswordField>>({});
  const [busy, setBusy] = useState(false);
  const refused = useFocusOnRefusal(formRef);
  const hasPassword = !account.needsPassword;
  const set = (field: PasswordField, value: string) => (
    setValues((v) => ({ ...v, [field]: value })),
    setErrors((e) => ({ ...e, [field]: undefined }))
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<PasswordField> = {
      current: hasPassword && !values.current ? 'Enter the password you use now' : undefined,
      next: problemWith(passwordSchema, values.next),
      confirm:
        values.confirm === values.next
          ? undefined
          : values.confirm
            ? 'The two new passwords are not the same'
            : 'Type the new password again',
    };
    setErrors(found);
    if (hasErrors(found)) return refused();
    setBusy(true);
    try {
      await changePassword(hasPassword ? { current: values.current, next: values.next } : { next: values.next });
      setValues(empty);
      if (!hasPassword) void sessionChanged(queryClient, null);
      pushToast({
        tone: 'success',
        title: 'Password changed',
        body: 'Your other sessions were signed out; this one stays signed in.',
      });
    } catch (error) {
      setErrors(errorsFromApi<PasswordField>(error, ['current', 'next']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Password" lede="Changing it signs you out everywhere else; this browser stays signed in.">
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label="Change password"
        error={errors.form}
        submit={{ label: 'Change password', pending: busy, pendingLabel: 'Changing…' }}
        actionsClassName="account-form-actions"
      >
        {/* Lets password managers tie the new password to the account. */}
        <input type="email" autoComplete="username" value={account.email ?? ''} readOnly hidden />
        {hasPassword ? (
          <CurrentPasswordField
            label="Current password"
            error={errors.current}
            value={values.current}
            onChange={(v) => set('current', v)}
          />
        ) : null}
        <NewPasswordFields
          label="New password"
          values={[values.next, values.confirm]}
          errors={[errors.next, errors.confirm]}
          onChange={(which, value) => set(which === 'password' ? 'next' : 'confirm', value)}
        />
      </Form>
    </Section>
  );
}

function SessionsSection() {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [asking, setAsking] = useState(false);

  async function everywhere() {
    await signOutEverywhere();
    queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) =>
      old ? { ...old, account: null, via: 'anonymous' } : old,
    );
    router.history.replace(paths.signIn);
    void sessionChanged(queryClient, null).catch(() => undefined);
    pushToast({
      tone: 'info',
      title: 'Signed out everywhere',
      body: 'Every session of yours has ended, this one too. Sign in again to carry on.',
    });
  }

  return (
    <Section
      title="Sessions"
      lede="Signed in on a shared or lost device? End every session of yours at once, this one included. API tokens are not affected."
    >
      <div className="button-row">
        <Button onClick={() => setAsking(true)}>Sign out everywhere</Button>
      </div>
      {asking ? (
        <ConfirmDialog
          title="Sign out everywhere?"
          confirmLabel="Sign out everywhere"
          busyLabel="Signing out…"
          onConfirm={everywhere}
          onClose={() => setAsking(false)}
        >
          <p>
            Every browser signed in as you is signed out, this one too. You will need your password to sign in again.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

export function AccountView({ account }: { account: Account }) {
  return (
    <div className="account-page">
      <p className="account-role-line">
        <span className="account-role-badge">{ROLE_LABELS[account.role]}</span> {ROLE_HINTS[account.role]}
      </p>
      <NameSection account={account} />
      <EmailSection account={account} />
      <PasswordSection account={account} />
      <TokensSection canWrite={account.role !== 'viewer'} />
      <SessionsSection />
    </div>
  );
}
