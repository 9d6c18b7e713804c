// Name, email, password and its confirmation: the fields of a new account, whether the owner's
// (after the first sign-in link) or an invited person's. Checked with the contract's schemas.
import { useRef, useState } from 'react';
import { PASSWORD_MIN, passwordSchema, userNameSchema } from '@shared/contract';
import type { Translate } from '@shared/i18n';
import { FormField } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import {
  EmailField,
  emailProblem,
  errorsFromApi,
  hasErrors,
  problemWith,
  useFocusOnRefusal,
  type Errors,
} from './form-bits';
import { newAccountWords as words } from './messages';

export type NewAccountField = 'name' | 'email' | 'password' | 'confirm';

export interface NewAccountDraft {
  name: string;
  email: string;
  password: string;
  confirm: string;
}

export function checkNewAccount(draft: NewAccountDraft, t: Translate): Errors<NewAccountField> {
  return {
    name: nameProblem(draft.name, t),
    email: draft.email.trim() ? emailProblem(draft.email, t) : t(words.emailMissing),
    password: problemWith(passwordSchema, draft.password, t),
    confirm: draft.confirm === draft.password ? undefined : t(draft.confirm ? words.notSame : words.typeAgain),
  };
}

/** A person's name's problem, as the account forms word it. */
export function nameProblem(name: string, t: Translate): string | undefined {
  return problemWith(userNameSchema, name, t, { tooShort: words.nameMissing, other: words.nameOneLine });
}

/**
 * A form that makes an account (the owner's, an invited person's): the draft, its errors, the
 * focus on the first problem when it is refused, and the fields bound to them.
 */
export function useNewAccountForm(initial: { name: string; email: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<NewAccountDraft>({ ...initial, password: '', confirm: '' });
  const [errors, setErrors] = useState<Errors<NewAccountField>>({});
  const refused = useFocusOnRefusal(formRef);
  const [busy, setBusy] = useState(false);
  const t = useT();

  /**
   * The form's submit: checks the draft, then sends it. A refusal goes beside the fields (`alias`
   * names the server's other words for them) unless `handled` takes it; after a success the page
   * moves on, so the form stays busy.
   */
  function submitWith(
    send: (draft: NewAccountDraft) => Promise<void>,
    refusal: { alias?: Partial<Record<string, NewAccountField>>; handled?: (error: unknown) => boolean } = {},
  ) {
    return async (event: React.FormEvent) => {
      event.preventDefault();
      const found = checkNewAccount(draft, t);
      setErrors(found);
      if (hasErrors(found)) return refused();
      setBusy(true);
      try {
        await send(draft);
      } catch (error) {
        setBusy(false);
        if (refusal.handled?.(error)) return;
        setErrors(errorsFromApi<NewAccountField>(error, ['name', 'email', 'password'], refusal.alias));
        refused();
      }
    };
  }

  return {
    formRef,
    error: errors.form,
    busy,
    submitWith,
    fields: (
      <NewAccountFields
        draft={draft}
        errors={errors}
        onChange={(field, value) => (
          setDraft((d) => ({ ...d, [field]: value })),
          setErrors((e) => ({ ...e, [field]: undefined }))
        )}
      />
    ),
  };
}

interface NewAccountFieldsProps {
  draft: NewAccountDraft;
  errors: Errors<NewAccountField>;
  onChange: (field: NewAccountField, value: string) => void;
}

export function NewAccountFields({ draft, errors, onChange }: NewAccountFieldsProps) {
  const t = useT();
  return (
    <>
      <FormField label={t(words.yourName)} hint={t(words.nameHint)} error={errors.name}>
        {(control) => (
          <input
            {...control}
            className="input"
            autoComplete="name"
            value={draft.name}
            onChange={(e) => onChange('name', e.target.value)}
          />
        )}
      </FormField>
      <EmailField
        hint={t(words.emailHint)}
        autoComplete="email"
        error={errors.email}
        value={draft.email}
        onChange={(v) => onChange('email', v)}
      />
      <NewPasswordFields
        labels={[t(words.password), t(words.passwordAgain)]}
        values={[draft.password, draft.confirm]}
        errors={[errors.password, errors.confirm]}
        onChange={onChange}
      />
    </>
  );
}

interface NewPasswordFieldsProps {
  /** "Password" and "Password again", or "New password"… where one is being changed. */
  labels: [password: string, confirm: string];
  values: [password: string, confirm: string];
  errors: [password: string | undefined, confirm: string | undefined];
  onChange: (which: 'password' | 'confirm', value: string) => void;
}

/** A new password and the same again, as every form that sets one asks for it. */
export function NewPasswordFields({ labels, values, errors, onChange }: NewPasswordFieldsProps) {
  const t = useT();
  const hint = t(words.passwordHint, { min: PASSWORD_MIN });
  return (
    <>
      {([0, 1] as const).map((i) => (
        <FormField key={i} label={labels[i]} hint={i ? undefined : hint} error={errors[i]}>
          {(control) => (
            <input
              {...control}
              type="password"
              className="input"
              autoComplete="new-password"
              value={values[i]}
              onChange={(e) => onChange(i ? 'confirm' : 'password', e.target.value)}
            />
          )}
        </FormField>
      ))}
    </>
  );
}
