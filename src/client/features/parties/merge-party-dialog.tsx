// "Merge into…": this party is a duplicate of another. Pick which, read what will happen, confirm.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Dialog } from '@client/components/dialog';
import { FormField } from '@client/components/form-field';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { partyPledgeCountOptions, type PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { useMergeParty } from '@client/lib/endpoints/update-party';
import { useSession } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { issueText } from './issue-text';
import { mergePartyWords as words } from './messages';
import { shownName } from '@shared/i18n';
import type { Party } from '@shared/contract';

type Named = Pick<Party, 'name' | 'nameLanguage' | 'nameTranslations'>;

function Consequences({
  from,
  into,
  count,
}: {
  from: PartyWithRecord;
  into: PartyWithRecord;
  count: number | undefined;
}) {
  const t = useT();
  const nameOf = (p: Named) => shownName(p, t.locale).text;
  // As the server does it: the merged party's names in each language and its aliases, each once, none of into's names.
  const taken = new Set([into.name, ...Object.values(into.nameTranslations ?? {})].map((n) => n?.toLowerCase()));
  const names = [from.name, ...Object.values(from.nameTranslations ?? {}), ...from.aliases].filter(
    (n): n is string => !!n && !taken.has(n.toLowerCase()) && !!taken.add(n.toLowerCase()),
  );
  return (
    <ul className="merge-consequences">
      <li>
        {count === undefined ? (
          t(words.everyPledge, { from: nameOf(from), into: nameOf(into) })
        ) : count === 0 ? (
          t(words.noPledge, { from: nameOf(from), into: nameOf(into) })
        ) : (
          <Rich
            message={words.pledgesMove}
            values={{ count, into: nameOf(into), from: nameOf(from) }}
            tags={{ strong: (c) => <strong>{c}</strong> }}
          />
        )}
      </li>
      <li>
        {t(words.becomeAliases, {
          names: names.map((name) => t(words.quoted, { name })).join(', '),
          count: names.length,
          into: nameOf(into),
        })}
      </li>
      <li>{t(words.recorded, { from: nameOf(from) })}</li>
    </ul>
  );
}

export function MergePartyDialog({
  party,
  parties,
  onClose,
}: {
  party: PartyWithRecord;
  parties: PartyWithRecord[];
  onClose: () => void;
}) {
  const t = useT();
  const nameOf = (p: Named) => shownName(p, t.locale).text;
  const editor = useSession().data?.account?.name;
  const statusId = useId();
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const count = useQuery(partyPledgeCountOptions(party.id));
  const merge = useMergeParty();
  const others = parties
    .filter((p) => p.id !== party.id)
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), t.locale, { sensitivity: 'base' }));
  const into = others.find((p) => p.id === intoId);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!into) return setError(t(words.chooseError));
    setError(null);
    merge.mutate(
      { id: party.id, into: into.id },
      {
        onSuccess: (result) => {
          pushToast({
            tone: 'success',
            title: t(words.merged, { from: nameOf(party), into: nameOf(result.party) }),
            body: result.pledges.length
              ? t(words.mergedBody, { count: result.pledges.length, into: nameOf(result.party) })
              : t(words.mergedAlias, { from: nameOf(party) }),
          });
          onClose();
        },
        onError: (e) =>
          setError(
            isApiError(e) && e.issues.length
              ? e.issues.map((i) => issueText(i.message, t)).join('. ')
              : errorMessage(e),
          ),
      },
    );
  };

  return (
    <Dialog
      title={t(words.title, { name: nameOf(party) })}
      description={t(words.description, { name: nameOf(party) })}
      onClose={onClose}
    >
      <form className="party-form" onSubmit={submit} noValidate aria-label={t(words.form, { name: nameOf(party) })}>
        <FormField label={t(words.into)} error={error ?? undefined}>
          {(control) => (
            <select
              {...control}
              className="input select"
              value={intoId}
              onChange={(e) => (setIntoId(e.target.value), setError(null))}
              data-autofocus=""
            >
              <option value="">{t(words.choose)}</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {nameOf(p)}
                  {p.aliases.length ? ` (${p.aliases.slice(0, 3).join(', ')}${p.aliases.length > 3 ? '…' : ''})` : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div id={statusId} className="merge-preview" aria-live="polite">
          {into ? (
            <>
              <p className="merge-preview-title">{t(words.whatHappens)}</p>
              <Consequences from={party} into={into} count={count.data} />
              {editor ? <p className="field-hint">{t(words.recordedAs, { editor })}</p> : null}
            </>
          ) : (
            <p className="field-hint">
              {count.data === undefined
                ? t(words.chooseToSee)
                : t(words.namesNow, { count: count.data, name: nameOf(party) })}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>{t(commonWords.cancel)}</Button>
          <Button
            type="submit"
            variant="primary"
            aria-describedby={statusId}
            pending={merge.isPending}
            pendingLabel={t(words.merging)}
          >
            {into ? t(words.mergeInto, { name: nameOf(into) }) : t(words.merge)}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
