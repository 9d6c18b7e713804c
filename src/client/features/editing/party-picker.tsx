// Parties of one role on the form: chips of the chosen ones, removable, and a field to add one —
// an existing party (by its name in either language or an alias, suggested as you type) or, if
// none fits, a new party created on the spot with its kind, named in the language it is typed in.
import { useId, useState } from 'react';
import { PARTY_KINDS, partyRefOf, type Party, type PartyRef } from '@shared/contract';
import { shownName } from '@shared/i18n';
import { Button } from '@client/components/button';
import { FieldGroup } from '@client/components/field-group';
import { useT } from '@client/i18n/language';
import { pickerWords as words } from './messages';

type PartyKind = (typeof PARTY_KINDS)[number];

interface PartyPickerProps {
  label: string;
  hint?: string;
  value: PartyRef[];
  parties: readonly Party[];
  /** Ids chosen in another role: a party takes one role in a pledge. */
  taken: ReadonlySet<string>;
  error?: string;
  onChange: (next: PartyRef[]) => void;
  /** Creates a party and gives it back (the caller refreshes the party list). */
  onCreate: (name: string, kind: PartyKind) => Promise<Party>;
}

function findParty(parties: readonly Party[], text: string): Party | undefined {
  const wanted = text.trim().toLowerCase();
  return parties.find(
    (p) =>
      p.id === wanted ||
      [p.name, ...Object.values(p.nameTranslations ?? {}), ...p.aliases].some((n) => n?.toLowerCase() === wanted),
  );
}

/** A name has something to call the party by: a letter or a digit, in any alphabet. */
const hasLetters = (name: string) => /[\p{L}\p{N}]/u.test(name);

export function PartyPicker({ label, hint, value, parties, taken, error, onChange, onCreate }: PartyPickerProps) {
  const t = useT();
  const base = useId();
  const [typed, setTyped] = useState('');
  const [kind, setKind] = useState<PartyKind>('state');
  const [message, setMessage] = useState('');
  const [creating, setCreating] = useState(false);
  const name = typed.trim();
  const known = name ? findParty(parties, name) : undefined;
  const isNew = Boolean(name) && !known && hasLetters(name);
  const nameOf = (party: PartyRef) => shownName(party, t.locale).text;

  function add(party: PartyRef) {
    if (value.some((p) => p.id === party.id)) return setMessage(t(words.alreadyHere, { name: nameOf(party) }));
    if (taken.has(party.id)) return setMessage(t(words.otherRole, { name: nameOf(party) }));
    onChange([...value, partyRefOf(party)]);
    setTyped('');
    setMessage('');
  }

  async function submit() {
    if (!name) return;
    if (known) return add(known);
    if (!hasLetters(name)) return setMessage(t(words.useLetters));
    setCreating(true);
    try {
      add(await onCreate(name, kind));
    } catch (e) {
      setMessage(e instanceof Error ? e.message : t(words.couldNotAdd));
    } finally {
      setCreating(false);
    }
  }

  const inputId = `${base}-input`;
  const listId = `${base}-list`;
  const messageId = `${base}-message`;
  return (
    <FieldGroup legend={label} className="field party-picker" hintFirst hint={hint} error={error} invalid>
      {(describedBy) => (
        <>
          {value.length ? (
            <ul className="party-chips" aria-label={t(words.chosen, { label })}>
              {value.map((party) => (
                <li key={party.id} className="party-chip">
                  <span lang={shownName(party, t.locale).lang}>{nameOf(party)}</span>
                  <button
                    type="button"
                    className="party-chip-remove"
                    aria-label={t(words.remove, { name: nameOf(party) })}
                    onClick={() => onChange(value.filter((p) => p.id !== party.id))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="party-add">
            <label className="visually-hidden" htmlFor={inputId}>
              {t(words.addTo, { label: label.toLocaleLowerCase(t.locale) })}
            </label>
            <input
              id={inputId}
              className="input"
              list={listId}
              placeholder={t(words.placeholder)}
              value={typed}
              aria-describedby={[describedBy, message ? messageId : ''].filter(Boolean).join(' ') || undefined}
              onChange={(e) => {
                setTyped(e.target.value);
                setMessage('');
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void submit();
                }
              }}
            />
            <datalist id={listId}>
              {parties.map((p) => (
                <option key={p.id} value={nameOf(p)} />
              ))}
            </datalist>
            {isNew ? (
              <label className="party-kind">
                <span className="visually-hidden">{t(words.kindOfNew)}</span>
                <select className="input select" value={kind} onChange={(e) => setKind(e.target.value as PartyKind)}>
                  {PARTY_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(words[k])}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            <Button small disabled={!name || creating} onClick={() => void submit()}>
              {isNew ? t(words.addNew, { name: name.length > 24 ? `${name.slice(0, 24)}…` : name }) : t(words.add)}
            </Button>
          </div>
          {message ? (
            <p id={messageId} className="field-hint" role="status">
              {message}
            </p>
          ) : null}
        </>
      )}
    </FieldGroup>
  );
}
