// The contract's checks (shared/contract, in English) in the reader's language. A message the
// table does not know is shown as the contract wrote it.
import { englishTranslator, type Message, type Translate } from '@shared/i18n';
import { articleWords, draftCheckWords, intakeIssueWords as words } from './messages';

const KNOWN: Record<string, Message> = {
  'Paste the article text': articleWords.pasteText,
  'A title is needed': draftCheckWords.titleNeeded,
  'Name at least one pledger': draftCheckWords.namePledger,
  'Contains control characters': words.controlCharacters,
  'Use a date written YYYY-MM-DD': words.dateFormat,
  'Not a real calendar date': words.notADate,
  'Not a known IANA time zone (e.g. Europe/Kyiv)': words.zone,
  'A source needs a title': words.sourceTitle,
  'Use a link that starts with http:// or https://': words.linkScheme,
  'Use a full link with a domain name, such as https://www.example.org/page': words.linkDomain,
  'The earliest date must be on or before the latest date': words.earliestAfterLatest,
  'Use a three-letter currency code such as USD': words.currency,
  'Each party only once': words.partyOnce,
  'A party needs a name': words.nameNeeded,
};

export function issueText(message: string, t: Translate = englishTranslator()): string {
  const known = KNOWN[message];
  if (known) return t(known);
  const max = /^At most (\d+) characters$/.exec(message)?.[1];
  return max ? t(words.atMost, { max: Number(max) }) : message;
}
