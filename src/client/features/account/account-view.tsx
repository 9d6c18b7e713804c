// "/account": the signed-in person's own things. Name and email; the password; signing out
// everywhere; and personal API tokens for scripts.
import './account.css';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { passwordSchema, type Account, type SessionInfo } from '@shared/contract';
import { useT } from '@client/i18n/language';
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
import { accountWords as words } from './messages';
import { nameProblem, NewPasswordFields } from './new-account-fields';
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
  const t = useT();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<'name'> = { name: nameProblem(name, t) };
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
        title: t(words.nameSaved),
        body: t(words.nameSavedBody, { name: saved.name }),
      });
    } catch (error) {
      setErrors(errorsFromApi<'name'>(error, ['name']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t(words.nameTitle)} lede={t(words.nameLede)}>
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label={t(words.nameTitle)}
        error={errors.form}
        submit={{ label: t(words.saveName), pending: busy, disabled: !changed }}
        actionsClassName="account-form-actions"
      >
        <FormField label={t(words.name)} error={errors.name}>
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
  const t = useT();
  const set = (field: PasswordField, value: string) => (
    setValues((v) => ({ ...v, [field]: value })),
    setErrors((e) => ({ ...e, [field]: undefined }))
  );

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<PasswordField> = {
      current: hasPassword && !values.current ? t(words.enterCurrent) : undefined,
      next: problemWith(passwordSchema, values.next, t),
      confirm: values.confirm === values.next ? undefined : t(values.confirm ? words.newNotSame : words.typeNewAgain),
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
        title: t(words.passwordChanged),
        body: t(words.passwordChangedBody),
      });
    } catch (error) {
      setErrors(errorsFromApi<PasswordField>(error, ['current', 'next']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title={t(words.passwordTitle)} lede={t(words.passwordLede)}>
      <Form
        ref={formRef}
        className="account-form"
        onSubmit={submit}
        aria-label={t(words.changePassword)}
        error={errors.form}
        submit={{ label: t(words.changePassword), pending: busy, pendingLabel: t(words.changing) }}
        actionsClassName="account-form-actions"
      >
        {/* Lets password managers tie the new password to the account. */}
        <input type="email" autoComplete="username" value={account.email ?? ''} readOnly hidden />
        {hasPassword ? (
          <CurrentPasswordField
            label={t(words.currentPassword)}
            error={errors.current}
            value={values.current}
            onChange={(v) => set('current', v)}
          />
        ) : null}
        <NewPasswordFields
          labels={[t(words.newPassword), t(words.newPasswordAgain)]}
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
  const t = useT();

  async function everywhere() {
    await signOutEverywhere();
    queryClient.setQueryData<SessionInfo>(sessionKeys.all, (old) =>
      old ? { ...old, account: null, via: 'anonymous' } : old,
    );
    router.history.replace(paths.signIn);
    void sessionChanged(queryClient, null).catch(() => undefined);
    pushToast({
      tone: 'info',
      title: t(words.signedOutEverywhere),
      body: t(words.signedOutEverywhereBody),
    });
  }

  return (
    <Section title={t(words.sessionsTitle)} lede={t(words.sessionsLede)}>
      <div className="button-row">
        <Button onClick={() => setAsking(true)}>{t(words.signOutEverywhere)}</Button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={t(words.signOutEverywhereTitle)}
          confirmLabel={t(words.signOutEverywhere)}
          busyLabel={t(words.signingOut)}
          onConfirm={everywhere}
          onClose={() => setAsking(false)}
        >
          <p>{t(words.signOutEverywhereText)}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

export function AccountView({ account }: { account: Account }) {
  const t = useT();
  return (
    <div className="account-page">
      <p className="account-role-line">
        <span className="account-role-badge">{t(ROLE_LABELS[account.role])}</span> {t(ROLE_HINTS[account.role])}
      </p>
      <NameSection account={account} />
      <EmailSection account={account} />
      <PasswordSection account={account} />
      <TokensSection canWrite={account.role !== 'viewer'} />
      <SessionsSection />
    </div>
  );
}
