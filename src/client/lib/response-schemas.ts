// The contract's schemas for every answer the client reads, under their contract names. In
// development and tests they are the zod schemas themselves. The production build replaces this
// module with the same names checked against each schema's JSON Schema, compiled from these very
// exports at build time (scripts/vite/response-schemas.ts), so the home page downloads no zod
// (docs/decisions/0021-responses-checked-without-zod.md). Forms keep validating with the zod
// schemas from @shared/contract, in the lazy pages that have them.
// Keep this a list of contract schemas: the build compiles every export.
import type { z } from 'zod';
import * as contract from '@shared/contract';
import type { ResponseSchema } from './api-client';

/** Typed as what apiRequest uses, so no code relies on more of zod than the compiled check has. */
const answer = <S extends z.ZodType>(schema: S): ResponseSchema<z.output<S>> => schema;

export const errorBodySchema = answer(contract.errorBodySchema);

export const pledgePageSchema = answer(contract.pledgePageSchema);
export const pledgeSchema = answer(contract.pledgeSchema);
export const historyResponseSchema = answer(contract.historyResponseSchema);
export const trashResponseSchema = answer(contract.trashResponseSchema);

export const partySchema = answer(contract.partySchema);
export const partiesResponseSchema = answer(contract.partiesResponseSchema);
export const partyStatsResponseSchema = answer(contract.partyStatsResponseSchema);
export const partyMergeResultSchema = answer(contract.partyMergeResultSchema);

export const savedViewSchema = answer(contract.savedViewSchema);
export const viewsResponseSchema = answer(contract.viewsResponseSchema);

export const sessionInfoSchema = answer(contract.sessionInfoSchema);
export const accountSchema = answer(contract.accountSchema);
export const pendingEmailSchema = answer(contract.pendingEmailSchema);
export const confirmedEmailSchema = answer(contract.confirmedEmailSchema);
export const tokenListSchema = answer(contract.tokenListSchema);
export const createdTokenSchema = answer(contract.createdTokenSchema);
export const invitePreviewSchema = answer(contract.invitePreviewSchema);
export const inviteListSchema = answer(contract.inviteListSchema);
export const createdInviteSchema = answer(contract.createdInviteSchema);
export const userListSchema = answer(contract.userListSchema);
export const userSummarySchema = answer(contract.userSummarySchema);
export const settingsSchema = answer(contract.settingsSchema);
