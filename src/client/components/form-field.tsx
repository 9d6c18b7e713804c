// A labelled form field with its hint and error, wired for assistive technology once, here:
// `FormField` gives its control the id, aria-describedby and aria-invalid it needs through the
// render function. `FieldGroup` (field-group.tsx) does the same for a fieldset.
import { useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { useT } from '@client/i18n/language';
import { componentWords } from './messages';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export interface FieldTextProps {
  hint?: ReactNode;
  error?: string | undefined;
  /** Other elements that describe the control (a live preview, a note shared by two fields). */
  describedBy?: string | undefined;
  /** The hint between label and control, where it must be read before typing. */
  hintFirst?: boolean;
  className?: string;
  /** The smaller label of a field inside a group. */
  sublabel?: boolean;
  alertOnError?: boolean;
}

/** The ids and the hint and error paragraphs of one field or group. */
export function useFieldText(idGiven: string | undefined, { hint, error, describedBy, alertOnError }: FieldTextProps) {
  const generated = useId();
  const id = idGiven ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : '', describedBy ?? '', error ? errorId : ''].filter(Boolean).join(' ');
  return {
    id,
    describedBy: described || undefined,
    hintText: hint ? (
      <p id={hintId} className="field-hint">
        {hint}
      </p>
    ) : null,
    errorText: error ? (
      <p id={errorId} className="field-error" role={alertOnError ? 'alert' : undefined}>
        {error}
      </p>
    ) : null,
  };
}

const fieldClass = (base: string, className?: string) => (className ? `${base} ${className}` : base);

interface FormFieldProps extends FieldTextProps {
  label: ReactNode;
  /** The control's id, for a form that focuses its first field in error by id. */
  id?: string;
  /** Says "(optional)" after the label. */
  optional?: boolean;
  /** A label for assistive technology only, where a table's headers already say what it is. */
  labelHidden?: boolean;
  /** The error is announced as it appears, for a control that changes without a submit. */
  alertOnError?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

export function FormField({
  label,
  id: idGiven,
  optional,
  labelHidden,
  alertOnError,
  sublabel,
  hintFirst,
  className,
  children,
  ...text
}: FormFieldProps) {
  const { id, describedBy, hintText, errorText } = useFieldText(idGiven, { ...text, alertOnError });
  const t = useT();
  return (
    <div className={fieldClass('field', className)}>
      <label className={labelHidden ? 'visually-hidden' : sublabel ? 'field-sublabel' : 'field-label'} htmlFor={id}>
        {label}
        {optional ? <span className="muted"> {t(componentWords.optionalMark)}</span> : null}
      </label>
      {hintFirst ? hintText : null}
      {children({ id, 'aria-describedby': describedBy, ...(text.error ? { 'aria-invalid': true as const } : {}) })}
      {hintFirst ? null : hintText}
      {errorText}
    </div>
  );
}

export type FieldOptions = Omit<FormFieldProps, 'children'>;
const FIELD_OPTIONS = [
  'label',
  'id',
  'optional',
  'labelHidden',
  'alertOnError',
  'sublabel',
  'hintFirst',
  'className',
  'hint',
  'error',
  'describedBy',
] as const;

/** A one-input field's props, parted: the field's options (label, hint, error…) and the input's. */
export function splitFieldProps<Input extends object>(
  props: FieldOptions & Input,
): { field: FieldOptions; input: Omit<Input, keyof FieldOptions> } {
  const field: Record<string, unknown> = {};
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props))
    ((FIELD_OPTIONS as readonly string[]).includes(key) ? field : input)[key] = value;
  return { field: field as unknown as FieldOptions, input: input as Omit<Input, keyof FieldOptions> };
}

/**
 * The most common field, written once: a FormField around one text input. The field's options
 * (label, hint, error, id, className…) go to the field; everything else goes to the input.
 */
export function TextField(props: FieldOptions & Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldOptions>) {
  const { field, input } = splitFieldProps(props);
  return <FormField {...field}>{(control) => <input {...control} className="input" {...input} />}</FormField>;
}
