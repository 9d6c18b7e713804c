// The view as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark, CRLF line ends,
// fields quoted when they need it, and cells a spreadsheet would run as a formula neutralised.
import { VERDICT_LABELS } from '@shared/domain';
import type { FeedLinks, ViewPledge } from './view';

export const CSV_COLUMNS = [
  'id',
  'title',
  'pledgers',
  'beneficiaries',
  'announced',
  'time zone',
  'deadline earliest',
  'deadline latest',
  'deadline words',
  'deadline state',
  'verdict',
  'resolved on',
  'amount',
  'currency',
  'delivered',
  'tags',
  'link',
] as const;

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

export function toCsv(pledges: readonly ViewPledge[], links: FeedLinks): string {
  const lines = [row(CSV_COLUMNS)];
  for (const { record, state } of pledges) {
    const { deadline, amount } = record;
    lines.push(
      row([
        record.id,
        record.title,
        record.pledgers.map((p) => p.name).join('; '),
        record.beneficiaries.map((p) => p.name).join('; '),
        record.announcedOn,
        record.timeZone,
        deadline?.earliest ?? '',
        deadline?.latest ?? '',
        deadline?.text ?? '',
        state,
        VERDICT_LABELS[record.verdict],
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
