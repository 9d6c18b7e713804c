// The contract of "Add from article": POST /api/extract and the in-browser extractor answer alike.
import { z } from 'zod';
import { PARTY_KINDS } from './pledge';
import { instantSchema, plainDateSchema, slugSchema, timeZoneSchema } from './primitives';

export const MAX_ARTICLE_CHARS = 60_000;

/** The languages the article reader understands. */
export const EXTRACT_LANGUAGES = ['en', 'uk'] as const;

/**
 * The body limit of POST /api/extract: an article at its longest, every character escaped or
 * written in four UTF-8 bytes, still fits. Other writes keep MAX_BODY_BYTES.
 */
export const MAX_EXTRACT_BODY_BYTES = 256 * 1024;

export const extractRequestSchema = /* @__PURE__ */ z
  .strictObject({
    text: z.string().min(1, 'Paste the article text').max(MAX_ARTICLE_CHARS, `At most ${MAX_ARTICLE_CHARS} characters`),
    /** The publication date, in `timeZone`: the reference date D of every relative deadline. */
    publishedOn: plainDateSchema,
    /** The publication instant, when known (needed for "within 48 hours"). */
    publishedAt: instantSchema.optional(),
    timeZone: timeZoneSchema,
    /** The article's language; when left out, it is told from the text (Ukrainian letters → uk). */
    language: z.enum(EXTRACT_LANGUAGES).optional(),
  })
  .meta({ id: 'ExtractRequest' });
export type ExtractRequest = z.infer<typeof extractRequestSchema>;

/** A party as the extractor proposes it: a known party (by id) or a new one to create. */
export const partyGuessSchema = /* @__PURE__ */ z
  .object({
    id: slugSchema,
    name: z.string(),
    /** False when no known party matched and this is a proposal for a new one. */
    known: z.boolean(),
    /**
     * A known party's own kind; for a new one, what it looks like: a state by its country name,
     * a person by a title or the shape of a name, an organisation otherwise.
     */
    kind: z.enum(PARTY_KINDS),
    /** The words in the sentence that named it. */
    matched: z.string(),
  })
  .meta({ id: 'PartyGuess' });
export type PartyGuess = z.infer<typeof partyGuessSchema>;

export const extractedDeadlineSchema = /* @__PURE__ */ z
  .object({
    earliest: plainDateSchema.optional(),
    latest: plainDateSchema,
    /** The deadline words as written, e.g. "within the next week to ten days". */
    text: z.string(),
    /**
     * Why these dates, for the editor who checks them, e.g. "Due between a week and ten days
     * after the announcement, 25–28 Aug 2025." The announcement is the publication date.
     */
    rule: z.string(),
    /** Where the deadline words stand in the article (character offsets, end exclusive). */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
  })
  .meta({ id: 'ExtractedDeadline' });
export type ExtractedDeadline = z.infer<typeof extractedDeadlineSchema>;

export const extractedAmountSchema = /* @__PURE__ */ z
  .object({
    value: z.number().positive(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    text: z.string(),
    /** "roughly", "about", "some", "nearly", … */
    approximate: z.boolean(),
  })
  .meta({ id: 'ExtractedAmount' });
export type ExtractedAmount = z.infer<typeof extractedAmountSchema>;

export const candidateSchema = /* @__PURE__ */ z
  .object({
    sentence: z.string(),
    /** Character offsets of the sentence in the article (end exclusive). */
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** A short proposed title in our words. */
    title: z.string(),
    pledgers: z.array(partyGuessSchema),
    beneficiaries: z.array(partyGuessSchema),
    deadline: extractedDeadlineSchema.nullable(),
    amount: extractedAmountSchema.nullable(),
    /** 0 to 1. */
    confidence: z.number().min(0).max(1),
  })
  .meta({ id: 'Candidate' });
export type Candidate = z.infer<typeof candidateSchema>;

export const extractResponseSchema = /* @__PURE__ */ z
  .object({ candidates: z.array(candidateSchema) })
  .meta({ id: 'ExtractResponse' });
export type ExtractResponse = z.infer<typeof extractResponseSchema>;
