// A pledge as its form holds it (text as typed), and the way from there to the body of
// POST /api/pledges. Validation is the shared contract's: the form shows the same messages the
// server would send, next to the same fields.
import { newPledgeSchema, type DeadlineWindow, type NewPledge, type PartyRef, type Pledge } from '@shared/contract';
import { CONTENT_FIELDS } from '@shared/domain';
import {
  englishTranslator,
  formatDateIn,
  formatDateRangeIn,
  otherLocale,
  type Locale,
  type Translate,
} from '@shared/i18n';
import { parseAmount } from '@client/lib/format';
import { issueText } from './issue-text';
import { deadlineWords, draftWords } from './messages';

export type DeadlineMode = 'none' | 'dates' | 'words';

/** Scales an amount can be written in, as news stories write them ("$90 billion"). */
export const AMOUNT_UNITS = { '': 1, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 } as const;
export type AmountUnit = keyof typeof AMOUNT_UNITS;

/** A stored amount written in the largest scale that keeps it short: 90e9 → "90" billion, 2.5e6 → "2.5" million. */
export function amountInUnits(value: number): { amountValue: string; amountUnit: AmountUnit } {
  for (const unit of ['trillion', 'billion', 'million', 'thousand'] as const) {
    const scaled = value / AMOUNT_UNITS[unit];
    // Exact to a thousandth of the unit, so nothing is lost by writing it this way.
    if (
      scaled >= 1 &&
      Math.abs(Math.round(scaled * 1000) / 1000 - scaled) < 1e-9 &&
      Math.round(scaled * 1000) * (AMOUNT_UNITS[unit] / 1000) === value
    ) {
      return { amountValue: String(Math.round(scaled * 1000) / 1000), amountUnit: unit };
    }
  }
  return { amountValue: String(value), amountUnit: '' };
}

export interface SourceDraft {
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
}

export interface PledgeDraft {
  /** The title in the language it was first written in (`titleLanguage`). */
  title: string;
  titleLanguage: Locale;
  /** The title in the other language ('' when nobody gave it). */
  titleTranslation: string;
  quote: string;
  pledgers: PartyRef[];
  beneficiaries: PartyRef[];
  guarantors: PartyRef[];
  announcedOn: string;
  timeZone: string;
  deadlineMode: DeadlineMode;
  earliest: string;
  latest: string;
  /** The deadline as said, e.g. "within the next week to ten days". */
  words: string;
  amountValue: string;
  /** The scale the value is written in: "90" and "billion" is 90,000,000,000. */
  amountUnit: AmountUnit;
  currency: string;
  /** Comma-separated. */
  tags: string;
  sources: SourceDraft[];
}

/** The fields the form edits, as PATCH /api/pledges/:id names them: what a pledge says. */
export const FORM_FIELDS = CONTENT_FIELDS;

/** Field errors by path, as the contract names them ("title", "deadline.latest", "sources.0.url"). */
export type FieldErrors = Record<string, string>;

export const emptySource = (): SourceDraft => ({ title: '', publisher: '', url: '', publishedOn: '' });

export function emptyDraft(today: string, timeZone: string, language: Locale = 'en'): PledgeDraft {
  return {
    title: '',
    // An editor writes first in the language they read the tracker in.
    titleLanguage: language,
    titleTranslation: '',
    quote: '',
    pledgers: [],
    beneficiaries: [],
    guarantors: [],
    announcedOn: today,
    timeZone,
    deadlineMode: 'words',
    earliest: '',
    latest: '',
    words: '',
    amountValue: '',
    amountUnit: '',
    currency: 'USD',
    tags: '',
    sources: [],
  };
}

/** The form filled with a stored pledge, to edit it. */
export function draftFromPledge(pledge: Pledge): PledgeDraft {
  const titleLanguage = pledge.titleLanguage ?? 'en';
  return {
    title: pledge.title,
    titleLanguage,
    titleTranslation: pledge.titleTranslations?.[otherLocale(titleLanguage)] ?? '',
    quote: pledge.quote,
    pledgers: pledge.pledgers,
    beneficiaries: pledge.beneficiaries,
    guarantors: pledge.guarantors,
    announcedOn: pledge.announcedOn,
    timeZone: pledge.timeZone,
    deadlineMode: pledge.deadline ? 'dates' : 'none',
    earliest: pledge.deadline?.earliest ?? '',
    latest: pledge.deadline?.latest ?? '',
    words: pledge.deadline?.text ?? '',
    ...(pledge.amount ? amountInUnits(pledge.amount.value) : { amountValue: '', amountUnit: '' as const }),
    currency: pledge.amount?.currency ?? 'USD',
    tags: pledge.tags.join(', '),
    sources: pledge.sources.map((s) => ({
      title: s.title,
      publisher: s.publisher ?? '',
      url: s.url ?? '',
      publishedOn: s.publishedOn ?? '',
    })),
  };
}

/** "security, Aid relief" → ['security', 'aid-relief']. */
export function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim().toLowerCase().replace(/\s+/g, '-'))
        .filter(Boolean),
    ),
  ];
}

/**
 * Amounts as people type them (see parseAmount). A Ukrainian reader writes the decimal comma
 * ("2,5" million) and groups thousands with spaces, so there a lone comma is the decimal point.
 */
export function amountOf(text: string, locale: Locale = 'en'): number {
  if (locale === 'uk' && !text.includes('.') && (text.match(/,/g) ?? []).length === 1)
    return parseAmount(text.replace(',', '.'));
  return parseAmount(text);
}

