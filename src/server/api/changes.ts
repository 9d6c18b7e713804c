// Building the records that POST and PATCH store. Pure functions of their input and the clock.
import type { z } from 'zod';
import {
  partyRefOf,
  type Amount,
  type Delivery,
  type ErrorIssue,
  type Evidence,
  type Party,
  type PartyRef,
  type PledgeRecord,
  type newPledgeSchema,
  type pledgePatchSchema,
} from '@shared/contract';
import { deliveredSum, slipOf } from '@shared/domain';
import type { Locale } from '@shared/i18n';
import cyrillicToTranslit from 'cyrillic-to-translit-js';
import type { PartyRole } from '../store/derived';

export type NewPledgeInput = z.output<typeof newPledgeSchema>;
export type PledgePatchInput = z.output<typeof pledgePatchSchema>;
type AmountInput = NonNullable<NewPledgeInput['amount']>;
type DeliveryInputs = NewPledgeInput['deliveries'];

export const ROLE_FIELDS: Record<PartyRole, 'pledgers' | 'beneficiaries' | 'guarantors'> = {
  pledger: 'pledgers',
  beneficiary: 'beneficiaries',
  guarantor: 'guarantors',
};

/** Thrown-free result of building a record: the record, or what is wrong with the input. */
export type Built = { record: PledgeRecord; issues: ErrorIssue[] };

function refsOf(ids: readonly string[], parties: ReadonlyMap<string, Party>): PartyRef[] {
  return ids.map((partyId) => {
    const party = parties.get(partyId);
    return party ? partyRefOf(party) : { id: partyId, name: partyId };
  });
}

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', uk: 'Ukrainian' };

/**
 * A text's translation is in another language than the text itself (`what` names the text, `at`
 * is the path of its translations).
 */
export function translationIssues(
  what: 'title' | 'note' | 'name',
  at: string,
  language: Locale,
  translations: Partial<Record<Locale, string>>,
  issues: ErrorIssue[],
): void {
  if (translations[language] !== undefined)
    issues.push({
      path: `${at}.${language}`,
      message: `The ${what} itself is in ${LANGUAGE_NAMES[language]}: give its translation in another language, or change the ${what}'s language`,
    });
}

const titleLanguageIssues = (language: Locale, translations: Partial<Record<Locale, string>>, issues: ErrorIssue[]) =>
  translationIssues('title', 'titleTranslations', language, translations, issues);

/**
 * A note's translations, without the empty ones, checked: none in the note's own language, and
 * none of a note left empty (a reader of the original's language would see nothing).
 */
function noteTranslationsOf(
  item: { note: string; noteLanguage: Locale; noteTranslations: Partial<Record<Locale, string>> },
  at: string,
  issues: ErrorIssue[],
): Partial<Record<Locale, string>> {
  const translations = withoutEmpty(item.noteTranslations);
  translationIssues('note', `${at}.noteTranslations`, item.noteLanguage, translations, issues);
  if (!item.note && Object.keys(translations).length)
    issues.push({
      path: `${at}.note`,
      message: 'A translation needs the note it translates: write the note in its own language too',
    });
  return translations;
}

/** Translations without the empty ones: an empty text is no translation. */
function withoutEmpty(translations: Partial<Record<Locale, string>>): Partial<Record<Locale, string>> {
  return Object.fromEntries(Object.entries(translations).filter(([, text]) => text));
}

/** A short random id for a new delivery. */
export function newDeliveryId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `d-${[...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 10)}`;
}

/**
 * The deliveries a request asks for: items with an id keep it (it must be one of `previous`),
 * items without one are new and get one.
 */
function buildDeliveries(
  previous: readonly Delivery[],
  next: DeliveryInputs,
  issues: ErrorIssue[],
  makeId: () => string,
): Delivery[] {
  const known = new Set(previous.map((d) => d.id));
  return next.map((item, i) => {
    if (item.id !== undefined && !known.has(item.id))
      issues.push({
        path: `deliveries.${i}.id`,
        message: `No delivery of this pledge has the id "${item.id}"; leave the id out for a new one`,
      });
    let id = item.id;
    while (id === undefined || (item.id === undefined && known.has(id))) id = makeId();
    known.add(id);
    return {
      id,
      on: item.on,
      value: item.value,
      note: item.note,
      noteLanguage: item.noteLanguage,
      noteTranslations: noteTranslationsOf(item, `deliveries.${i}`, issues),
      ...(item.url !== undefined ? { url: item.url } : {}),
    };
  });
}

/**
 * The stored amount: `delivered` is the sum of the deliveries. An input that sends `delivered`
 * must send that sum (echoing the record back is fine); deliveries need an amount to count in.
 */
function buildAmount(
  input: AmountInput | Amount | null,
  deliveries: readonly Delivery[],
  issues: ErrorIssue[],
): Amount | null {
  const delivered = deliveredSum(deliveries);
  if (input === null) {
    if (deliveries.length)
      issues.push({
        path: 'deliveries',
        message: 'Deliveries count towards a pledged amount: give the pledge an amount, or remove its deliveries',
      });
    return null;
  }
  if (input.delivered !== undefined && input.delivered !== delivered) {
    issues.push({
      path: 'amount.delivered',
      message: `What was delivered is the sum of the deliveries (${delivered}); record a delivery instead of setting it`,
    });
  }
  return { value: input.value, currency: input.currency, delivered };
}

