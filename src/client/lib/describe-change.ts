// One history change in words: "Verdict: Open → Fulfilled", "Deadline: slipped from 28 Aug 2025
// to 15 Sep 2025", "Evidence: added “Joint statement”". Values arrive untyped (the history
// keeps whatever a field held), so each is checked with the contract before it is described.
import { z } from 'zod';
import { amountSchema, deadlineWindowSchema, verdictSchema, type HistoryChange } from '@shared/contract';
import { describeWindow, fieldWords, isRealPlainDate, RECORDED_FIELDS, verdictWords } from '@shared/domain';
import { formatDateIn, type Translate } from '@shared/i18n';
import { currentT } from './current-language';
import { formatMoney, formatQuantity, hostOf } from './format';
import { changeWords } from './change.messages';

export interface ChangeInWords {
  label: string;
  /** Either a before/after pair… */
  from?: string;
  to?: string;
  /** …or one phrase, when that reads better. */
  text?: string;
}

const isRecordedField = (field: string): field is (typeof RECORDED_FIELDS)[number] =>
  (RECORDED_FIELDS as readonly string[]).includes(field);

/** "Deadline", "Строк": what a recorded field is called; an unknown one by its own name. */
export function fieldLabel(field: string, t: Translate = currentT()): string {
  return isRecordedField(field) ? t(fieldWords[field]) : field;
}

const partyListSchema = z.array(z.union([z.string(), z.object({ id: z.string(), name: z.string().optional() })]));
const linkListSchema = z.array(z.object({ url: z.string().optional(), title: z.string().optional() }).passthrough());

/** A value with nothing special about it: text or a number as it is. */
function plain(value: unknown, t: Translate): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : t(changeWords.notSet);
}

function quoted(value: unknown, t: Translate, max = 120): string {
  if (typeof value !== 'string' || value === '') return t(changeWords.notSet);
  return value.length > max
    ? t(changeWords.quotedCut, { text: value.slice(0, max - 1) })
    : t(changeWords.quoted, { text: value });
}

function dateText(value: unknown, t: Translate): string {
  return typeof value === 'string' && isRealPlainDate(value) ? formatDateIn(t.locale, value) : t(changeWords.notSet);
}

function verdictText(value: unknown, t: Translate): string {
  const v = verdictSchema.safeParse(value);
  return v.success ? t(verdictWords[v.data]) : t(changeWords.notSet);
}

function deadlineText(value: unknown, t: Translate): string {
  if (value === null || value === undefined) return t(changeWords.noDeadline);
  const w = deadlineWindowSchema.safeParse(value);
  return w.success ? describeWindow(w.data, t) : t(changeWords.aDeadline);
}

function amountText(value: unknown, t: Translate): string {
  if (value === null || value === undefined) return t(changeWords.none);
  const a = amountSchema.safeParse(value);
  if (!a.success) return t(changeWords.anAmount);
  const { value: total, currency, delivered } = a.data;
  return t(changeWords.amount, {
    total: formatMoney(total, currency, t.locale),
    delivered: formatMoney(delivered, currency, t.locale),
  });
}

function partiesText(value: unknown, t: Translate): string {
  const list = partyListSchema.safeParse(value);
  if (!list.success || list.data.length === 0) return t(changeWords.nobody);
  return list.data.map((p) => (typeof p === 'string' ? p : (p.name ?? p.id))).join(', ');
}

function tagsText(value: unknown, t: Translate): string {
  return Array.isArray(value) && value.length ? value.map(String).join(', ') : t(changeWords.none);
}

function linkName(item: { url?: string; title?: string }, t: Translate): string {
  return t(changeWords.quoted, { text: item.title ?? (item.url ? hostOf(item.url) : t(changeWords.aLink)) });
}

/** "added “Joint statement”; removed “reuters.com”", comparing lists of links by address. */
function linkListChange(from: unknown, to: unknown, noun: 'evidence' | 'sources', t: Translate): string {
  const before = linkListSchema.safeParse(from ?? []);
  const after = linkListSchema.safeParse(to ?? []);
  if (!before.success || !after.success)
    return t(noun === 'evidence' ? changeWords.evidenceChanged : changeWords.sourcesChanged);
  const key = (i: { url?: string; title?: string }) => i.url ?? i.title ?? '';
  const beforeKeys = new Set(before.data.map(key));
  const afterKeys = new Set(after.data.map(key));
  const added = after.data.filter((i) => !beforeKeys.has(key(i)));
  const removed = before.data.filter((i) => !afterKeys.has(key(i)));
  const name = (i: { url?: string; title?: string }) => linkName(i, t);
  const parts: string[] = [];
  if (added.length) parts.push(t(changeWords.added, { items: added.map(name).join(', ') }));
  if (removed.length) parts.push(t(changeWords.removed, { items: removed.map(name).join(', ') }));
  return parts.length
    ? parts.join('; ')
    : t(noun === 'evidence' ? changeWords.evidenceEdited : changeWords.sourcesEdited);
}

