// The changes to a view's pledges as an Atom feed (RFC 4287): new pledges, verdicts, moved
// deadlines and other edits, newest first.
import { z } from 'zod';
import {
  deadlineWindowSchema,
  verdictSchema,
  type HistoryChange,
  type HistoryEvent,
  type PledgeFilters,
} from '@shared/contract';
import { describeWindow, FIELD_LABELS, isRealPlainDate, formatDate, VERDICT_LABELS } from '@shared/domain';
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

const partyListSchema = z.array(z.object({ name: z.string() }));
const amountLikeSchema = z.object({ value: z.number(), currency: z.string(), delivered: z.number().optional() });

/** A history value in a few words (values are untyped: whatever the field held then). */
function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'none';
  if (field === 'verdict') {
    const v = verdictSchema.safeParse(value);
    return v.success ? VERDICT_LABELS[v.data] : String(value);
  }
  if (field === 'deadline') {
    const w = deadlineWindowSchema.safeParse(value);
    return w.success ? describeWindow(w.data) : 'a deadline';
  }
  if (typeof value === 'string')
    return isRealPlainDate(value) ? formatDate(value) : value.length > 120 ? `“${value.slice(0, 119)}…”` : `“${value}”`;
  const parties = partyListSchema.safeParse(value);
  if (parties.success) return parties.data.length ? parties.data.map((p) => p.name).join(', ') : 'nobody';
  const amount = amountLikeSchema.safeParse(value);
  if (amount.success) return `${amount.data.value} ${amount.data.currency} (${amount.data.delivered ?? 0} delivered)`;
  if (Array.isArray(value))
    return value.length === 0
      ? 'none'
      : value.every((v) => typeof v === 'string')
        ? value.join(', ')
        : `${value.length} item${value.length === 1 ? '' : 's'}`;
  return String(value);
}

function changeText(change: HistoryChange): string {
  return `${FIELD_LABELS[change.field] ?? change.field}: ${valueText(change.field, change.from)} → ${valueText(change.field, change.to)}`;
}

/** "Verdict: Open → Fulfilled — <title>", "Deadline moved: due 28 Aug 2025 → due 15 Sep 2025 — <title>", "New pledge: <title>". */
export function entryTitle(event: HistoryEvent, pledgeTitle: string): string {
  if (event.kind === 'created') return `New pledge: ${pledgeTitle}`;
  if (event.kind === 'deleted') return `Put in the trash: ${pledgeTitle}`;
  if (event.kind === 'restored') return `Restored from the trash: ${pledgeTitle}`;
  if (event.kind === 'reverted') return `Set back to version ${event.revertedTo ?? '?'} — ${pledgeTitle}`;
  if (event.kind === 'merged')
    return `Parties merged: ${event.merged?.from ?? '?'} is now ${event.merged?.into ?? '?'} — ${pledgeTitle}`;
  const verdict = event.changes.find((c) => c.field === 'verdict');
  if (verdict) return `${changeText(verdict)} — ${pledgeTitle}`;
  const deadline = event.changes.find((c) => c.field === 'deadline');
  if (deadline) {
    const verb = deadline.from == null ? 'Deadline set' : deadline.to == null ? 'Deadline removed' : 'Deadline moved';
    return `${verb}: ${valueText('deadline', deadline.from)} → ${valueText('deadline', deadline.to)} — ${pledgeTitle}`;
  }
  const fields = event.changes.map((c) => (FIELD_LABELS[c.field] ?? c.field).toLowerCase());
  return `Edited ${fields.length ? fields.join(', ') : 'the pledge'} — ${pledgeTitle}`;
}

export function entrySummary(event: HistoryEvent, pledgeTitle: string): string {
  if (event.kind === 'created') return `${event.actor} recorded the pledge “${pledgeTitle}”.`;
  return event.changes.map(changeText).join('. ') + '.';
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
}

export function toAtom({ events, titles, filters, links, selfUrl, nowMs }: AtomInput): string {
  // Without events, the quarter hour's start: every build in it is the same bytes (one strong ETag).
  const updated = events[0]?.at ?? new Date(daySlotStart(nowMs)).toISOString();
  const viewQuery = selfUrl.includes('?') ? selfUrl.slice(selfUrl.indexOf('?') + 1) : '';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`tag:${ID_DOMAIN},2025:pledges/changes?${viewQuery}`)}</id>`,
    `  <title>${escapeXml(`Changes · ${calendarName(filters)} · Pledge Tracker`)}</title>`,
    `  <updated>${escapeXml(new Date(updated).toISOString())}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(links.view(filters))}"/>`,
    '  <author><name>Pledge Tracker</name></author>',
    '  <generator>Pledge Tracker</generator>',
  ];
  for (const event of events) {
    const title = titles.get(event.pledgeId) ?? event.pledgeId;
    const at = new Date(event.at).toISOString();
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(entryId(event))}</id>`,
      `    <title type="text">${escapeXml(entryTitle(event, title))}</title>`,
      `    <updated>${at}</updated>`,
      `    <published>${at}</published>`,
      `    <author><name>${escapeXml(event.actor || 'Anonymous editor')}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(links.pledge(event.pledgeId))}"/>`,
      `    <summary type="text">${escapeXml(entrySummary(event, title))}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>');
  return lines.join('\n') + '\n';
}
