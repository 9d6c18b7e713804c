// A fieldset of radios, checkboxes or sub-fields with its legend, hint and error, wired like a
// FormField. Its own file, so that pages with a single field do not download it.
import type { ReactNode } from 'react';
import { useFieldText, type FieldTextProps } from './form-field';

interface FieldGroupProps extends FieldTextProps {
  legend: ReactNode;
  disabled?: boolean;
  /** A group whose choices are judged as one: the fieldset carries aria-invalid. */
  invalid?: boolean;
  /**
   * The group's content; as a function, it gets the hint and error ids for the one control that
   * they describe (a search box among chips), and the fieldset itself is not described.
   */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode);
}

/** A fieldset with its legend, described by its hint and error. */
export function FieldGroup({
  legend,
  sublabel,
  hintFirst,
  className,
  disabled,
  invalid,
  children,
  ...text
}: FieldGroupProps) {
  const { describedBy, hintText, errorText } = useFieldText(undefined, text);
  return (
    <fieldset
      className={className}
      aria-describedby={typeof children === 'function' ? undefined : describedBy}
      aria-invalid={invalid && text.error ? true : undefined}
      disabled={disabled}
    >
      <legend className={sublabel ? 'field-sublabel' : 'field-label'}>{legend}</legend>
      {hintFirst ? hintText : null}
      {typeof children === 'function' ? children(describedBy) : children}
      {hintFirst ? null : hintText}
      {errorText}
    </fieldset>
  );
}
