// Where the pledge was reported: any number of sources, each a title with an optional
// publisher, link and date.
import { DateField } from '@client/components/date-field';
import { FormField, TextField } from '@client/components/form-field';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { sourceWords as words } from './messages';
import { emptySource, type FieldErrors, type SourceDraft } from './pledge-draft';

/** The start of a link, the same in every language: not words to translate. */
const LINK_START = 'https://';

interface SourcesFieldProps {
  sources: SourceDraft[];
  errors: FieldErrors;
  onChange: (sources: SourceDraft[]) => void;
}

export function SourcesField({ sources, errors, onChange }: SourcesFieldProps) {
  const t = useT();
  const set = (index: number, patch: Partial<SourceDraft>) =>
    onChange(sources.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const error = (index: number, field: keyof SourceDraft) => errors[`sources.${index}.${field}`];
  return (
    <fieldset className="field sources-field">
      <legend className="field-label">{t(words.legend)}</legend>
      {sources.length === 0 ? <p className="field-hint">{t(words.hint)}</p> : null}
      <ol className="source-drafts">
        {sources.map((source, index) => (
          <li key={index} className="source-draft">
            <FormField label={t(words.title, { number: index + 1 })} error={error(index, 'title')}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={source.title}
                  onChange={(e) => set(index, { title: e.target.value })}
                />
              )}
            </FormField>
            <FormField label={t(words.publisher)} error={error(index, 'publisher')}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={source.publisher}
                  onChange={(e) => set(index, { publisher: e.target.value })}
                />
              )}
            </FormField>
            <TextField
              label={t(words.link)}
              error={error(index, 'url')}
              type="url"
              inputMode="url"
              placeholder={LINK_START}
              value={source.url}
              onChange={(e) => set(index, { url: e.target.value })}
            />
            <DateField
              label={t(words.published)}
              error={error(index, 'publishedOn')}
              value={source.publishedOn}
              onChange={(e) => set(index, { publishedOn: e.target.value })}
            />
            <Button
              variant="quiet"
              small
              className="source-remove"
              onClick={() => onChange(sources.filter((_, i) => i !== index))}
            >
              {t(words.remove, { number: index + 1 })}
            </Button>
          </li>
        ))}
      </ol>
      <Button small onClick={() => onChange([...sources, emptySource()])}>
        {t(words.add)}
      </Button>
    </fieldset>
  );
}
