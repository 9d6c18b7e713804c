// Name, email, password and its confirmation: the fields of a new account, whether the owner's
// (after the first sign-in link) or an invited person's. Checked with the contract's schemas.
import { useRef, useState } from 'react';
import { emailSchema, PASSWORD_MIN, passwordSchema, userNameSchema } from '@shared/contract';
import { FormField } from '@client/components/form-field';
import { EmailField, errorsFromApi, hasErrors, problemWith, useFocusOnRefusal, type Errors } from './form-bits';

export type NewAccountField = 'name' | 'email' | 'password' | 'confirm';

export interface NewAccountDraft {
  name: string;
  email: string;
  password: string;
  confirm: string;
}

export function checkNewAccount(draft: NewAccountDraft): Errors<NewAccountField> {
  return {
    name: problemWith(userNameSchema, draft.name),
    email: draft.email.trim()
      ? problemWith(emailSchema, draft.email)
      : 'Enter your email address: it is how you sign in',
    password: problemWith(passwordSchema, draft.password),
    confirm:
      draft.confirm === draft.password
        ? undefined
        : draft.confirm
          ? 'The two passwords are not the same'
          : 'Type the password again',
  };
}

export const PASSWORD_HINT = `At least ${PASSWORD_MIN} characters. A few unrelated words make a strong one that is easy to remember.`;

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
      const found = checkNewAccount(draft);
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
  return (
    <>
      <FormField
        label="Your name"
        hint="As others will see it in the history of every change you make."
        error={errors.name}
      >
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
        hint="You sign in with it. It is not shown to readers."
        autoComplete="email"
        error={errors.email}
        value={draft.email}
        onChange={(v) => onChange('email', v)}
      />
      <NewPasswordFields
        label="Password"
        values={[draft.password, draft.confirm]}
        errors={[errors.password, errors.confirm]}
        onChange={onChange}
      />
    </>
  );
}

interface NewPasswordFieldsProps {
  /** "Password", or "New password" where one is being changed; the second field says "… again". */
  label: string;
  values: [password: string, confirm: string];
  errors: [password: string | undefined, confirm: string | undefined];
  onChange: (which: 'password' | 'confirm', value: string) => void;
}

/** A new password and the same again, as every form that sets one asks for it. */
export function NewPasswordFields({ label, values, errors, onChange }: NewPasswordFieldsProps) {
  return (
    <>
      {([0, 1] as const).map((i) => (
        <FormField key={i} label={i ? `${label} again` : label} hint={i ? undefined : PASSWORD_HINT} error={errors[i]}>
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
