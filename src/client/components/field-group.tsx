// A fieldset of radios, checkboxes or sub-fields with its legend, hint and error, wired like a
// FormField; and one such group, a text written in both languages side by side. Their own file,
// so that pages with a single field do not download them, and one file, so that the pages with
// groups load them as one piece.
import { useId, type ChangeEvent, type ReactNode } from 'react';
import { LOCALES, otherLocale, type Locale } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { FormField, useFieldText, type FieldControlProps, type FieldTextProps } from './form-field';
import { twoLanguageWords as words } from './field-group.messages';

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

// A text in both languages, side by side: English on the left, Ukrainian on the right, always in
// the same places. A choice says which was written first (the original); the other is its
// translation, optional. Changing the choice swaps nothing the editor typed: each text stays in
// its language's box. A pledge's title and the notes of its evidence and deliveries are written so.

/** A text as an editor writes it: the original in its language, and its translation ('' for none). */
export interface TwoLanguageText {
  language: Locale;
  text: string;
  translation: string;
}

/** A stored text (its original, language and translations) as the editor's two boxes hold it. */
export function twoLanguageText(
  text: string,
  language: Locale | undefined,
  translations: Partial<Record<Locale, string>> | undefined,
): TwoLanguageText {
  const lang = language ?? 'en';
  return { language: lang, text, translation: translations?.[otherLocale(lang)] ?? '' };
}

/** What one language's box gets: its wiring, its language, its text and where typing goes. */
export interface TwoLanguageControl extends FieldControlProps {
  lang: Locale;
  value: string;
  required: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

interface TwoLanguageFieldsProps {
  legend: ReactNode;
  className?: string;
  value: TwoLanguageText;
  onChange: (value: TwoLanguageText) => void;
  /** Each box's label, "Title in English". */
  label: (language: Locale) => string;
  /** Under the original's box; the translation's says what it is for. */
  originalHint?: ReactNode;
  /** The original must be written. */
  required?: boolean;
  errors?: { text?: string | undefined; translation?: string | undefined };
  /** One box: an input or a textarea, with the control's props spread on it. */
  children: (control: TwoLanguageControl) => ReactNode;
}

export function TwoLanguageFields({
  legend,
  className,
  value,
  onChange,
  label,
  originalHint,
  required = false,
  errors = {},
  children,
}: TwoLanguageFieldsProps) {
  const t = useT();
  const base = useId();
  const textIn = (language: Locale) => (language === value.language ? value.text : value.translation);
  const set = (language: Locale, text: string) =>
    onChange(language === value.language ? { ...value, text } : { ...value, translation: text });
  // The original moves to the other language: the two texts keep their boxes.
  const setOriginal = (language: Locale) => {
    if (language === value.language) return;
    onChange({ language, text: value.translation, translation: value.text });
  };
  return (
    <FieldGroup legend={legend} className={className ? `two-languages ${className}` : 'two-languages'}>
      <div className="two-languages-original">
        <span id={`${base}-written`} className="two-languages-label">
          {t(words.writtenIn)}
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby={`${base}-written`}>
          {LOCALES.map((language) => (
            <label key={language} className="segment">
              <input
                type="radio"
                name={`${base}-language`}
                value={language}
                checked={value.language === language}
                onChange={() => setOriginal(language)}
              />
              <span>{t(words.languageName, { language })}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="two-languages-pair">
        {LOCALES.map((language) => {
          const original = language === value.language;
          return (
            <FormField
              key={language}
              label={label(language)}
              hint={original ? originalHint : t(words.translationHint, { language })}
              error={original ? errors.text : errors.translation}
            >
              {(control) =>
                children({
                  ...control,
                  lang: language,
                  value: textIn(language),
                  required: original && required,
                  onChange: (e) => set(language, e.target.value),
                })
              }
            </FormField>
          );
        })}
      </div>
    </FieldGroup>
  );
}
