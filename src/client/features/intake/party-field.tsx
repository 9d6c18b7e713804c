// Pledgers or beneficiaries on a card: chips of known parties and of new ones ("new: X", with
// what kind of party it is), removable; add one from the known parties or by a new name.
import { useId, useState } from 'react';
import { PARTY_KINDS, type Party } from '@shared/contract';
import { Button } from '@client/components/button';
import { FieldGroup } from '@client/components/field-group';
import { useT } from '@client/i18n/language';
import { newPartyChip, type PartyChip, type PartyKind } from './drafts';
import { partyFieldWords as words } from './messages';
import { shownName } from '@shared/i18n';

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
  const t = useT();
  const base = useId();
  const [typed, setTyped] = useState('');
  const [hint, setHint] = useState('');
  const used = new Set([...taken, ...chips.map((c) => c.id)]);

  function add() {
    const name = typed.trim();
    if (!name) return;
    const wanted = name.toLowerCase();
    const known = parties.find(
      (p) =>
        p.id === name ||
        [p.name, ...Object.values(p.nameTranslations ?? {}), ...p.aliases].some((n) => n?.toLowerCase() === wanted),
    );
    const chip: PartyChip | null = known
      ? { id: known.id, name: shownName(known, t.locale).text, known: true, kind: known.kind }
      : newPartyChip(name);
    if (!chip) {
      setHint(t(words.useLetters));
      return;
    }
    if (used.has(chip.id)) {
      setHint(t(words.alreadyOnCard, { name: chip.name }));
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
              <span>{chip.known ? chip.name : t(words.newChip, { name: chip.name })}</span>
              {!chip.known ? (
                <select
                  className="intake-chip-kind"
                  aria-label={t(words.whatIs, { name: chip.name })}
                  value={chip.kind}
                  onChange={(e) =>
                    onChange(chips.map((c) => (c.id === chip.id ? { ...c, kind: e.target.value as PartyKind } : c)))
                  }
                >
                  {PARTY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(words[k])}
                    </option>
                  ))}
                </select>
              ) : null}
              <button
                type="button"
                className="intake-chip-remove"
                aria-label={t(words.removeFrom, { name: chip.name, label: label.toLocaleLowerCase(t.locale) })}
                onClick={() => onChange(chips.filter((c) => c.id !== chip.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field-hint">{t(words.none)}</p>
      )}
      <div className="intake-add-party">
        <input
          className="input"
          list={`${base}-known`}
          value={typed}
          placeholder={t(words.placeholder)}
          aria-label={t(words.addTo, { label: label.toLocaleLowerCase(t.locale) })}
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
          {t(words.add)}
        </Button>
      </div>
      <p className="field-hint" role="status">
        {hint}
      </p>
    </FieldGroup>
  );
}
