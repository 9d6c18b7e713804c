// Where the pledge was reported: any number of sources, each a title with an optional
// publisher, link and date.
import { DateField } from '@client/components/date-field';
import { FormField, TextField } from '@client/components/form-field';
import { Button } from '@client/components/button';
import { emptySource, type FieldErrors, type SourceDraft } from './pledge-draft';

interface SourcesFieldProps {
  sources: SourceDraft[];
  errors: FieldErrors;
  onChange: (sources: SourceDraft[]) => void;
}

export function SourcesField({ sources, errors, onChange }: SourcesFieldProps) {
  const set = (index: number, patch: Partial<SourceDraft>) =>
    onChange(sources.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const error = (index: number, field: keyof SourceDraft) => errors[`sources.${index}.${field}`];
  return (
    <fieldset className="field sources-field">
      <legend className="field-label">Sources</legend>
      {sources.length === 0 ? (
        <p className="field-hint">Where was it said or reported? Add the article, statement or video.</p>
      ) : null}
      <ol className="source-drafts">
        {sources.map((source, index) => (
          <li key={index} className="source-draft">
            <FormField label={`Source ${index + 1}: title`} error={error(index, 'title')}>
              {(control) => (
                <input
                  {...control}
                  className="input"
                  value={source.title}
                  onChange={(e) => set(index, { title: e.target.value })}
                />
              )}
            </FormField>
            <FormField label="Publisher" error={error(index, 'publisher')}>
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
              label="Link"
              error={error(index, 'url')}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={source.url}
              onChange={(e) => set(index, { url: e.target.value })}
            />
            <DateField
              label="Published"
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
              Remove source {index + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button small onClick={() => onChange([...sources, emptySource()])}>
        Add a source
      </Button>
    </fieldset>
  );
}
