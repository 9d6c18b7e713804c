// The contract's checks of a pledge (shared/contract, in English) in the reader's language. A
// message the table does not know is shown as the contract wrote it.
import type { Message, Translate } from '@shared/i18n';
import { issueWords as words } from './messages';

const KNOWN: Record<string, Message> = {
  'A title is needed': words.titleNeeded,
  'Contains control characters': words.controlCharacters,
  'Name at least one pledger': words.namePledger,
  'Each party only once': words.partyOnce,
  'Use a date written YYYY-MM-DD': words.dateFormat,
  'Not a real calendar date': words.notADate,
  'Not a known IANA time zone (e.g. Europe/Kyiv)': words.zone,
  'The earliest date must be on or before the latest date': words.earliestAfterLatest,
  'Use a three-letter currency code such as USD': words.currency,
  'Each tag only once': words.tagOnce,
  'Use lowercase letters, digits and dashes': words.slug,
  'A source needs a title': words.sourceTitle,
  'Use a link that starts with http:// or https://': words.linkScheme,
  'Use a full link with a domain name, such as https://www.example.org/page': words.linkDomain,
};

export function issueText(message: string, t: Translate): string {
  const known = KNOWN[message];
  if (known) return t(known);
  const max = /^At most (\d+) characters$/.exec(message)?.[1];
  return max ? t(words.atMost, { max: Number(max) }) : message;
}
