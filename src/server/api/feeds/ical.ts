// The view as an iCalendar object (RFC 5545): one all-day event per deadline window.
// See docs/decisions/0010-feeds.md for the choices (all-day dates, end exclusive, UIDs).
import { LRUCache } from 'lru-cache';
import type { PledgeFilters, PledgeRecord } from '@shared/contract';
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
import { daySlotStart, hash53 } from '../answers/validators';
import { ID_DOMAIN, type FeedLinks, type ListedViewPledge, type ViewPledge } from './view';

const CRLF = '\r\n';

/** What escapeText changes: line breaks, controls other than a tab, backslash, semicolon, comma. */
// eslint-disable-next-line no-control-regex
const TEXT_ESCAPED = /\r\n?|[\n\\;,\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other
 * controls dropped. One pass over the text: a calendar escapes every event's description.
 */
export function escapeText(value: string): string {
  return value.replace(TEXT_ESCAPED, (c) =>
    c[0] === '\r' || c === '\n' ? '\\n' : c === '\\' || c === ';' || c === ',' ? `\\${c}` : '',
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
  // Most lines are printable ASCII, one octet a character: folded by slicing, 75 then 74 at a time.
  if (!BEYOND_PRINTABLE_ASCII.test(line)) {
    if (line.length <= 75) return line;
    let out = line.slice(0, 75);
    for (let start = 75; start < line.length; start += 74) out += `${CRLF} ${line.slice(start, start + 74)}`;
    return out;
  }
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
const ISO_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.\d+)?Z$/;
/** A UTC DATE-TIME value: 2025-09-01T12:00:00.000Z → 20250901T120000Z. Stored instants are read as written. */
function icsInstant(iso: string): string {
  const m = ISO_UTC.exec(iso);
  if (m) return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

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

const CALENDAR_END = `END:VCALENDAR${CRLF}`;

/** The calendar's opening lines, up to its first event. */
function calendarHead(filters: PledgeFilters, t: Translate, partyName: string | undefined): string {
  const name = escapeText(calendarName(filters, t, partyName));
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pledge Tracker//Pledge deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT1H',
    'X-PUBLISHED-TTL:PT1H',
  ]
    .map((line) => foldLine(line) + CRLF)
    .join('');
}

/**
 * The stamp line: the quarter hour's start, so that every build in it is the same bytes (one
 * strong ETag). The one line of an event that changes with the clock and not with the day.
 */
const stampLine = (nowMs: number) => `DTSTAMP:${icsInstant(new Date(daySlotStart(nowMs)).toISOString())}${CRLF}`;

/**
 * One pledge's event as the lines before its stamp and the lines after it: what the event says
 * depends on the pledge, its state, today in its zone, the link and the language, and on nothing
 * else, so the two parts can be kept from one build to the next (calendarBuilder).
 */
function eventParts(
  pledge: ViewPledge,
  nowMs: number,
  today: string,
  link: string,
  t: Translate,
): { beforeStamp: string; afterStamp: string } {
  const { record, state } = pledge;
  const deadline = record.deadline!;
  const line = (text: string) => foldLine(text) + CRLF;
  // The first four lines are dates and a number, always far shorter than a fold.
  const afterStamp =
    `LAST-MODIFIED:${icsInstant(record.updatedAt)}${CRLF}` +
    `SEQUENCE:${record.version - 1}${CRLF}` +
    `DTSTART;VALUE=DATE:${icsDate(deadline.earliest ?? deadline.latest)}${CRLF}` +
    `DTEND;VALUE=DATE:${icsDate(addDays(deadline.latest, 1))}${CRLF}` +
    line(
      `SUMMARY:${escapeText(t(calendarWords.summary, { title: shownTitle(record, t.locale).text, state: t(deadlineStateWords[state]) }))}`,
    ) +
    line(`DESCRIPTION:${escapeText(description(pledge, nowMs, today, link, t))}`) +
    line(`URL;VALUE=URI:${link}`) +
    (record.tags.length ? line(`CATEGORIES:${record.tags.map(escapeText).join(',')}`) : '') +
    `TRANSP:TRANSPARENT${CRLF}END:VEVENT${CRLF}`;
  return { beforeStamp: `BEGIN:VEVENT${CRLF}${line(`UID:${eventUid(record.id)}`)}`, afterStamp };
}

/** Today in each zone at one instant, worked out once per zone rather than once per pledge. */
function todaysAt(nowMs: number): (zone: string) => string {
  const instant = instantFromEpochMs(nowMs);
  const todays = new Map<string, string>();
  return (zone) => {
    let today = todays.get(zone);
    if (today === undefined) todays.set(zone, (today = dateInZone(instant, zone)));
    return today;
  };
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
  const stamp = stampLine(nowMs);
  const todayIn = todaysAt(nowMs);
  // One string grown event by event: no array of 70,000 lines to map and join for a large view.
  let out = calendarHead(filters, t, partyName);
  for (const pledge of pledges) {
    if (!pledge.record.deadline) continue;
    const { beforeStamp, afterStamp } = eventParts(
      pledge,
      nowMs,
      todayIn(pledge.record.timeZone),
      links.pledge(pledge.record.id),
      t,
    );
    out += beforeStamp + stamp + afterStamp;
  }
  return out + CALENDAR_END;
}

/**
 * One pledge's event as kept: the two parts' text, and what says whether they are still right on
 * another day without parsing the record again (its zone; null parts when it has no deadline, so no event).
 */
interface KeptEvent {
  timeZone: string;
  today: string;
  beforeStamp: string | null;
  afterStamp: string;
}

export interface CalendarBuilderOptions {
  /** Bytes of event text kept between builds, counted as two a character (V8's widest strings). */
  maxBytes?: number;
}

/**
 * toICalendar's bytes, built from events kept between builds: after a write, or in the next
 * quarter hour, a 5,000-event calendar reuses every event whose pledge, state, day and language
 * are unchanged, and parses and words only the others. The same bytes as toICalendar, always
 * (ical.test.ts holds them equal). Records are known by a hash of their JSON: a renamed party
 * changes the JSON of every pledge naming it without a new version. The events are kept as text
 * and the calendar encoded once: encoding each event apart cost more than the encoding itself.
 */
export function calendarBuilder({ maxBytes = 16 * 1024 * 1024 }: CalendarBuilderOptions = {}) {
  const kept = new LRUCache<string, KeptEvent>({
    maxSize: maxBytes,
    sizeCalculation: (event, key) =>
      2 * ((event.beforeStamp?.length ?? 0) + event.afterStamp.length + key.length + event.timeZone.length) + 64,
  });
  const encoder = new TextEncoder();
  return (
    pledges: readonly ListedViewPledge[],
    filters: PledgeFilters,
    links: FeedLinks,
    nowMs: number,
    t: Translate = englishTranslator(),
    partyName?: string,
  ): Uint8Array<ArrayBuffer> => {
    const stamp = stampLine(nowMs);
    const todayIn = todaysAt(nowMs);
    // The links differ by origin and language; the link of one pledge names them both.
    const context = `${t.locale}\n${links.pledge('')}`;
    // Joined once at the end: a string grown by 15,000 appends is a rope that encoding must flatten.
    const parts = [calendarHead(filters, t, partyName)];
    for (const { json, state } of pledges) {
      const key = `${hash53(json)}\n${state}\n${context}`;
      let event = kept.get(key);
      if (!event || (event.beforeStamp !== null && event.today !== todayIn(event.timeZone))) {
        const record = JSON.parse(json) as PledgeRecord;
        const today = todayIn(record.timeZone);
        if (record.deadline) {
          const text = eventParts({ record, state }, nowMs, today, links.pledge(record.id), t);
          event = { timeZone: record.timeZone, today, beforeStamp: text.beforeStamp, afterStamp: text.afterStamp };
        } else event = { timeZone: record.timeZone, today, beforeStamp: null, afterStamp: '' };
        kept.set(key, event);
      }
      if (event.beforeStamp !== null) parts.push(event.beforeStamp, stamp, event.afterStamp);
    }
    parts.push(CALENDAR_END);
    return encoder.encode(parts.join(''));
  };
}