export function newPledgeRecord(
  input: NewPledgeInput,
  id: string,
  parties: ReadonlyMap<string, Party>,
  nowIso: string,
  makeId = newDeliveryId,
): Built {
  const issues: ErrorIssue[] = [];
  const deliveries = buildDeliveries([], input.deliveries, issues, makeId);
  const amount = buildAmount(input.amount, deliveries, issues);
  titleLanguageIssues(input.titleLanguage, withoutEmpty(input.titleTranslations), issues);
  return {
    record: {
      id,
      title: input.title,
      titleLanguage: input.titleLanguage,
      titleTranslations: withoutEmpty(input.titleTranslations),
      quote: input.quote,
      pledgers: refsOf(input.pledgers, parties),
      beneficiaries: refsOf(input.beneficiaries, parties),
      guarantors: refsOf(input.guarantors, parties),
      announcedOn: input.announcedOn,
      timeZone: input.timeZone,
      deadline: input.deadline,
      amount,
      tags: input.tags,
      sources: input.sources,
      evidence: [],
      verdict: 'open',
      resolvedOn: null,
      deliveries,
      originalDeadline: input.deadline,
      deadlineSlips: 0,
      deletedAt: null,
      version: 1,
      createdAt: nowIso,
      updatedAt: nowIso,
    },
    issues,
  };
}

/**
 * The evidence list a PATCH asks for. It replaces the list, but an item whose link and note
 * are unchanged keeps the date it was first recorded (whatever became of the note's language and
 * translations: translating a note is not new evidence); new ones are stamped now.
 */
export function mergeEvidence(
  previous: readonly Evidence[],
  next: PledgePatchInput['evidence'] & object,
  nowIso: string,
  issues: ErrorIssue[],
): Evidence[] {
  const unclaimed = [...previous];
  return next.map((item, i) => {
    const match = unclaimed.findIndex((old) => old.url === item.url && old.note === item.note);
    const addedAt = match >= 0 ? unclaimed.splice(match, 1)[0]!.addedAt : nowIso;
    return { ...item, noteTranslations: noteTranslationsOf(item, `evidence.${i}`, issues), addedAt };
  });
}

/**
 * The pledge as it would be after the patch (version and timestamps untouched): party ids become
 * references named from `parties`, the amount's delivered is the sum of the deliveries, and a
 * deadline moved later counts one more slip.
 */
export function applyPatch(
  current: PledgeRecord,
  patch: PledgePatchInput,
  parties: ReadonlyMap<string, Party>,
  nowIso: string,
  makeId = newDeliveryId,
): Built {
  const issues: ErrorIssue[] = [];
  const {
    evidence,
    deliveries: deliveryInput,
    amount: amountInput,
    pledgers,
    beneficiaries,
    guarantors,
    ...fields
  } = patch;
  const deliveries = deliveryInput
    ? buildDeliveries(current.deliveries, deliveryInput, issues, makeId)
    : current.deliveries;
  const amount = buildAmount(
    amountInput === undefined
      ? current.amount && { value: current.amount.value, currency: current.amount.currency }
      : amountInput,
    deliveries,
    issues,
  );
  // Deliveries count in the amount's currency: a currency changed under recorded ones would misread them.
  const kept = new Set(current.deliveries.map((d) => d.id));
  if (
    amount &&
    current.amount &&
    amount.currency !== current.amount.currency &&
    deliveries.some((d) => kept.has(d.id))
  ) {
    issues.push({
      path: 'amount.currency',
      message: `The deliveries were recorded in ${current.amount.currency}; remove or re-enter them to change the currency`,
    });
  }
  const deadline = fields.deadline === undefined ? current.deadline : fields.deadline;
  const titleTranslations = fields.titleTranslations && withoutEmpty(fields.titleTranslations);
  titleLanguageIssues(
    fields.titleLanguage ?? current.titleLanguage ?? 'en',
    titleTranslations ?? current.titleTranslations ?? {},
    issues,
  );
  return {
    record: {
      ...current,
      ...fields,
      ...(pledgers ? { pledgers: refsOf(pledgers, parties) } : {}),
      ...(beneficiaries ? { beneficiaries: refsOf(beneficiaries, parties) } : {}),
      ...(guarantors ? { guarantors: refsOf(guarantors, parties) } : {}),
      ...(evidence ? { evidence: mergeEvidence(current.evidence, evidence, nowIso, issues) } : {}),
      ...(titleTranslations ? { titleTranslations } : {}),
      deliveries,
      amount,
      deadline,
      deadlineSlips: current.deadlineSlips + slipOf(current.deadline, deadline),
    },
    issues,
  };
}

const ukrainianLatin = cyrillicToTranslit({ preset: 'uk' });

/** A text in Latin letters: Ukrainian by the national system (2010), anything else as it is. */
export const inLatinLetters = (text: string): string => ukrainianLatin.transform(text);

/** A readable, unique-enough id: the title's words plus a random suffix. */
export function newPledgeId(title: string): string {
  // A Ukrainian title gets a readable id too: its words in Latin letters (the national system).
  const words = ukrainianLatin
    .transform(title)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const suffix = [...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 6);
  return `${words || 'pledge'}-${suffix}`;
}
