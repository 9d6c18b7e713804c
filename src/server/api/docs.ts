// Pieces of the OpenAPI description shared by the routes.
import { z } from 'zod';
import { errorBodySchema, errorStatus, pledgeIdSchema, type ErrorCode, type Requirement } from '@shared/contract';

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  invalid_input: 'Invalid input; `issues` names each field (or parameter) and what is wrong with it',
  not_found: 'No such pledge',
  gone: 'The pledge is in the trash (restore it first); `trashed` says who moved it there and when',
  unauthenticated: 'Sign in (a session cookie) or send Authorization: Bearer <API token>',
  forbidden: 'Your role or token scope does not allow this, or a cookie-signed write came from another origin',
  method_not_allowed: 'Method not allowed here (see the Allow header)',
  precondition_failed: 'If-Match names a version that is no longer the current one',
  precondition_required: 'If-Match is missing',
  payload_too_large: 'The body is larger than 64 KB',
  unsupported_media_type: 'The body is not JSON',
  rate_limited: 'Too many attempts or writes; wait for the seconds in Retry-After',
  internal: 'Something went wrong on the server',
  unavailable: 'This instance is shutting down or its database does not answer; try again or another instance',
};

/** The access guard's answers for a route that needs `requirement` (see access.ts). */
export function accessErrorCodes(requirement: Requirement): ErrorCode[] {
  if (requirement === 'open') return [];
  if (requirement === 'reader') return ['unauthenticated'];
  return ['unauthenticated', 'forbidden', 'rate_limited'];
}

/** Response entries for the errors a route can answer with, all in the one error shape. */
export function errorResponses(...codes: ErrorCode[]) {
  return Object.fromEntries(
    [...codes, 'internal' as const].map((code) => [
      errorStatus[code],
      { description: ERROR_DESCRIPTIONS[code], content: { 'application/json': { schema: errorBodySchema } } },
    ]),
  );
}

export const pledgeParamsSchema = z.object({ id: pledgeIdSchema });

export const etagHeader = z.object({
  ETag: z.string().meta({
    description:
      'The pledge version, e.g. "3" after a change, or "3/k2x9f0" on a read (the version, then the answer, for ' +
      'If-None-Match); send either back in If-Match',
  }),
});

export const writeHeadersSchema = z.object({
  authorization: z
    .string()
    .optional()
    .meta({ description: 'Bearer <API token>, for scripts; a browser is signed in by its session cookie instead' }),
});

/** Writes against a version of a pledge name it in If-Match. */
export const ifMatchHeadersSchema = writeHeadersSchema.extend({
  'if-match': z.string().meta({ description: 'The ETag of the version the change was made against, e.g. "3"' }),
});

/** A required JSON body of this schema. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** A JSON answer of this schema. */
export const jsonAnswer = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});
