// One history change in words: "Verdict: Open → Fulfilled", "Deadline: slipped from 28 Aug 2025
// to 15 Sep 2025", "Evidence: added “Joint statement”". Values arrive untyped (the history
// keeps whatever a field held), so each is checked with the contract before it is described.
import { z } from 'zod';
import { amountSchema, deadlineWindowSchema, verdictSchema, type HistoryChange } from '@shared/contract';
import { describeWindow, FIELD_LABELS, formatDate, isRealPlainDate, VERDICT_LABELS } from '@shared/domain';
import { formatMoney, formatQuantity, hostOf } from './format';

export interface ChangeInWords {
  label: string;
  /** Either a before/after pair… */
  from?: string;
  to?: string;
  /** …or one phrase, when that reads better. */
  text?: string;
}

const NOT_SET = 'not set';

const partyListSchema = z.array(z.union([z.string(), z.object({ id: z.string(), name: z.string().optional() })]));
const linkListSchema = z.array(z.object({ url: z.string().optional(), title: z.string().optional() }).passthrough());

/** A value with nothing special about it: text or a number as it is. */
function plain(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : NOT_SET;
}

function quoted(value: unknown, max = 120): string {
  if (typeof value !== 'string' || value === '') return NOT_SET;
  return `“${value.length > max ? `${value.slice(0, max - 1)}…` : value}”`;
}

function dateText(value: unknown): string {
  return typeof value === 'string' && isRealPlainDate(value) ? formatDate(value) : NOT_SET;
}

function verdictText(value: unknown): string {
  const v = verdictSchema.safeParse(value);
  return v.success ? VERDICT_LABELS[v.data] : NOT_SET;
}

function deadlineText(value: unknown): string {
  if (value === null || value === undefined) return 'no deadline';
  const w = deadlineWindowSchema.safeParse(value);
  return w.success ? describeWindow(w.data) : 'a deadline';
}

function amountText(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  const a = amountSchema.safeParse(value);
  if (!a.success) return 'an amount';
  const { value: total, currency, delivered } = a.data;
  return `${formatMoney(total, currency)}, ${formatMoney(delivered, currency)} delivered`;
}

function partiesText(value: unknown): string {
  const list = partyListSchema.safeParse(value);
  if (!list.success || list.data.length === 0) return 'nobody';
  return list.data.map((p) => (typeof p === 'string' ? p : (p.name ?? p.id))).join(', ');
}

function tagsText(value: unknown): string {
  return Array.isArray(value) && value.length ? value.map(String).join(', ') : 'none';
}

function linkName(item: { url?: string; title?: string }): string {
  return `“${item.title ?? (item.url ? hostOf(item.url) : 'a link')}”`;
}

/** "added “Joint statement”; removed “reuters.com”", comparing lists of links by address. */
function linkListChange(from: unknown, to: unknown, noun: string): string {
  const before = linkListSchema.safeParse(from ?? []);
  const after = linkListSchema.safeParse(to ?? []);
  if (!before.success || !after.success) return `${noun} changed`;
  const key = (i: { url?: string; title?: string }) => i.url ?? i.title ?? '';
  const beforeKeys = new Set(before.data.map(key));
  const afterKeys = new Set(after.data.map(key));
  const added = after.data.filter((i) => !beforeKeys.has(key(i)));
  const removed = before.data.filter((i) => !afterKeys.has(key(i)));
  const parts: string[] = [];
  if (added.length) parts.push(`added ${added.map(linkName).join(', ')}`);
  if (removed.length) parts.push(`removed ${removed.map(linkName).join(', ')}`);
  return parts.length ? parts.join('; ') : `${noun} edited`;
}

function deadlineChange(from: unknown, to: unknown): ChangeInWords {
  const a = deadlineWindowSchema.safeParse(from);
  const b = deadlineWindowSchema.safeParse(to);
  if (
    a.success &&
    b.success &&
    (a.data.earliest ?? null) === (b.data.earliest ?? null) &&
    a.data.latest !== b.data.latest
  ) {
    const verb = b.data.latest > a.data.latest ? 'slipped' : 'brought forward';
    return { label: 'Deadline', text: `${verb} from ${formatDate(a.data.latest)} to ${formatDate(b.data.latest)}` };
  }
  return { label: 'Deadline', from: deadlineText(from), to: deadlineText(to) };
}

const deliveryListSchema = z.array(
  z.object({ id: z.string().optional(), on: z.string(), value: z.number() }).passthrough(),
);

/** "added 4.5 billion on 20 Nov 2025; removed 1 billion on 3 Oct 2025", comparing by id. */
function deliveriesChange(from: unknown, to: unknown): string {
  const before = deliveryListSchema.safeParse(from ?? []);
  const after = deliveryListSchema.safeParse(to ?? []);
  if (!before.success || !after.success) return 'deliveries changed';
  const key = (d: { id?: string; on: string; value: number }) => d.id ?? `${d.on}:${d.value}`;
  const words = (d: { on: string; value: number }) => `${formatQuantity(d.value)} on ${dateText(d.on)}`;
  const beforeKeys = new Set(before.data.map(key));
  const afterKeys = new Set(after.data.map(key));
  const parts: string[] = [];
  const added = after.data.filter((d) => !beforeKeys.has(key(d)));
  const removed = before.data.filter((d) => !afterKeys.has(key(d)));
  if (added.length) parts.push(`added ${added.map(words).join(', ')}`);
  if (removed.length) parts.push(`removed ${removed.map(words).join(', ')}`);
  return parts.length ? parts.join('; ') : 'a delivery corrected';
}

export function describeChange(change: HistoryChange): ChangeInWords {
  const label = FIELD_LABELS[change.field] ?? change.field;
  const { from, to } = change;
  switch (change.field) {
    case 'verdict':
      return { label, from: verdictText(from), to: verdictText(to) };
    case 'resolvedOn':
    case 'announcedOn':
      return { label, from: dateText(from), to: dateText(to) };
    case 'deadline':
      return deadlineChange(from, to);
    case 'amount':
      return { label, from: amountText(from), to: amountText(to) };
    case 'pledgers':
    case 'beneficiaries':
    case 'guarantors':
      return { label, from: partiesText(from), to: partiesText(to) };
    case 'tags':
      return { label, from: tagsText(from), to: tagsText(to) };
    case 'evidence':
      return { label, text: linkListChange(from, to, 'evidence') };
    case 'sources':
      return { label, text: linkListChange(from, to, 'sources') };
    case 'deliveries':
      return { label, text: deliveriesChange(from, to) };
    case 'originalDeadline':
      return { label, from: deadlineText(from), to: deadlineText(to) };
    case 'title':
    case 'quote':
      return { label, from: quoted(from), to: quoted(to) };
    default:
      return { label, from: plain(from), to: plain(to) };
  }
}

/**
 * One field's value in words, on its own (the conflict screen shows each side's value). Lists
 * are named item by item; everything else reads as the history reads it.
 */
export function describeValue(field: string, value: unknown): string {
  if (field === 'evidence' || field === 'sources') {
    const list = linkListSchema.safeParse(value ?? []);
    return list.success && list.data.length ? list.data.map(linkName).join(', ') : 'none';
  }
  if (field === 'deliveries') {
    const list = deliveryListSchema.safeParse(value ?? []);
    return list.success && list.data.length
      ? list.data.map((d) => `${formatQuantity(d.value)} on ${dateText(d.on)}`).join(', ')
      : 'none';
  }
  const words = describeChange({ field, from: value, to: value });
  return words.to ?? words.text ?? NOT_SET;
}
