// "Merge into…": this party is a duplicate of another. Pick which, read what will happen, confirm.
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Dialog } from '@client/components/dialog';
import { FormField } from '@client/components/form-field';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { partyPledgeCountOptions, type PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { useMergeParty } from '@client/lib/endpoints/update-party';
import { useSession } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';

const pledges = (n: number) => (n === 1 ? '1 pledge' : `${n} pledges`);

function Consequences({
  from,
  into,
  count,
}: {
  from: PartyWithRecord;
  into: PartyWithRecord;
  count: number | undefined;
}) {
  const names = [from.name, ...from.aliases.filter((a) => a.toLowerCase() !== into.name.toLowerCase())];
  return (
    <ul className="merge-consequences">
      <li>
        {count === undefined ? (
          <>
            Every pledge naming {from.name} will name {into.name} instead.
          </>
        ) : count === 0 ? (
          <>
            No pledge names {from.name} now; any in the trash will name {into.name}.
          </>
        ) : (
          <>
            {pledges(count)} will name <strong>{into.name}</strong> instead of <strong>{from.name}</strong>.
          </>
        )}
      </li>
      <li>
        {names.map((n) => `“${n}”`).join(', ')} {names.length === 1 ? 'becomes an alias' : 'become aliases'} of{' '}
        {into.name}, so articles using {names.length === 1 ? 'it' : 'them'} find {into.name}.
      </li>
      <li>This is recorded in each pledge’s history; {from.name} leaves the list of parties.</li>
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
  const editor = useSession().data?.account?.name;
  const statusId = useId();
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const count = useQuery(partyPledgeCountOptions(party.id));
  const merge = useMergeParty();
  const others = parties.filter((p) => p.id !== party.id).sort((a, b) => a.name.localeCompare(b.name));
  const into = others.find((p) => p.id === intoId);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!into) return setError('Choose the party it duplicates.');
    setError(null);
    merge.mutate(
      { id: party.id, into: into.id },
      {
        onSuccess: (result) => {
          pushToast({
            tone: 'success',
            title: `Merged “${party.name}” into ${result.party.name}`,
            body: result.pledges.length
              ? `${pledges(result.pledges.length)} now ${result.pledges.length === 1 ? 'names' : 'name'} ${result.party.name}.`
              : `“${party.name}” is now one of its other names.`,
          });
          onClose();
        },
        onError: (e) =>
          setError(isApiError(e) && e.issues.length ? e.issues.map((i) => i.message).join('. ') : errorMessage(e)),
      },
    );
  };

  return (
    <Dialog
      title={`Merge “${party.name}” into…`}
      description={`Use this when “${party.name}” is another name for a party already listed.`}
      onClose={onClose}
    >
      <form className="party-form" onSubmit={submit} noValidate aria-label={`Merge “${party.name}”`}>
        <FormField label="The party it duplicates" error={error ?? undefined}>
          {(control) => (
            <select
              {...control}
              className="select"
              value={intoId}
              onChange={(e) => (setIntoId(e.target.value), setError(null))}
              data-autofocus=""
            >
              <option value="">Choose a party…</option>
              {others.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                  {p.aliases.length ? ` (${p.aliases.slice(0, 3).join(', ')}${p.aliases.length > 3 ? '…' : ''})` : ''}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div id={statusId} className="merge-preview" aria-live="polite">
          {into ? (
            <>
              <p className="merge-preview-title">What will happen</p>
              <Consequences from={party} into={into} count={count.data} />
              {editor ? <p className="field-hint">Recorded as {editor}.</p> : null}
            </>
          ) : (
            <p className="field-hint">
              {count.data === undefined
                ? 'Choose a party to see what changes.'
                : `${pledges(count.data)} ${count.data === 1 ? 'names' : 'name'} ${party.name} now. Choose a party to see what changes.`}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button
            type="submit"
            variant="primary"
            aria-describedby={statusId}
            pending={merge.isPending}
            pendingLabel="Merging…"
          >
            {into ? `Merge into ${into.name}` : 'Merge'}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
