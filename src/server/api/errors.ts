// The one error shape, { error: { code, message, issues?, trashed? } }, and the exception that
// carries it from anywhere in a handler to the app's error handler.
import type { Context } from 'hono';
import { errorStatus, type ErrorBody, type ErrorCode, type ErrorIssue } from '@shared/contract';

/** What an error body may carry besides its code, message and issues (e.g. who trashed a pledge). */
export type ErrorDetails = Omit<ErrorBody['error'], 'code' | 'message' | 'issues'>;

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ErrorIssue[],
    /** Extra response headers, e.g. Allow on a 405. */
    readonly headers?: Record<string, string>,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function errorBody(error: ApiError): ErrorBody {
  const { code, message, issues, details } = error;
  return { error: { code, message, ...(issues?.length ? { issues } : {}), ...details } };
}

export function errorResponse(c: Context, error: ApiError): Response {
  for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
  return c.json(errorBody(error), errorStatus[error.code] as 400);
}

export const invalidInput = (message: string, issues?: ErrorIssue[]) => new ApiError('invalid_input', message, issues);
export const notFound = (message = 'There is nothing at this address.') => new ApiError('not_found', message);
