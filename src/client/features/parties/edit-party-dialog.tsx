// "Edit": rename a party (its name in both languages, side by side), or change its kind or other
// names. Checked with the shared contract before sending; the server's field issues land next to
// their fields too.
import { useEffect, useRef, useState } from 'react';
import { PARTY_KINDS, partyPatchSchema, type PartyPatch } from '@shared/contract';
import { Dialog } from '@client/components/dialog';
import { FormField } from '@client/components/form-field';
import { TwoLanguageFields, twoLanguageText, type TwoLanguageText } from '@client/components/field-group';
import { errorMessage, isApiError } from '@client/lib/api-client';
import type { PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { useUpdateParty } from '@client/lib/endpoints/update-party';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { stateWords } from '@client/components/messages';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { otherLocale, shownName } from '@shared/i18n';
import { issueText } from './issue-text';
import { editPartyWords as words } from './messages';
import { KIND_WORDS, parseAliases, type PartyKind } from './party-table-model';

type FieldName = 'name' | 'nameTranslations' | 'kind' | 'aliases';
type FieldErrors = Partial<Record<FieldName, string>>;
const FIELDS: readonly string[] = ['name', 'nameTranslations', 'kind', 'aliases'] satisfies FieldName[];

function fieldOf(path: string): FieldName | null {
  const head = path.split('.')[0] ?? '';
  return FIELDS.includes(head) ? (head as FieldName) : null;
}

const sameTranslations = (a: PartyPatch['nameTranslations'], b: PartyPatch['nameTranslations']) =>
  JSON.stringify(a ?? {}) === JSON.stringify(b ?? {});

export function EditPartyDialog({ party, onClose }: { party: PartyWithRecord; onClose: () => void }) {
  const t = useT();
  const [name, setName] = useState<TwoLanguageText>(() =>
    twoLanguageText(party.name, party.nameLanguage, party.nameTranslations),
  );
  const shown = shownName(party, t.locale).text;
  const [kind, setKind] = useState<PartyKind>(party.kind);
  const [aliases, setAliases] = useState(party.aliases.join(', '));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const update = useUpdateParty();
  const formRef = useRef<HTMLFormElement>(null);
  // After a refused save, the first field in error takes focus, its message read with it.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const translation = name.translation.trim();
    const checked = partyPatchSchema.safeParse({
      name: name.text,
      nameLanguage: name.language,
      nameTranslations: translation ? { [otherLocale(name.language)]: translation } : {},
      kind,
      aliases: parseAliases(aliases),
    });
    if (!checked.success) {
      const next: FieldErrors = {};
      for (const issue of checked.error.issues) {
        const field = fieldOf(issue.path.map(String).join('.'));
        if (field && !next[field]) next[field] = issueText(issue.message, t);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    // Only what changed is sent.
    const patch: PartyPatch = {};
    if (checked.data.name !== party.name) patch.name = checked.data.name;
    if (checked.data.nameLanguage !== (party.nameLanguage ?? 'en')) patch.nameLanguage = checked.data.nameLanguage;
    if (!sameTranslations(checked.data.nameTranslations, party.nameTranslations))
      patch.nameTranslations = checked.data.nameTranslations ?? {};
    if (checked.data.kind !== party.kind) patch.kind = checked.data.kind;
    if (checked.data.aliases?.join('\n') !== party.aliases.join('\n')) patch.aliases = checked.data.aliases;
    if (!Object.keys(patch).length) return onClose();
    update.mutate(
      { id: party.id, patch },
      {
        onSuccess: (saved) => {
          pushToast({
            tone: 'success',
            title:
              shownName(saved, t.locale).text === shown
                ? t(words.saved, { name: shown })
                : t(words.renamed, { old: shown, name: shownName(saved, t.locale).text }),
            body: t(words.savedBody),
          });
          onClose();
        },
        onError: (error) => {
          const next: FieldErrors = {};
          const unplaced: string[] = [];
          for (const issue of isApiError(error) ? error.issues : []) {
            const field = fieldOf(issue.path);
            if (field && !next[field]) next[field] = issueText(issue.message, t);
            else unplaced.push(issueText(issue.message, t));
          }
          setErrors(next);
          if (unplaced.length || !Object.keys(next).length) setFormError([errorMessage(error), ...unplaced].join(' '));
        },
      },
    );
  };

  return (
    <Dialog title={t(words.title, { name: shown })} description={t(words.description)} onClose={onClose}>
      <form
        ref={formRef}
        className="party-form"
        onSubmit={submit}
        noValidate
        aria-label={t(words.title, { name: shown })}
      >
        <TwoLanguageFields
          legend={t(words.name)}
          value={name}
          onChange={setName}
          label={(language) => t(words.nameIn, { language })}
          required
          errors={{ text: errors.name, translation: errors.nameTranslations }}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              maxLength={120}
              autoComplete="off"
              {...(control.lang === name.language ? { 'data-autofocus': '' } : {})}
            />
          )}
        </TwoLanguageFields>
        <FormField label={t(words.kind)} error={errors.kind}>
          {(control) => (
            <select
              {...control}
              className="input select"
              value={kind}
              onChange={(e) => setKind(e.target.value as PartyKind)}
            >
              {PARTY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(KIND_WORDS[k])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t(words.aliases)} hint={t(words.aliasesHint)} error={errors.aliases}>
          {(control) => (
            <input
              {...control}
              className="input"
              value={aliases}
              onChange={(e) => setAliases(e.target.value)}
              autoComplete="off"
            />
          )}
        </FormField>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <div className="dialog-actions">
          <Button onClick={onClose}>{t(commonWords.cancel)}</Button>
          <Button type="submit" variant="primary" pending={update.isPending} pendingLabel={t(stateWords.saving)}>
            {t(commonWords.save)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
