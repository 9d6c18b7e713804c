// The contract's checks of a party (shared/contract, in English) in the reader's language. A
// message the table does not know is shown as the contract wrote it.
import type { Message, Translate } from '@shared/i18n';
import { partyIssueWords as words } from './messages';

const KNOWN: Record<string, Message> = {
  'A party needs a name': words.nameNeeded,
  'An alias cannot be empty': words.aliasEmpty,
  'At most 30 aliases': words.tooManyAliases,
  'Each alias only once': words.aliasOnce,
  'Contains control characters': words.controlCharacters,
  'Send at least one field to change': words.nothingToChange,
};

export function issueText(message: string, t: Translate): string {
  const known = KNOWN[message];
  if (known) return t(known);
  const max = /^At most (\d+) characters$/.exec(message)?.[1];
  return max ? t(words.atMost, { max: Number(max) }) : message;
}