/** The words a window of picked dates is saved with, in the editor's language. */
function datesText(earliest: string, latest: string, t: Translate): string {
  return earliest && earliest !== latest
    ? formatDateRangeIn(t.locale, earliest, latest)
    : t(deadlineWords.datesBy, { date: formatDateIn(t.locale, latest) });
}

/**
 * The deadline the draft describes. In "words" mode `fromWords` is the window those words were
 * read as (null when they name no date, which the caller reports on the field).
 */
export function deadlineOf(
  draft: PledgeDraft,
  fromWords: Omit<DeadlineWindow, 'text'> | null,
  t: Translate = englishTranslator(),
): DeadlineWindow | null {
  switch (draft.deadlineMode) {
    case 'none':
      return null;
    case 'words':
      return fromWords
        ? {
            ...(fromWords.earliest ? { earliest: fromWords.earliest } : {}),
            latest: fromWords.latest,
            text: draft.words.trim(),
          }
        : null;
    case 'dates': {
      const window: DeadlineWindow = {
        latest: draft.latest,
        text: draft.words.trim() || (draft.latest ? datesText(draft.earliest, draft.latest, t) : ''),
      };
      return draft.earliest ? { ...window, earliest: draft.earliest } : window;
    }
  }
}

/** The body of POST /api/pledges the draft makes, before validation, in the editor's language `t`. */
export function toNewPledge(
  draft: PledgeDraft,
  fromWords: Omit<DeadlineWindow, 'text'> | null,
  t: Translate = englishTranslator(),
): NewPledge {
  // 15 significant digits: what a double holds exactly, so 1234.567 thousand is 1234567, not 1234567.0000000002.
  const value = Number((amountOf(draft.amountValue, t.locale) * AMOUNT_UNITS[draft.amountUnit]).toPrecision(15));
  const titleLanguage = draft.titleLanguage ?? 'en';
  const translation = (draft.titleTranslation ?? '').trim();
  return {
    title: draft.title.trim(),
    titleLanguage,
    titleTranslations: translation ? { [otherLocale(titleLanguage)]: translation } : {},
    quote: draft.quote.trim(),
    pledgers: draft.pledgers.map((p) => p.id),
    beneficiaries: draft.beneficiaries.map((p) => p.id),
    guarantors: draft.guarantors.map((p) => p.id),
    announcedOn: draft.announcedOn,
    timeZone: draft.timeZone.trim(),
    deadline: deadlineOf(draft, fromWords, t),
    // What was delivered is the server's to count (from the deliveries), never the form's.
    amount: draft.amountValue.trim() ? { value, currency: draft.currency.trim().toUpperCase() } : null,
    tags: tagsOf(draft.tags),
    sources: draft.sources
      .filter((s) => s.title.trim() || s.url.trim() || s.publisher.trim() || s.publishedOn)
      .map((s) => ({
        title: s.title.trim(),
        ...(s.publisher.trim() ? { publisher: s.publisher.trim() } : {}),
        ...(s.url.trim() ? { url: s.url.trim() } : {}),
        ...(s.publishedOn ? { publishedOn: s.publishedOn } : {}),
      })),
  };
}

/**
 * The first message per path, paths written as the API writes them ("sources.0.url"), in the
 * reader's language where the contract's message is a known one.
 */
export function fieldErrorsOf(
  issues: readonly { path: string | readonly PropertyKey[]; message: string }[],
  t: Translate = englishTranslator(),
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    errors[path || 'form'] ??= issueText(issue.message, t);
  }
  return errors;
}

/** Where a message about `path` is shown: the field it belongs to ("amount.value" → "amount"). */
export function fieldOf(path: string): string {
  if (path.startsWith('titleTranslations')) return 'titleTranslation';
  if (/^sources\.\d+\./.test(path)) return path;
  if (/^(pledgers|beneficiaries|guarantors)\b/.test(path)) return path.split('.')[0]!;
  if (path.startsWith('deadline')) return path === 'deadline.earliest' ? 'deadline.earliest' : 'deadline';
  if (path.startsWith('amount')) return path === 'amount.currency' ? 'amount.currency' : 'amount';
  if (path.startsWith('tags')) return 'tags';
  return path;
}

/**
 * The draft checked against the contract, plus what only the form knows (words that name no
 * date, a number that is not one). Empty when the draft can be sent.
 */
export function validateDraft(
  draft: PledgeDraft,
  fromWords: Omit<DeadlineWindow, 'text'> | null,
  t: Translate = englishTranslator(),
): { body: NewPledge; errors: FieldErrors } {
  const body = toNewPledge(draft, fromWords, t);
  const errors: FieldErrors = {};
  const result = newPledgeSchema.safeParse(body);
  if (!result.success) {
    for (const [path, message] of Object.entries(fieldErrorsOf(result.error.issues, t)))
      errors[fieldOf(path)] ??= message;
  }
  if (draft.deadlineMode === 'words') {
    if (!draft.words.trim()) errors.deadline = t(draftWords.wordsNeeded);
    else if (!fromWords) errors.deadline = t(draftWords.wordsNoDate);
  }
  if (draft.deadlineMode === 'dates' && !draft.latest) errors.deadline = t(draftWords.pickLatest);
  if (draft.amountValue.trim() && !Number.isFinite(amountOf(draft.amountValue, t.locale)))
    errors.amount = t(draftWords.amountNumber);
  return { body, errors };
}