function deadlineChange(from: unknown, to: unknown, t: Translate): ChangeInWords {
  const label = t(fieldWords.deadline);
  const a = deadlineWindowSchema.safeParse(from);
  const b = deadlineWindowSchema.safeParse(to);
  if (
    a.success &&
    b.success &&
    (a.data.earliest ?? null) === (b.data.earliest ?? null) &&
    a.data.latest !== b.data.latest
  ) {
    const dates = { from: formatDateIn(t.locale, a.data.latest), to: formatDateIn(t.locale, b.data.latest) };
    return {
      label,
      text: t(b.data.latest > a.data.latest ? changeWords.slipped : changeWords.broughtForward, dates),
    };
  }
  return { label, from: deadlineText(from, t), to: deadlineText(to, t) };
}

const deliveryListSchema = z.array(
  z.object({ id: z.string().optional(), on: z.string(), value: z.number() }).passthrough(),
);

/** "added 4.5 billion on 20 Nov 2025; removed 1 billion on 3 Oct 2025", comparing by id. */
function deliveryText(d: { on: string; value: number }, t: Translate): string {
  return t(changeWords.delivery, { value: formatQuantity(d.value, t.locale), date: dateText(d.on, t) });
}

function deliveriesChange(from: unknown, to: unknown, t: Translate): string {
  const before = deliveryListSchema.safeParse(from ?? []);
  const after = deliveryListSchema.safeParse(to ?? []);
  if (!before.success || !after.success) return t(changeWords.deliveriesChanged);
  const key = (d: { id?: string; on: string; value: number }) => d.id ?? `${d.on}:${d.value}`;
  const words = (d: { on: string; value: number }) => deliveryText(d, t);
  const beforeKeys = new Set(before.data.map(key));
  const afterKeys = new Set(after.data.map(key));
  const parts: string[] = [];
  const added = after.data.filter((d) => !beforeKeys.has(key(d)));
  const removed = before.data.filter((d) => !afterKeys.has(key(d)));
  if (added.length) parts.push(t(changeWords.added, { items: added.map(words).join(', ') }));
  if (removed.length) parts.push(t(changeWords.removed, { items: removed.map(words).join(', ') }));
  return parts.length ? parts.join('; ') : t(changeWords.deliveryCorrected);
}

export function describeChange(change: HistoryChange, t: Translate = currentT()): ChangeInWords {
  const label = fieldLabel(change.field, t);
  const { from, to } = change;
  switch (change.field) {
    case 'verdict':
      return { label, from: verdictText(from, t), to: verdictText(to, t) };
    case 'resolvedOn':
    case 'announcedOn':
      return { label, from: dateText(from, t), to: dateText(to, t) };
    case 'deadline':
      return deadlineChange(from, to, t);
    case 'amount':
      return { label, from: amountText(from, t), to: amountText(to, t) };
    case 'pledgers':
    case 'beneficiaries':
    case 'guarantors':
      return { label, from: partiesText(from, t), to: partiesText(to, t) };
    case 'tags':
      return { label, from: tagsText(from, t), to: tagsText(to, t) };
    case 'evidence':
      return { label, text: linkListChange(from, to, 'evidence', t) };
    case 'sources':
      return { label, text: linkListChange(from, to, 'sources', t) };
    case 'deliveries':
      return { label, text: deliveriesChange(from, to, t) };
    case 'originalDeadline':
      return { label, from: deadlineText(from, t), to: deadlineText(to, t) };
    case 'title':
    case 'quote':
      return { label, from: quoted(from, t), to: quoted(to, t) };
    default:
      return { label, from: plain(from, t), to: plain(to, t) };
  }
}

/**
 * One field's value in words, on its own (the conflict screen shows each side's value). Lists
 * are named item by item; everything else reads as the history reads it.
 */
export function describeValue(field: string, value: unknown, t: Translate = currentT()): string {
  if (field === 'evidence' || field === 'sources') {
    const list = linkListSchema.safeParse(value ?? []);
    return list.success && list.data.length ? list.data.map((i) => linkName(i, t)).join(', ') : t(changeWords.none);
  }
  if (field === 'deliveries') {
    const list = deliveryListSchema.safeParse(value ?? []);
    return list.success && list.data.length ? list.data.map((d) => deliveryText(d, t)).join(', ') : t(changeWords.none);
  }
  const words = describeChange({ field, from: value, to: value }, t);
  return words.to ?? words.text ?? t(changeWords.notSet);
}
