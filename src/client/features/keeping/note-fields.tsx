// The note of a piece of evidence or a delivery, in both languages side by side (see
// TwoLanguageFields). A new note starts in the language the editor reads the tracker in.
import type { ReactNode } from 'react';
import type { Delivery } from '@shared/contract';
import { otherLocale, type Locale } from '@shared/i18n';
import { twoLanguageText, TwoLanguageFields, type TwoLanguageText } from '@client/components/field-group';

type Noted = Pick<Delivery, 'note' | 'noteLanguage' | 'noteTranslations'>;

/** The note's two boxes: a recorded item's, or empty ones in the editor's language. */
export function noteDraft(item: Noted | undefined, locale: Locale): TwoLanguageText {
  return item
    ? twoLanguageText(item.note, item.noteLanguage, item.noteTranslations)
    : { language: locale, text: '', translation: '' };
}

/**
 * The note as a change sends it. A text written only in the translation's box is the note
 * itself, in that language: there is nothing it translates.
 */
export function noteOf(draft: TwoLanguageText): Noted {
  const text = draft.text.trim();
  const translation = draft.translation.trim();
  if (!text && translation)
    return { note: translation, noteLanguage: otherLocale(draft.language), noteTranslations: {} };
  return {
    note: text,
    noteLanguage: draft.language,
    noteTranslations: translation ? { [otherLocale(draft.language)]: translation } : {},
  };
}

interface NoteFieldsProps {
  legend: ReactNode;
  label: (language: Locale) => string;
  value: TwoLanguageText;
  onChange: (value: TwoLanguageText) => void;
  /** By the contract's field: `note` is the original's, `noteTranslations` the translation's. */
  errors: Record<string, string>;
  /** A few lines (evidence), or one (a delivery). */
  multiline?: boolean;
}

export function NoteFields({ legend, label, value, onChange, errors, multiline = false }: NoteFieldsProps) {
  return (
    <TwoLanguageFields
      legend={legend}
      className="field"
      value={value}
      onChange={onChange}
      label={label}
      errors={{ text: errors.note, translation: errors.noteTranslations }}
    >
      {(control) =>
        multiline ? (
          <textarea {...control} className="input textarea" rows={2} maxLength={2000} />
        ) : (
          <input {...control} className="input" maxLength={2000} />
        )
      }
    </TwoLanguageFields>
  );
}
