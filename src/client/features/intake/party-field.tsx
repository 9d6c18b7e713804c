// Pledgers or beneficiaries on a card: chips of known parties and of new ones ("new: X", with
// what kind of party it is), removable; add one from the known parties or by a new name.
import { useId, useState } from 'react';
import { PARTY_KINDS, type Party } from '@shared/contract';
import { Button } from '@client/components/button';
import { FieldGroup } from '@client/components/field-group';
import { newPartyChip, type PartyChip, type PartyKind } from './drafts';

const KIND_LABELS: Record<PartyKind, string> = {
  state: 'State',
  group: 'Group',
  person: 'Person',
  organisation: 'Organisation',
};

interface Props {
  label: string;
  chips: PartyChip[];
  parties: readonly Party[];
  /** Ids already used elsewhere on the card (a party takes one role). */
  taken: ReadonlySet<string>;
  error?: string;
  disabled: boolean;
  onChange: (chips: PartyChip[]) => void;
}

export function PartyField({ label, chips, parties, taken, error, disabled, onChange }: Props) {
  const base = useId();
  const [typed, setTyped] = useState('');
  const [hint, setHint] = useState('');
  const used = new Set([...taken, ...chips.map((c) => c.id)]);

  function add() {
    const name = typed.trim();
    if (!name) return;
    const known = parties.find(
      (p) =>
        p.name.toLowerCase() === name.toLowerCase() ||
        p.id === name ||
        p.aliases.some((a) => a.toLowerCase() === name.toLowerCase()),
    );
    const chip: PartyChip | null = known
      ? { id: known.id, name: known.name, known: true, kind: known.kind }
      : newPartyChip(name);
    if (!chip) {
      setHint('Use a name with letters or digits.');
      return;
    }
    if (used.has(chip.id)) {
      setHint(`${chip.name} is already on this card.`);
      return;
    }
    onChange([...chips, chip]);
    setTyped('');
    setHint('');
  }

  return (
    <FieldGroup legend={label} sublabel className="field intake-parties" error={error} disabled={disabled}>
      {chips.length ? (
        <ul className="intake-chips">
          {chips.map((chip) => (
            <li key={chip.id} className={`intake-chip${chip.known ? '' : ' intake-chip-new'}`}>
              <span>{chip.known ? chip.name : <>new: {chip.name}</>}</span>
              {!chip.known ? (
                <select
                  className="intake-chip-kind"
                  aria-label={`What ${chip.name} is`}
                  value={chip.kind}
                  onChange={(e) =>
                    onChange(chips.map((c) => (c.id === chip.id ? { ...c, kind: e.target.value as PartyKind } : c)))
                  }
                >
                  {PARTY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {KIND_LABELS[k]}
                    </option>
                  ))}
                </select>
              ) : null}
              <button
                type="button"
                className="intake-chip-remove"
                aria-label={`Remove ${chip.name} from ${label.toLowerCase()}`}
                onClick={() => onChange(chips.filter((c) => c.id !== chip.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">None yet.</p>
      )}
      <div className="intake-add-party">
        <input
          className="input"
          list={`${base}-known`}
          value={typed}
          placeholder="Add a party"
          aria-label={`Add to ${label.toLowerCase()}: a known party, or a new name`}
          onChange={(e) => {
            setTyped(e.target.value);
            setHint('');
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <datalist id={`${base}-known`}>
          {parties
            .filter((p) => !used.has(p.id))
            .map((p) => (
              <option key={p.id} value={p.name} />
            ))}
        </datalist>
        <Button small onClick={add}>
          Add
        </Button>
      </div>
      <p className="field-hint" role="status">
        {hint}
      </p>
    </FieldGroup>
  );
}
