// The view as an iCalendar object (RFC 5545): one all-day event per deadline window.
// See docs/decisions/0010-feeds.md for the choices (all-day dates, end exclusive, UIDs).
import type { PledgeFilters } from '@shared/contract';
import { addDays, DEADLINE_STATE_LABELS, describeTiming, describeWindow, VERDICT_LABELS } from '@shared/domain';
import { ID_DOMAIN, type FeedLinks, type ViewPledge } from './view';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other controls dropped. */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
  );
}

/**
 * One content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space,
 * which counts, and a UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    if (size + bytes > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A DATE value: 2025-08-28 → 20250828. */
const icsDate = (date: string) => date.replaceAll('-', '');
/** A UTC DATE-TIME value: 2025-09-01T12:00:00.000Z → 20250901T120000Z. */
const icsInstant = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function eventUid(pledgeId: string): string {
  return `${pledgeId}@${ID_DOMAIN}`;
}

function names(parties: { name: string }[]): string {
  return parties.map((p) => p.name).join(', ');
}

function description({ record, state }: ViewPledge, nowMs: number, link: string): string {
  const deadline = record.deadline!;
  const lines = [
    `Deadline: ${describeWindow(deadline)} (“${deadline.text}”)`,
    `Deadline state: ${DEADLINE_STATE_LABELS[state]} (${describeTiming(record, nowMs)})`,
    `Verdict: ${VERDICT_LABELS[record.verdict]}${record.resolvedOn ? ` on ${record.resolvedOn}` : ''}`,
    `Pledged by ${names(record.pledgers)}${record.beneficiaries.length ? ` to ${names(record.beneficiaries)}` : ''}`,
    link,
  ];
  return lines.join('\n');
}

export function calendarName(filters: PledgeFilters): string {
  const parts = [
    filters.state?.length ? filters.state.map((s) => DEADLINE_STATE_LABELS[s].toLowerCase()).join(' or ') : '',
    filters.verdict?.length
      ? `verdict ${filters.verdict.map((v) => VERDICT_LABELS[v].toLowerCase()).join(' or ')}`
      : '',
    filters.party ? `party ${filters.party}${filters.role ? ` as ${filters.role}` : ''}` : '',
    filters.tag?.length ? `tag ${filters.tag.join(' or ')}` : '',
    filters.from || filters.to ? `deadline ${filters.from ?? '…'} to ${filters.to ?? '…'}` : '',
    filters.q ? `“${filters.q}”` : '',
  ].filter(Boolean);
  return parts.length ? `Pledges: ${parts.join(' · ')}` : 'Pledges';
}

/**
 * The calendar. Pledges without a deadline have no event. Events are all-day DATE values, the
 * pledge's own calendar days: DTSTART is the earliest day (the latest for a "due by" deadline),
 * DTEND the day after the latest (exclusive, as RFC 5545 has it).
 */
export function toICalendar(
  pledges: readonly ViewPledge[],
  filters: PledgeFilters,
  links: FeedLinks,
  nowMs: number,
): string {
  const stamp = icsInstant(new Date(nowMs).toISOString());
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pledge Tracker//Pledge deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(calendarName(filters))}`,
    `X-WR-CALNAME:${escapeText(calendarName(filters))}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const pledge of pledges) {
    const { record, state } = pledge;
    const deadline = record.deadline;
    if (!deadline) continue;
    const link = links.pledge(record.id);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(record.id)}`,
      `DTSTAMP:${stamp}`,
      `LAST-MODIFIED:${icsInstant(record.updatedAt)}`,
      `SEQUENCE:${record.version - 1}`,
      `DTSTART;VALUE=DATE:${icsDate(deadline.earliest ?? deadline.latest)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(deadline.latest, 1))}`,
      `SUMMARY:${escapeText(`${record.title} (${DEADLINE_STATE_LABELS[state]})`)}`,
      `DESCRIPTION:${escapeText(description(pledge, nowMs, link))}`,
      `URL;VALUE=URI:${link}`,
      ...(record.tags.length ? [`CATEGORIES:${record.tags.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
