// The title in both languages, side by side: English on the left, Ukrainian on the right, always
// in the same places. A choice says which was written first (the original, needed); the other is
// its translation (optional). Changing the choice swaps nothing the editor typed: each text stays
// in its language's box.
import { useId } from 'react';
import { LOCALES, type Locale } from '@shared/i18n';
import { FieldGroup } from '@client/components/field-group';
import { FormField } from '@client/components/form-field';
import { useT } from '@client/i18n/language';
import { formWords as words } from './messages';
import type { FieldErrors, PledgeDraft } from './pledge-draft';

interface TitleFieldsProps {
  draft: PledgeDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<PledgeDraft>) => void;
}

/** The text of the title in `language`, from the draft's original and translation. */
function textIn(draft: PledgeDraft, language: Locale): string {
  return language === draft.titleLanguage ? draft.title : draft.titleTranslation;
}

export function TitleFields({ draft, errors, onChange }: TitleFieldsProps) {
  const t = useT();
  const base = useId();
  const set = (language: Locale, text: string) =>
    onChange(language === draft.titleLanguage ? { title: text } : { titleTranslation: text });
  // The original moves to the other language: the two texts keep their boxes.
  const setOriginal = (language: Locale) => {
    if (language === draft.titleLanguage) return;
    onChange({ titleLanguage: language, title: draft.titleTranslation, titleTranslation: draft.title });
  };
  return (
    <FieldGroup legend={t(words.title)} className="field title-fields">
      <div className="title-original">
        <span id={`${base}-written`} className="title-original-label">
          {t(words.writtenIn)}
        </span>
        <div className="segmented" role="radiogroup" aria-labelledby={`${base}-written`}>
          {LOCALES.map((language) => (
            <label key={language} className="segment">
              <input
                type="radio"
                name={`${base}-language`}
                value={language}
                checked={draft.titleLanguage === language}
                onChange={() => setOriginal(language)}
              />
              <span>{t(words.languageName, { language })}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="title-pair">
        {LOCALES.map((language) => {
          const original = language === draft.titleLanguage;
          return (
            <FormField
              key={language}
              label={t(words.titleIn, { language })}
              hint={original ? t(words.titleHint) : t(words.titleTranslationHint, { language })}
              error={original ? errors.title : errors.titleTranslation}
            >
              {(control) => (
                <input
                  {...control}
                  className="input"
                  lang={language}
                  maxLength={200}
                  required={original}
                  value={textIn(draft, language)}
                  onChange={(e) => set(language, e.target.value)}
                />
              )}
            </FormField>
          );
        })}
      </div>
    </FieldGroup>
  );
}
