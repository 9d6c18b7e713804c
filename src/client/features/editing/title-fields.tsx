// The title in both languages, side by side (see TwoLanguageFields): the original is needed, its
// translation is optional.
import { TwoLanguageFields } from '@client/components/field-group';
import { useT } from '@client/i18n/language';
import { formWords as words } from './messages';
import type { FieldErrors, PledgeDraft } from './pledge-draft';

interface TitleFieldsProps {
  draft: PledgeDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<PledgeDraft>) => void;
}

export function TitleFields({ draft, errors, onChange }: TitleFieldsProps) {
  const t = useT();
  return (
    <TwoLanguageFields
      legend={t(words.title)}
      className="field"
      value={{ language: draft.titleLanguage, text: draft.title, translation: draft.titleTranslation }}
      onChange={(v) => onChange({ titleLanguage: v.language, title: v.text, titleTranslation: v.translation })}
      label={(language) => t(words.titleIn, { language })}
      originalHint={t(words.titleHint)}
      required
      errors={{ text: errors.title, translation: errors.titleTranslation }}
    >
      {(control) => <input {...control} className="input" maxLength={200} />}
    </TwoLanguageFields>
  );
}
