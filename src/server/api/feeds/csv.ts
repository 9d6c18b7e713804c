// The view as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark, CRLF line ends,
// fields quoted when they need it, and cells a spreadsheet would run as a formula neutralised.
import { verdictWords } from '@shared/domain';
import { englishTranslator, shownNames, shownTitle, type Translate } from '@shared/i18n';
import { csvWords } from './messages';
import type { FeedLinks, ViewPledge } from './view';

/** The header row's words, column by column (the rows below follow this order). */
const COLUMN_WORDS = [
  csvWords.id,
  csvWords.title,
  csvWords.pledgers,
  csvWords.beneficiaries,
  csvWords.announced,
  csvWords.timeZone,
  csvWords.deadlineEarliest,
  csvWords.deadlineLatest,
  csvWords.deadlineWords,
  csvWords.deadlineState,
  csvWords.verdict,
  csvWords.resolvedOn,
  csvWords.amount,
  csvWords.currency,
  csvWords.delivered,
  csvWords.tags,
  csvWords.link,
];

/** The header row in English. */
export const CSV_COLUMNS = COLUMN_WORDS.map((words) => englishTranslator()(words));

/**
 * A cell as text that a spreadsheet shows and never evaluates: one starting with =, +, -, @, a tab
 * or a carriage return (OWASP's list) gets a leading apostrophe. Numbers we write never start so
 * (amounts are positive), so the apostrophe only ever lands on text.
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: quoted (quotes doubled) when it holds a quote, a comma, a line break or edge spaces. */
export function csvField(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function row(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/**
 * The header row and the verdicts are in the reader's language; the deadline state stays a code
 * ("overdue"), for formulas that filter on it.
 */
export function toCsv(pledges: readonly ViewPledge[], links: FeedLinks, t: Translate = englishTranslator()): string {
  const lines = [row(COLUMN_WORDS.map((words) => t(words)))];
  for (const { record, state } of pledges) {
    const { deadline, amount } = record;
    lines.push(
      row([
        record.id,
        shownTitle(record, t.locale).text,
        shownNames(record.pledgers, t.locale).join('; '),
        shownNames(record.beneficiaries, t.locale).join('; '),
        record.announcedOn,
        record.timeZone,
        deadline?.earliest ?? '',
        deadline?.latest ?? '',
        deadline?.text ?? '',
        state,
        t(verdictWords[record.verdict]),
        record.resolvedOn ?? '',
        amount ? String(amount.value) : '',
        amount?.currency ?? '',
        amount ? String(amount.delivered) : '',
        record.tags.join('; '),
        links.pledge(record.id),
      ]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
