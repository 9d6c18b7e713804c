// A form as the app's forms are: checked by our own code (noValidate, so the browser's bubbles
// never speak over our messages), the refusal of the whole form announced at its top, and a
// submit Button that shows its pending state. Fields are FormField / FieldGroup children.
import type { FormEvent, FormHTMLAttributes, ReactNode, Ref } from 'react';
import { Button } from './button';

/** What the whole form was refused for: announced, and focusable so a refusal can move focus to it. */
export function FormError({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="form-error" role="alert" tabIndex={-1}>
      {message}
    </p>
  );
}

export interface SubmitSpec {
  label: ReactNode;
  pending: boolean;
  /** What the button says while pending; Button's own default otherwise. */
  pendingLabel?: ReactNode;
  disabled?: boolean;
  className?: string;
}

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'noValidate'> {
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  /** The whole form's refusal, shown above the fields. */
  error?: string;
  /** Shown in place of the refusal message when the form has something longer to say. */
  notice?: ReactNode;
  /** A heading above the refusal message. */
  heading?: ReactNode;
  submit: SubmitSpec;
  /** The class of a row that holds the submit button; without it the button stands alone. */
  actionsClassName?: string;
  ref?: Ref<HTMLFormElement>;
}

export function Form({
  onSubmit,
  error,
  notice,
  heading,
  submit: { label, ...button },
  actionsClassName,
  children,
  ...rest
}: FormProps) {
  const submitButton = (
    <Button type="submit" variant="primary" {...button}>
      {label}
    </Button>
  );
  return (
    <form {...rest} noValidate onSubmit={(e) => void onSubmit(e)}>
      {heading}
      {notice ?? <FormError message={error} />}
      {children}
      {actionsClassName ? <div className={actionsClassName}>{submitButton}</div> : submitButton}
    </form>
  );
}
