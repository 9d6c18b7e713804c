// A date picked in the browser's own date input (the phone's wheel, the keyboard's arrows), with
// the day written beside it the way the app writes dates ("Mon 25 Aug 2025"): an en-US browser
// shows 08/25/2025, and a reader should not have to guess which of 8 and 25 is the month. The
// written day describes the input (aria-describedby), so it is read with it.
import { useId, type InputHTMLAttributes } from 'react';
import { isRealPlainDate } from '@shared/domain';
import { formatDateWithWeekdayIn, type Locale } from '@shared/i18n';
import { useLocale } from '@client/i18n/language';
import { FormField, splitFieldProps, type FieldOptions } from './form-field';

/** "Mon 25 Aug 2025" / "пн, 25 серп. 2025" for a whole date; nothing while the input holds none (empty, or half typed). */
export function dayWords(value: string | undefined, locale: Locale = 'en'): string {
  return value && isRealPlainDate(value) ? formatDateWithWeekdayIn(locale, value) : '';
}

/**
 * What date inputs hold, in the app's words, beside them. It describes them while it says
 * something: give its id to their aria-describedby only then, or they are described by a blank.
 */
export function DateEcho({ id, text }: { id: string; text: string }) {
  return (
    <span id={id} className="date-echo">
      {text}
    </span>
  );
}

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, keyof FieldOptions | 'type' | 'value'>;

/** A FormField with a date input and its day written beside it. */
export function DateField(props: FieldOptions & DateInputProps & { value: string }) {
  const { field, input } = splitFieldProps<DateInputProps & { value: string }>(props);
  const echoId = useId();
  const locale = useLocale();
  const echo = dayWords(input.value, locale);
  return (
    <FormField {...field} describedBy={[echo ? echoId : '', field.describedBy].filter(Boolean).join(' ') || undefined}>
      {(control) => (
        <span className="date-input">
          <input {...control} type="date" className="input input-date" {...input} />
          <DateEcho id={echoId} text={echo} />
        </span>
      )}
    </FormField>
  );
}
