// The view as an iCalendar object (RFC 5545): one all-day event per deadline window.
// See docs/decisions/0010-feeds.md for the choices (all-day dates, end exclusive, UIDs).
import type { PledgeFilters } from '@shared/contract';
import {
  addDays,
  dateInZone,
  deadlineStateWords,
  describeTiming,
  describeWindow,
  instantFromEpochMs,
  verdictWords,
} from '@shared/domain';
import { englishTranslator, shownNames, shownTitle, type Translate } from '@shared/i18n';
import { calendarWords, viewNameWords } from './messages';
import { daySlotStart } from '../answers/validators';
import { ID_DOMAIN, type FeedLinks, type ViewPledge } from './view';

const CRLF = '\r\n';

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

const BEYOND_PRINTABLE_ASCII = /[^ -~\t]/;

/**
 * One content line folded at 75 octets (RFC 5545 3.1): continuation lines start with a space,
 * which counts, and a UTF-8 character is never split. Octets are counted from UTF-16 code units
 * (a surrogate pair is one 4-octet character): a 5,000-event feed has over 2 million characters,
 * and encoding each one took seconds.
 */
export function foldLine(line: string): string {
  // Most lines are short printable ASCII: nothing to fold (75 such characters are 75 octets).
  if (line.length <= 75 && !BEYOND_PRINTABLE_ASCII.test(line)) return line;
  let out = '';
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff) continue; // a pair's second half, counted with the first
    const octets = unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 4 : 3;
    if (size + octets > 75) {
      out += `${line.slice(start, i)}${CRLF} `;
      start = i;
      size = 1; // the leading space of the continuation line
    }
    size += octets;
  }
  return out + line.slice(start);
}

/** A DATE value: 2025-08-28 → 20250828. */
const icsDate = (date: string) => date.replaceAll('-', '');
/** A UTC DATE-TIME value: 2025-09-01T12:00:00.000Z → 20250901T120000Z. */
const icsInstant = (iso: string) => `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

export function eventUid(pledgeId: string): string {
  return `${pledgeId}@${ID_DOMAIN}`;
}

function description({ record, state }: ViewPledge, nowMs: number, today: string, link: string, t: Translate): string {
  const deadline = record.deadline!;
  const w = calendarWords;
  const verdict = t(verdictWords[record.verdict]);
  const pledgers = shownNames(record.pledgers, t.locale).join(', ');
  const lines = [
    t(w.deadline, { window: describeWindow(deadline, t), text: deadline.text }),
    t(w.state, { state: t(deadlineStateWords[state]), timing: describeTiming(record, nowMs, { state, today }, t) }),
    record.resolvedOn ? t(w.verdictOn, { verdict, date: record.resolvedOn }) : t(w.verdict, { verdict }),
    record.beneficiaries.length
      ? t(w.pledgedByTo, { pledgers, beneficiaries: shownNames(record.beneficiaries, t.locale).join(', ') })
      : t(w.pledgedBy, { pledgers }),
    link,
  ];
  return lines.join('\n');
}

const ROLE_WORDS = {
  pledger: viewNameWords.pledger,
  beneficiary: viewNameWords.beneficiary,
  guarantor: viewNameWords.guarantor,
};

/**
 * "Pledges: overdue or due · verdict open": a view in words, for a calendar's or a feed's name.
 * `partyName` names the view's party (see partyNameOf); without it, the party's id.
 */
export function calendarName(
  filters: PledgeFilters,
  t: Translate = englishTranslator(),
  partyName: string | undefined = filters.party,
): string {
  const w = viewNameWords;
  const or = (words: readonly string[]) =>
    words.reduce((a, b) => (a === '' ? b : t(w.or, { first: a, second: b })), '');
  const parts = [
    filters.state?.length ? or(filters.state.map((s) => t(deadlineStateWords[s]).toLowerCase())) : '',
    filters.verdict?.length
      ? t(w.verdict, { verdicts: or(filters.verdict.map((v) => t(verdictWords[v]).toLowerCase())) })
      : '',
    filters.party
      ? filters.role
        ? t(w.partyAs, { party: partyName, role: t(ROLE_WORDS[filters.role]) })
        : t(w.party, { party: partyName })
      : '',
    filters.tag?.length ? t(w.tag, { tags: or(filters.tag) }) : '',
    filters.from || filters.to ? t(w.deadlineBetween, { from: filters.from ?? '…', to: filters.to ?? '…' }) : '',
    filters.q ? t(w.search, { q: filters.q }) : '',
  ].filter(Boolean);
  return parts.length ? t(w.pledgesWhere, { parts: parts.join(' · ') }) : t(w.pledges);
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
  t: Translate = englishTranslator(),
  partyName?: string,
): string {
  // The stamp is the quarter hour's start: every build in it is the same bytes (one strong ETag).
  const stamp = icsInstant(new Date(daySlotStart(nowMs)).toISOString());
  // Today in each zone, once per zone rather than once per pledge.
  const instant = instantFromEpochMs(nowMs);
  const todays = new Map<string, string>();
  const todayIn = (zone: string) => {
    let today = todays.get(zone);
    if (today === undefined) todays.set(zone, (today = dateInZone(instant, zone)));
    return today;
  };
  // One string grown line by line: no array of 70,000 lines to map and join for a large view.
  let out = '';
  const add = (line: string) => {
    out += foldLine(line) + CRLF;
  };
  add('BEGIN:VCALENDAR');
  add('VERSION:2.0');
  add('PRODID:-//Pledge Tracker//Pledge deadlines//EN');
  add('CALSCALE:GREGORIAN');
  add('METHOD:PUBLISH');
  const name = escapeText(calendarName(filters, t, partyName));
  add(`NAME:${name}`);
  add(`X-WR-CALNAME:${name}`);
  add('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
  add('X-PUBLISHED-TTL:PT1H');
  for (const pledge of pledges) {
    const { record, state } = pledge;
    const deadline = record.deadline;
    if (!deadline) continue;
    const link = links.pledge(record.id);
    add('BEGIN:VEVENT');
    add(`UID:${eventUid(record.id)}`);
    add(`DTSTAMP:${stamp}`);
    add(`LAST-MODIFIED:${icsInstant(record.updatedAt)}`);
    add(`SEQUENCE:${record.version - 1}`);
    add(`DTSTART;VALUE=DATE:${icsDate(deadline.earliest ?? deadline.latest)}`);
    add(`DTEND;VALUE=DATE:${icsDate(addDays(deadline.latest, 1))}`);
    add(
      `SUMMARY:${escapeText(t(calendarWords.summary, { title: shownTitle(record, t.locale).text, state: t(deadlineStateWords[state]) }))}`,
    );
    add(`DESCRIPTION:${escapeText(description(pledge, nowMs, todayIn(record.timeZone), link, t))}`);
    add(`URL;VALUE=URI:${link}`);
    if (record.tags.length) add(`CATEGORIES:${record.tags.map(escapeText).join(',')}`);
    add('TRANSP:TRANSPARENT');
    add('END:VEVENT');
  }
  add('END:VCALENDAR');
  return out;
}
