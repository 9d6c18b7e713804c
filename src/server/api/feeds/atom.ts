// The changes to a view's pledges as an Atom feed (RFC 4287): new pledges, verdicts, moved
// deadlines and other edits, newest first.
import { z } from 'zod';
import {
  deadlineWindowSchema,
  partyRefSchema,
  verdictSchema,
  type HistoryChange,
  type HistoryEvent,
  type PledgeFilters,
} from '@shared/contract';
import { describeWindow, fieldWords, isRealPlainDate, verdictWords } from '@shared/domain';
import { englishTranslator, formatDateIn, shownNames, type Translate } from '@shared/i18n';
import { changeWords } from './messages';
import { calendarName } from './ical';
import { ID_DOMAIN, type FeedLinks } from './view';
import { daySlotStart } from '../answers/validators';

const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for XML content and attributes: the five special characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const partyListSchema = z.array(partyRefSchema.pick({ name: true, nameLanguage: true, nameTranslations: true }));
const amountLikeSchema = z.object({ value: z.number(), currency: z.string(), delivered: z.number().optional() });

function fieldName(field: string, t: Translate): string {
  return Object.hasOwn(fieldWords, field) ? t(fieldWords[field as keyof typeof fieldWords]) : field;
}

/** A history value in a few words (values are untyped: whatever the field held then). */
function valueText(field: string, value: unknown, t: Translate): string {
  const w = changeWords;
  if (value === null || value === undefined || value === '') return t(w.none);
  if (field === 'verdict') {
    const v = verdictSchema.safeParse(value);
    return v.success ? t(verdictWords[v.data]) : String(value);
  }
  if (field === 'deadline') {
    const d = deadlineWindowSchema.safeParse(value);
    return d.success ? describeWindow(d.data, t) : t(w.someDeadline);
  }
  if (typeof value === 'string')
    return isRealPlainDate(value)
      ? formatDateIn(t.locale, value)
      : t(w.quoted, { text: value.length > 120 ? `${value.slice(0, 119)}…` : value });
  const parties = partyListSchema.safeParse(value);
  if (parties.success) return parties.data.length ? shownNames(parties.data, t.locale).join(', ') : t(w.nobody);
  const amount = amountLikeSchema.safeParse(value);
  if (amount.success)
    return t(w.amount, {
      value: String(amount.data.value),
      currency: amount.data.currency,
      delivered: String(amount.data.delivered ?? 0),
    });
  if (Array.isArray(value))
    return value.length === 0
      ? t(w.none)
      : value.every((v) => typeof v === 'string')
        ? value.join(', ')
        : t(w.items, { count: value.length });
  return String(value);
}

function changeText(change: HistoryChange, t: Translate): string {
  return t(changeWords.change, {
    field: fieldName(change.field, t),
    from: valueText(change.field, change.from, t),
    to: valueText(change.field, change.to, t),
  });
}

/** "Verdict: Open → Fulfilled — <title>", "Deadline moved: due 28 Aug 2025 → due 15 Sep 2025 — <title>", "New pledge: <title>". */
export function entryTitle(event: HistoryEvent, title: string, t: Translate = englishTranslator()): string {
  const w = changeWords;
  if (event.kind === 'created') return t(w.created, { title });
  if (event.kind === 'deleted') return t(w.deleted, { title });
  if (event.kind === 'restored') return t(w.restored, { title });
  if (event.kind === 'reverted') return t(w.reverted, { version: String(event.revertedTo ?? '?'), title });
  if (event.kind === 'merged')
    return t(w.merged, { from: event.merged?.from ?? '?', into: event.merged?.into ?? '?', title });
  const verdict = event.changes.find((c) => c.field === 'verdict');
  if (verdict) return t(w.verdictChanged, { change: changeText(verdict, t), title });
  const deadline = event.changes.find((c) => c.field === 'deadline');
  if (deadline) {
    const said = deadline.from == null ? w.deadlineSet : deadline.to == null ? w.deadlineRemoved : w.deadlineMoved;
    return t(said, {
      from: valueText('deadline', deadline.from, t),
      to: valueText('deadline', deadline.to, t),
      title,
    });
  }
  const fields = event.changes.map((c) => fieldName(c.field, t).toLowerCase());
  return fields.length ? t(w.edited, { fields: fields.join(', '), title }) : t(w.editedPledge, { title });
}

export function entrySummary(event: HistoryEvent, title: string, t: Translate = englishTranslator()): string {
  if (event.kind === 'created') return t(changeWords.recorded, { actor: event.actor, title });
  return event.changes.map((change) => changeText(change, t)).join('. ') + '.';
}

/** A stable tag: URI (RFC 4151) for an event: its pledge and the version it made. */
export function entryId(event: HistoryEvent): string {
  return `tag:${ID_DOMAIN},2025:pledges/${encodeURIComponent(event.pledgeId)}/v${event.version}`;
}

export interface AtomInput {
  events: readonly HistoryEvent[];
  titles: ReadonlyMap<string, string>;
  filters: PledgeFilters;
  links: FeedLinks;
  selfUrl: string;
  nowMs: number;
  t?: Translate;
  /** The view's party by name (see partyNameOf). */
  partyName?: string | undefined;
}

export function toAtom({
  events,
  titles,
  filters,
  links,
  selfUrl,
  nowMs,
  t = englishTranslator(),
  partyName,
}: AtomInput): string {
  // Without events, the quarter hour's start: every build in it is the same bytes (one strong ETag).
  const updated = events[0]?.at ?? new Date(daySlotStart(nowMs)).toISOString();
  const viewQuery = selfUrl.includes('?') ? selfUrl.slice(selfUrl.indexOf('?') + 1) : '';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${t.locale}">`,
    `  <id>${escapeXml(`tag:${ID_DOMAIN},2025:pledges/changes?${viewQuery}`)}</id>`,
    `  <title>${escapeXml(t(changeWords.feedTitle, { view: calendarName(filters, t, partyName), appName: t(changeWords.appName) }))}</title>`,
    `  <updated>${escapeXml(new Date(updated).toISOString())}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(links.view(filters))}"/>`,
    `  <author><name>${escapeXml(t(changeWords.appName))}</name></author>`,
    '  <generator>Pledge Tracker</generator>',
  ];
  for (const event of events) {
    const title = titles.get(event.pledgeId) ?? event.pledgeId;
    const at = new Date(event.at).toISOString();
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(event))}</id>`,
      `    <title type="text">${escapeXml(entryTitle(event, title, t))}</title>`,
      `    <updated>${at}</updated>`,
      `    <published>${at}</published>`,
      `    <author><name>${escapeXml(event.actor || t(changeWords.anonymous))}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(links.pledge(event.pledgeId))}"/>`,
      `    <summary type="text">${escapeXml(entrySummary(event, title, t))}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}
