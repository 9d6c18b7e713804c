import { z } from 'zod';
import { instantSchema } from './primitives';

/** Every error the API returns has this one shape, whatever the status. */
export const errorCodeSchema = /* @__PURE__ */ z.enum([
  'invalid_input',
  'not_found',
  /** The pledge is in the trash: restore it to read or change it. */
  'gone',
  /** No valid session or token, and this needs one. */
  'unauthenticated',
  /** Signed in, but the role (or the token's scope, or the request's origin) does not allow this. */
  'forbidden',
  'method_not_allowed',
  'precondition_failed',
  'precondition_required',
  'payload_too_large',
  'unsupported_media_type',
  /** Too many attempts or writes: wait for Retry-After seconds. */
  'rate_limited',
  'internal',
  /** This instance cannot answer now (shutting down, or its database does not answer): try another. */
  'unavailable',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const errorIssueSchema = /* @__PURE__ */ z.object({
  /** Dotted path to the field, e.g. `deadline.latest` or `evidence.0.url`; empty for the whole body. */
  path: z.string(),
  message: z.string(),
});
export type ErrorIssue = z.infer<typeof errorIssueSchema>;

/**
 * Who moved a pledge to the trash, and when: what a 410 ('gone') carries, so a person whose save
 * was refused can be told "Anna moved this pledge to the trash 3 minutes ago".
 */
export const trashedBySchema = /* @__PURE__ */ z
  .object({
    /** The name the pledge's history records for the move; null if the history does not say. */
    by: z.string().nullable(),
    at: instantSchema,
  })
  .meta({ id: 'TrashedBy', description: 'Who moved the pledge to the trash, and when' });
export type TrashedBy = z.infer<typeof trashedBySchema>;

export const errorBodySchema = /* @__PURE__ */ z
  .object({
    error: z.object({
      code: errorCodeSchema,
      message: z.string(),
      issues: z.array(errorIssueSchema).optional(),
      /** Only with code 'gone'. */
      trashed: trashedBySchema.optional(),
    }),
  })
  .meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const errorStatus: Record<ErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  gone: 410,
  unauthenticated: 401,
  forbidden: 403,
  method_not_allowed: 405,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** Turns zod issues into our field-level issues. */
export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}
