// The app's one button: its look (the `button` classes the style sheets know) and its pending
// state. While `pending`, it is disabled, says so to assistive technology with aria-busy, and
// shows what it is doing ("Saving…") in place of its label.
import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react';
import { useT } from '@client/i18n/language';
import { stateWords } from './messages';

/** No variant: the plain button. */
/** outline-danger: an action that takes something away but can be undone (Move to trash). */
export type ButtonVariant = 'primary' | 'quiet' | 'danger' | 'quiet-danger' | 'outline-danger';

export interface ButtonLook {
  variant?: ButtonVariant;
  small?: boolean;
  className?: string;
}

const VARIANT_CLASSES: Record<ButtonVariant, string> = {
  primary: ' button-primary',
  quiet: ' button-quiet',
  danger: ' button-primary button-danger',
  'quiet-danger': ' button-quiet button-quiet-danger',
  'outline-danger': ' button-outline-danger',
};

/** The class string for something that looks like a button: a Button, or a link styled as one. */
export function buttonClass({ variant, small, className }: ButtonLook = {}): string {
  return `button${variant ? VARIANT_CLASSES[variant] : ''}${small ? ' button-small' : ''}${className ? ` ${className}` : ''}`;
}

export interface ButtonProps extends ButtonLook, Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  /** An action under way: disabled, aria-busy, and `pendingLabel` shown instead of the children. */
  pending?: boolean;
  pendingLabel?: ReactNode;
  ref?: Ref<HTMLButtonElement>;
}

export function Button({
  variant,
  small,
  className,
  pending,
  // Most actions save something; those that do something else say what.
  pendingLabel,
  type = 'button',
  disabled,
  children,
  ...rest
}: ButtonProps) {
  const t = useT();
  return (
    <button
      // A submit button says so where it is used; every other button is a plain button.
      type={type}
      className={buttonClass({ variant, small, className })}
      disabled={pending || disabled}
      aria-busy={pending || undefined}
      {...rest}
    >
      {pending ? (pendingLabel ?? t(stateWords.saving)) : children}
    </button>
  );
}
