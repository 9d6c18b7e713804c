import { z } from 'zod';
import { compareDates } from '../domain/dates';
import { LOCALES } from '../i18n/locales';
import { DEADLINE_STATES, HISTORY_KINDS, PARTY_KINDS, PLEDGE_ID_PATTERN, VERDICTS } from './pledge-words';
import { httpUrlSchema, instantSchema, plainDateSchema, slugSchema, textSchema, timeZoneSchema } from './primitives';

export * from './pledge-words';

export const verdictSchema = /* @__PURE__ */ z.enum(VERDICTS).meta({ id: 'Verdict' });
export const deadlineStateSchema = /* @__PURE__ */ z.enum(DEADLINE_STATES).meta({ id: 'DeadlineState' });

/** A language the tracker speaks, for a text's own language. */
export const localeSchema = /* @__PURE__ */ z.enum(LOCALES).meta({ id: 'Locale' });

/** Other names a party goes by ("Kyiv" for Ukraine, "U.S." for the United States): at most 30. */
export const partyAliasesSchema = /* @__PURE__ */ z
  .array(textSchema(120).pipe(z.string().min(1, 'An alias cannot be empty')))
  .max(30, 'At most 30 aliases')
  .refine((a) => new Set(a.map((x) => x.toLowerCase())).size === a.length, 'Each alias only once');

/**
 * A party's name in the tracker's other languages, beside the name itself (whose language is
 * `nameLanguage`): "Україна" for Ukraine. An empty text is no translation (the server stores none);
 * readers see their language's name where there is one and the original, marked as such, otherwise.
 */
export const nameTranslationsSchema = /* @__PURE__ */ z
  .strictObject({ en: textSchema(120).optional(), uk: textSchema(120).optional() })
  .meta({ id: 'NameTranslations' });

