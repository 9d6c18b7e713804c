import { z } from 'zod';
import { compareDates } from '../domain/dates';
import { httpUrlSchema, instantSchema, plainDateSchema, slugSchema, textSchema, timeZoneSchema } from './primitives';

export const VERDICTS = ['open', 'fulfilled', 'partially_fulfilled', 'broken', 'withdrawn'] as const;
export const verdictSchema = z.enum(VERDICTS).meta({ id: 'Verdict' });
export type Verdict = z.infer<typeof verdictSchema>;

/** Verdicts that must come with at least one piece of evidence. */
export const VERDICTS_NEEDING_EVIDENCE: readonly Verdict[] = ['fulfilled', 'partially_fulfilled', 'broken'];

export const DEADLINE_STATES = ['none', 'upcoming', 'due', 'overdue', 'met', 'late', 'missed'] as const;
export const deadlineStateSchema = z.enum(DEADLINE_STATES).meta({ id: 'DeadlineState' });
export type DeadlineState = z.infer<typeof deadlineStateSchema>;

export const PARTY_KINDS = ['state', 'group', 'person', 'organisation'] as const;

/** Other names a party goes by ("Kyiv" for Ukraine, "U.S." for the United States): at most 30. */
export const partyAliasesSchema = z
  .array(textSchema(120).pipe(z.string().min(1, 'An alias cannot be empty')))
  .max(30, 'At most 30 aliases')
  .refine((a) => new Set(a.map((x) => x.toLowerCase())).size === a.length, 'Each alias only once');

export const partySchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1).max(120),
    kind: z.enum(PARTY_KINDS),
    /** Other names it goes by, as articles write them. */
    aliases: z.array(z.string()).default([]),
    /** For a person (or body) acting for a state: that state's party id. */
    represents: slugSchema.optional(),
  })
  .meta({ id: 'Party' });
export type Party = z.infer<typeof partySchema>;

/** Body of POST /api/parties. The id is made from the name unless given. Unknown fields are refused. */
export const newPartySchema = z
  .strictObject({
    id: slugSchema.optional(),
    name: textSchema(120).pipe(z.string().min(1, 'A party needs a name')),
    kind: z.enum(PARTY_KINDS),
    aliases: partyAliasesSchema.default([]),
    represents: slugSchema.optional(),
  })
  .meta({ id: 'NewParty' });
export type NewParty = z.input<typeof newPartySchema>;

/** A party as a pledge refers to it: its id and (for display) its name. */
export const partyRefSchema = z.object({ id: slugSchema, name: z.string() }).meta({ id: 'PartyRef' });
export type PartyRef = z.infer<typeof partyRefSchema>;

export const deadlineWindowSchema = z
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

export const amountSchema = z
  .strictObject({
    value: z.number().finite().positive().max(1e15),
    currency: z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD'),
    /** What has been delivered so far, in the same currency. */
    delivered: z.number().finite().min(0).max(1e15).default(0),
  })
  .meta({ id: 'Amount' });
export type Amount = z.infer<typeof amountSchema>;

export const sourceSchema = z
  .strictObject({
    title: textSchema(300).pipe(z.string().min(1, 'A source needs a title')),
    publisher: textSchema(120).optional(),
    url: httpUrlSchema.optional(),
    publishedOn: plainDateSchema.optional(),
  })
  .meta({ id: 'Source' });
export type Source = z.infer<typeof sourceSchema>;

/** Evidence as a person submits it. */
export const evidenceInputSchema = z.strictObject({
  url: httpUrlSchema,
  title: textSchema(300).optional(),
  note: textSchema(2000).default(''),
});
export type EvidenceInput = z.input<typeof evidenceInputSchema>;

/** Evidence as stored: what was submitted, plus when it was first recorded. */
export const evidenceSchema = evidenceInputSchema
  .extend({ addedAt: instantSchema })
  .meta({ id: 'Evidence' });
export type Evidence = z.infer<typeof evidenceSchema>;

export const pledgeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'Not a pledge id');

export const pledgeSchema = z
  .object({
    id: pledgeIdSchema,
    title: z.string(),
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

const tagsSchema = z
  .array(slugSchema)
  .max(20)
  .refine((t) => new Set(t).size === t.length, 'Each tag only once');

/** Body of POST /api/pledges. Unknown fields are refused. */
export const newPledgeSchema = z
  .strictObject({
    title: textSchema(200).pipe(z.string().min(1, 'A title is needed')),
    quote: textSchema(1000).default(''),
    pledgers: partyIdsSchema('pledger', 1),
    beneficiaries: partyIdsSchema('beneficiary', 0).default([]),
    guarantors: partyIdsSchema('guarantor', 0).default([]),
    announcedOn: plainDateSchema,
    timeZone: timeZoneSchema,
    deadline: deadlineWindowSchema.nullable().default(null),
    amount: amountSchema.nullable().default(null),
    tags: tagsSchema.default([]),
    sources: z.array(sourceSchema).max(20).default([]),
  })
  .meta({ id: 'NewPledge' });
export type NewPledge = z.input<typeof newPledgeSchema>;

/**
 * Body of PATCH /api/pledges/:id. Every field is optional; `evidence` replaces the whole list.
 * Cross-field rules (a verdict needs a date, evidence, …) are checked on the merged result.
 */
export const pledgePatchSchema = z
  .strictObject({
    title: textSchema(200).pipe(z.string().min(1, 'A title is needed')),
    quote: textSchema(1000),
    deadline: deadlineWindowSchema.nullable(),
    amount: amountSchema.nullable(),
    tags: tagsSchema,
    verdict: verdictSchema,
    resolvedOn: plainDateSchema.nullable(),
    evidence: z.array(evidenceInputSchema).max(50),
  })
  .partial()
  // Only when nothing else is wrong: a patch of unknown fields is told about those, not that it is empty.
  .refine((p) => Object.keys(p).length > 0, { message: 'Send at least one field to change', when: (payload) => payload.issues.length === 0 })
  .meta({ id: 'PledgePatch' });
export type PledgePatch = z.input<typeof pledgePatchSchema>;

export const historyChangeSchema = z.object({
  field: z.string(),
  from: z.unknown(),
  to: z.unknown(),
});
export type HistoryChange = z.infer<typeof historyChangeSchema>;

export const historyEventSchema = z
  .object({
    id: z.number().int(),
    pledgeId: pledgeIdSchema,
    at: instantSchema,
    actor: z.string(),
    kind: z.enum(['created', 'updated']),
    /** The version the pledge had after this event. */
    version: z.number().int().positive(),
    changes: z.array(historyChangeSchema),
  })
  .meta({ id: 'HistoryEvent' });
export type HistoryEvent = z.infer<typeof historyEventSchema>;

export const historyResponseSchema = z.object({ items: z.array(historyEventSchema) });
export const partiesResponseSchema = z.object({ items: z.array(partySchema) });
export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  store: z.enum(['sqlite', 'memory']),
  now: instantSchema,
});