export const partySchema = /* @__PURE__ */ z
  .object({
    id: slugSchema,
    name: z.string().min(1).max(120),
    /** The language the name is written in; left out, English (as for a party recorded before there were two). */
    nameLanguage: localeSchema.optional(),
    /** The name in the other languages, where someone wrote it; left out when there is none. */
    nameTranslations: z.object({ en: z.string().optional(), uk: z.string().optional() }).optional(),
    kind: z.enum(PARTY_KINDS),
    /** Other names it goes by, as articles write them. */
    aliases: z.array(z.string()).default([]),
    /** For a person (or body) acting for a state: that state's party id. */
    represents: slugSchema.optional(),
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof partySchema>;

/** Body of POST /api/parties. The id is made from the name unless given. Unknown fields are refused. */
export const newPartySchema = /* @__PURE__ */ z
  .strictObject({
    id: slugSchema.optional(),
    name: textSchema(120).pipe(z.string().min(1, 'A party needs a name')),
    nameLanguage: localeSchema.optional(),
    nameTranslations: nameTranslationsSchema.optional(),
    kind: z.enum(PARTY_KINDS),
    aliases: partyAliasesSchema.default([]),
    represents: slugSchema.optional(),
  })
  .meta({ id: 'NewParty' });
export type NewParty = z.input<typeof newPartySchema>;

/**
 * A party as a pledge refers to it: its id and (for display) its name, with the name's language
 * and translations where it has any (a reference without them names an English-named party).
 */
export const partyRefSchema = /* @__PURE__ */ z
  .object({
    id: slugSchema,
    name: z.string(),
    nameLanguage: localeSchema.optional(),
    nameTranslations: z.object({ en: z.string().optional(), uk: z.string().optional() }).optional(),
  })
  .meta({ id: 'PartyRef' });
export type PartyRef = z.infer<typeof partyRefSchema>;

type NamedParty = Pick<Party, 'id' | 'name' | 'nameLanguage' | 'nameTranslations'>;

/**
 * A party's names as they are kept: the language only when it is not English, the translations
 * only those written (an empty text is none), so a party named in English alone is `{ id, name }`.
 */
export function keptNames<P extends NamedParty>(party: P): P {
  const { nameLanguage, nameTranslations, ...rest } = party;
  const translations = Object.entries(nameTranslations ?? {}).filter(([, text]) => text);
  return {
    ...rest,
    ...(nameLanguage && nameLanguage !== 'en' ? { nameLanguage } : {}),
    ...(translations.length ? { nameTranslations: Object.fromEntries(translations) } : {}),
  } as P;
}

/** The reference a pledge keeps to a party: its id and names. */
export function partyRefOf({ id, name, nameLanguage, nameTranslations }: NamedParty): PartyRef {
  return keptNames({ id, name, nameLanguage, nameTranslations });
}

export const deadlineWindowSchema = /* @__PURE__ */ z
  .strictObject({
    earliest: plainDateSchema.optional(),
    latest: plainDateSchema,
    /** The words the deadline came from, e.g. "within the next week to ten days". */
    text: textSchema(300),
  })
  .refine((w) => w.earliest === undefined || compareDates(w.earliest, w.latest) <= 0, {
    message: 'The earliest date must be on or before the latest date',
    path: ['earliest'],
  })
  .meta({ id: 'DeadlineWindow' });
export type DeadlineWindow = z.infer<typeof deadlineWindowSchema>;

export const amountSchema = /* @__PURE__ */ z
  .strictObject({
    value: z.number().finite().positive().max(1e15),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD'),
    /**
     * What has been delivered so far, in the same currency: the sum of the pledge's deliveries,
     * kept by the server (see docs/decisions/0015-keeping-the-record.md).
     */
    delivered: z.number().finite().min(0).default(0),
  })
  .meta({ id: 'Amount' });
export type Amount = z.infer<typeof amountSchema>;

/**
 * An amount as a person submits it. `delivered` may be left out; when sent it must equal the sum
 * of the deliveries (a client echoing the record back is fine, setting it by hand is refused).
 */
export const amountInputSchema = /* @__PURE__ */ z
  .strictObject({
    value: z.number().finite().positive().max(1e15),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD'),
    delivered: z.number().finite().min(0).max(1e15).optional(),
  })
  .meta({ id: 'AmountInput' });

/**
 * A note (of a delivery or a piece of evidence) in the tracker's other languages, beside the
 * original (whose language is `noteLanguage`), as a title has them: an empty text is no
 * translation (the server stores none), and readers see their language's version where there is
 * one and the original, marked as such, where there is none.
 */
export const noteTranslationsSchema = /* @__PURE__ */ z
  .strictObject({ en: textSchema(2000).optional(), uk: textSchema(2000).optional() })
  .meta({ id: 'NoteTranslations' });

/**
 * The language a note was written in. Left out, it is English, as for a title: a note recorded
 * before notes had languages was written for an English page, and a note sent without one is
 * taken at its word rather than guessed from its letters (an English note may name "Київ"). The
 * editors always send it.
 */
const noteLanguageSchema = /* @__PURE__ */ localeSchema.default('en');

/** A server-made id of a delivery. */
export const deliveryIdSchema = /* @__PURE__ */ z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'Not a delivery id');

/** One delivery towards a pledged amount, in the amount's currency. */
export const deliverySchema = /* @__PURE__ */ z
  .strictObject({
    id: deliveryIdSchema,
    /** The day it was delivered. */
    on: plainDateSchema,
    value: z.number().finite().positive().max(1e15),
    note: textSchema(2000).default(''),
    noteLanguage: noteLanguageSchema,
    noteTranslations: noteTranslationsSchema.default({}),
    url: httpUrlSchema.optional(),
  })
  .meta({ id: 'Delivery' });
export type Delivery = z.infer<typeof deliverySchema>;

/** A delivery as a PATCH sends it: without id when new, with the id it was given otherwise. */
export const deliveryInputSchema = /* @__PURE__ */ deliverySchema
  .extend({ id: deliveryIdSchema.optional() })
  .meta({ id: 'DeliveryInput' });
export type DeliveryInput = z.input<typeof deliveryInputSchema>;

export const sourceSchema = /* @__PURE__ */ z
  .strictObject({
    title: textSchema(300).pipe(z.string().min(1, 'A source needs a title')),
    publisher: textSchema(120).optional(),
    url: httpUrlSchema.optional(),
    publishedOn: plainDateSchema.optional(),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;

/** Evidence as a person submits it (in POST and PATCH bodies): the server adds addedAt. */
export const evidenceInputSchema = /* @__PURE__ */ z
  .strictObject({
    url: httpUrlSchema,
    title: textSchema(300).optional(),
    /** The day the evidence is from (a statement, a report, a signing). */
    date: plainDateSchema.optional(),
    note: textSchema(2000).default(''),
    noteLanguage: noteLanguageSchema,
    noteTranslations: noteTranslationsSchema.default({}),
  })
  .meta({
    id: 'EvidenceInput',
    description: 'Evidence as sent in a change. addedAt is not sent: the server records when it first saw each item.',
  });
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

/** Evidence as stored: what was submitted, plus when it was first recorded. */
export const evidenceSchema = /* @__PURE__ */ evidenceInputSchema
  .extend({ addedAt: instantSchema })
  .meta({ id: 'Evidence', description: 'Evidence as stored and answered, with when it was first recorded.' });
export type Evidence = z.infer<typeof evidenceSchema>;

/**
 * A title in the tracker's other languages, beside the original (whose language is
 * `titleLanguage`). An empty text is no translation (the server stores none). Readers see their language's version where
 * there is one, and the original, marked as such, where there is none.
 */
export const titleTranslationsSchema = /* @__PURE__ */ z
  .strictObject({ en: textSchema(200).optional(), uk: textSchema(200).optional() })
  .meta({ id: 'TitleTranslations' });

export const pledgeIdSchema = /* @__PURE__ */ z.string().regex(PLEDGE_ID_PATTERN, 'Not a pledge id');

export const pledgeSchema = /* @__PURE__ */ z
  .object({
    id: pledgeIdSchema,
    title: z.string(),
    /** The language the title was written in (a pledge recorded before there were two: English). */
    titleLanguage: localeSchema.default('en'),
    /** The title in the other languages, where someone wrote it. */
    titleTranslations: z.object({ en: z.string().optional(), uk: z.string().optional() }).default({}),
    quote: z.string(),
    pledgers: z.array(partyRefSchema),
    beneficiaries: z.array(partyRefSchema),
    guarantors: z.array(partyRefSchema),
    announcedOn: plainDateSchema,
    timeZone: z.string(),
    deadline: deadlineWindowSchema.nullable(),
    amount: amountSchema.nullable(),
    tags: z.array(z.string()),
    sources: z.array(sourceSchema),
    evidence: z.array(evidenceSchema),
    verdict: verdictSchema,
    resolvedOn: plainDateSchema.nullable(),
    /** Deliveries towards `amount`, in its currency; `amount.delivered` is their sum. */
    deliveries: z.array(deliverySchema).default([]),
    /** The deadline as first recorded (server-kept; only a revert to version 1 changes it). */
    originalDeadline: deadlineWindowSchema.nullable(),
    /** How many edits moved `deadline.latest` later (server-kept). */
    deadlineSlips: z.number().int().min(0).default(0),
    /** When it was put in the trash; null while it is not. */
    deletedAt: instantSchema.nullable().default(null),
    version: z.number().int().positive(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    /** Derived at the time of the response, never stored. */
    deadlineState: deadlineStateSchema,
  })
  .meta({ id: 'Pledge' });
export type Pledge = z.infer<typeof pledgeSchema>;
/** A pledge as stored: everything but what is derived. */
export type PledgeRecord = Omit<Pledge, 'deadlineState'>;

const partyIdsSchema = (label: string, min: number) =>
  z
    .array(slugSchema)
    .min(min, min === 1 ? `Name at least one ${label}` : undefined)
    .max(20)
    .refine((ids) => new Set(ids).size === ids.length, 'Each party only once');

const tagsSchema = /* @__PURE__ */ z
  .array(slugSchema)
  .max(20)
  .refine((t) => new Set(t).size === t.length, 'Each tag only once');

const sourcesSchema = /* @__PURE__ */ z.array(sourceSchema).max(20);
const deliveriesInputSchema = /* @__PURE__ */ z
  .array(deliveryInputSchema)
  .max(200)
  .refine((items) => {
    const ids = items.flatMap((d) => (d.id === undefined ? [] : [d.id]));
    return new Set(ids).size === ids.length;
  }, 'Each delivery only once');

/** Body of POST /api/pledges. Unknown fields are refused. */
export const newPledgeSchema = /* @__PURE__ */ z
  .strictObject({
    title: textSchema(200).pipe(z.string().min(1, 'A title is needed')),
    titleLanguage: localeSchema.default('en'),
    titleTranslations: titleTranslationsSchema.default({}),
    quote: textSchema(1000).default(''),
    pledgers: partyIdsSchema('pledger', 1),
    beneficiaries: partyIdsSchema('beneficiary', 0).default([]),
    guarantors: partyIdsSchema('guarantor', 0).default([]),
    announcedOn: plainDateSchema,
    timeZone: timeZoneSchema,
    deadline: deadlineWindowSchema.nullable().default(null),
    amount: amountInputSchema.nullable().default(null),
    deliveries: deliveriesInputSchema.default([]),
    tags: tagsSchema.default([]),
    sources: sourcesSchema.default([]),
  })
  .meta({ id: 'NewPledge' });
export type NewPledge = z.input<typeof newPledgeSchema>;

/**
 * Body of PATCH /api/pledges/:id. Every field is optional; `evidence`, `deliveries` and `sources`
 * replace the whole list (a delivery without id is new). Cross-field rules (a verdict needs a
 * date, evidence, …) are checked on the merged result.
 */
export const pledgePatchSchema = /* @__PURE__ */ z
  .strictObject({
    title: textSchema(200).pipe(z.string().min(1, 'A title is needed')),
    titleLanguage: localeSchema,
    titleTranslations: titleTranslationsSchema,
    quote: textSchema(1000),
    pledgers: partyIdsSchema('pledger', 1),
    beneficiaries: partyIdsSchema('beneficiary', 0),
    guarantors: partyIdsSchema('guarantor', 0),
    announcedOn: plainDateSchema,
    timeZone: timeZoneSchema,
    deadline: deadlineWindowSchema.nullable(),
    amount: amountInputSchema.nullable(),
    deliveries: deliveriesInputSchema,
    tags: tagsSchema,
    sources: sourcesSchema,
    verdict: verdictSchema,
    resolvedOn: plainDateSchema.nullable(),
    evidence: z.array(evidenceInputSchema).max(50),
  })
  .partial()
  // Only when nothing else is wrong: a patch of unknown fields is told about those, not that it is empty.
  .refine((p) => Object.keys(p).length > 0, {
    message: 'Send at least one field to change',
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: 'PledgePatch' });
export type PledgePatch = z.input<typeof pledgePatchSchema>;

export const historyChangeSchema = /* @__PURE__ */ z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;

export const historyEventSchema = /* @__PURE__ */ z
  .object({
    id: z.number().int(),
    pledgeId: pledgeIdSchema,
    at: instantSchema,
    actor: z.string(),
    kind: z.enum(HISTORY_KINDS),
    /** The version the pledge had after this event. */
    version: z.number().int().positive(),
    changes: z.array(historyChangeSchema),
    /** kind 'reverted': the version whose fields were restored. */
    revertedTo: z.number().int().positive().optional(),
    /** kind 'merged': the party merged away and the one it was merged into. */
    merged: z.object({ from: slugSchema, into: slugSchema }).optional(),
  })
  .meta({ id: 'HistoryEvent' });
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const historyResponseSchema = /* @__PURE__ */ z.object({ items: z.array(historyEventSchema) });

/** Body of PATCH /api/parties/:id: rename (in either language), change aliases or kind. Unknown fields are refused. */
export const partyPatchSchema = /* @__PURE__ */ z
  .strictObject({
    name: textSchema(120).pipe(z.string().min(1, 'A party needs a name')),
    nameLanguage: localeSchema,
    nameTranslations: nameTranslationsSchema,
    kind: z.enum(PARTY_KINDS),
    aliases: partyAliasesSchema,
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, {
    message: 'Send at least one field to change',
    when: (payload) => payload.issues.length === 0,
  })
  .meta({ id: 'PartyPatch' });
export type PartyPatch = z.input<typeof partyPatchSchema>;

/** Body of POST /api/parties/:id/merge: the party it is merged into. */
export const partyMergeSchema = /* @__PURE__ */ z.strictObject({ into: slugSchema }).meta({ id: 'PartyMerge' });

/** Answer of POST /api/parties/:id/merge: the party merged into, and the ids of the pledges changed. */
export const partyMergeResultSchema = /* @__PURE__ */ z
  .object({ party: partySchema, pledges: z.array(z.string()) })
  .meta({ id: 'PartyMergeResult' });
export type PartyMergeResult = z.infer<typeof partyMergeResultSchema>;

/** Body of POST /api/pledges/:id/revert. */
export const revertSchema = /* @__PURE__ */ z
  .strictObject({ toVersion: z.number().int().positive().max(1e12) })
  .meta({ id: 'Revert' });

/**
 * A party's record, over the pledges not in the trash: how many it made (as pledger), received
 * (as beneficiary) and guarantees; of those it made, how many were kept (fulfilled or partially),
 * broken, and, of the resolved ones with a deadline, met on time or late.
 */
export const partyRecordSchema = /* @__PURE__ */ z
  .object({
    made: z.number().int().min(0),
    received: z.number().int().min(0),
    guaranteed: z.number().int().min(0),
    kept: z.number().int().min(0),
    broken: z.number().int().min(0),
    onTime: z.number().int().min(0),
    late: z.number().int().min(0),
  })
  .meta({ id: 'PartyRecord' });
export type PartyRecordCounts = z.infer<typeof partyRecordSchema>;

/** What a party pledged (as pledger) and delivered, in one currency: sums never mix currencies. */
export const currencyTotalSchema = /* @__PURE__ */ z
  .object({ currency: z.string(), pledged: z.number().min(0), delivered: z.number().min(0) })
  .meta({ id: 'CurrencyTotal' });

export const partyStatsResponseSchema = /* @__PURE__ */ z.object({
  items: z.array(partySchema.extend({ record: partyRecordSchema, amounts: z.array(currencyTotalSchema) })),
});

/** GET /api/trash: the pledges in the trash, most recently deleted first. */
export const trashResponseSchema = /* @__PURE__ */ z.object({ items: z.array(pledgeSchema) });
export const partiesResponseSchema = /* @__PURE__ */ z.object({ items: z.array(partySchema) });
export const healthResponseSchema = /* @__PURE__ */ z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'memory']),
  now: instantSchema,
});

/** The readiness answer: this instance takes requests and its database answers. */
export const readyResponseSchema = /* @__PURE__ */ z.object({
  status: z.literal('ready'),
  store: healthResponseSchema.shape.store,
});
