// The one door to the API. Every answer is parsed with the shared contract, so a server that
// drifts from it fails loudly (in tests first) instead of rendering half a pledge. The schemas
// come from ./response-schemas: zod's in development and tests, their compiled JSON Schema in the
// production build (docs/decisions/0021-responses-checked-without-zod.md).
import type { ErrorCode, ErrorIssue, TrashedBy } from '@shared/contract';
import type { Translate } from '@shared/i18n';
import { now } from './clock';
import { currentT } from './current-language';
import { codeErrorWords, loadCodeErrorWords } from './error-words';
import { errorWords } from './messages';
import { errorBodySchema } from './response-schemas';
import { trashedSentence } from './trashed-words';

export type ApiErrorCode = ErrorCode | 'network' | 'bad_response';

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly issues: ErrorIssue[];
  /** Seconds to wait before trying again, from a 429's Retry-After; null when not given. */
  readonly retryAfter: number | null;
  /** A 410's who and when: the pledge is in the trash. */
  readonly trashed: TrashedBy | null;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    issues: ErrorIssue[] = [],
    retryAfter: number | null = null,
    trashed: TrashedBy | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfter = retryAfter;
    this.trashed = trashed;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Retry-After in whole seconds (it may also be an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, nowMs = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

/**
 * Words for any error, fit to show a person, in the reader's language. The server writes its
 * messages in English: an English reader gets them as they are (they are the most precise); a
 * reader of another language gets the words for the error's code, which apiRequest loaded before
 * it threw (the server's words when they could not be loaded).
 */
export function errorMessage(error: unknown, t: Translate = currentT()): string {
  // The server's words for a trashed pledge are for API callers (they name the restore endpoint).
  if (error instanceof ApiError && error.trashed)
    return t(errorWords.trashed, { sentence: trashedSentence(error.trashed, now(), t) });
  if (error instanceof ApiError) {
    if (t.locale === 'en') return error.message;
    if (error.code === 'network') return t(errorWords.network);
    const words = codeErrorWords();
    if (!words) return error.message;
    if (error.code === 'bad_response')
      return error.status >= 200 && error.status < 300
        ? t(words.badResponse)
        : t(words.status, { status: error.status });
    if (error.code === 'rate_limited' && error.retryAfter !== null)
      return t(words.rateLimitedFor, { seconds: error.retryAfter });
    return t(words[error.code]);
  }
  return t(errorWords.unexpected);
}

/** What apiRequest needs of a schema: zod's schemas have it, and so do the compiled ones. */
export interface ResponseSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/** The output type of a response schema. */
export type ResponseOf<S> = S extends ResponseSchema<infer T> ? T : never;

/** An answer without a body (204, or 200 with nothing in it). */
export const NO_CONTENT: ResponseSchema<undefined> = {
  safeParse: (value) => (value === undefined ? { success: true, data: undefined } : { success: false }),
};

interface RequestOptions<S extends ResponseSchema<unknown>> {
  schema: S;
  method?: 'GET' | 'PATCH' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  headers: Headers;
}

function resolve(path: string): string {
  // Root-relative like the browser resolves it; Node's fetch (tests) needs an absolute URL.
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').toString();
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function apiRequest<S extends ResponseSchema<unknown>>(
  path: string,
  options: RequestOptions<S>,
): Promise<ApiResponse<ResponseOf<S>>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(resolve(path), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    // The message is for logs; errorMessage() gives the reader words in their language.
    throw new ApiError(0, 'network', 'Could not reach the server. Check the connection and try again.');
  }
  const json = await readJson(response);
  // The server answered: an error from here on is told by its code to readers of other languages.
  if (!response.ok && currentT().locale !== 'en') await loadCodeErrorWords();
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(json);
    if (parsed.success) {
      const { code, message, issues, trashed } = parsed.data.error;
      throw new ApiError(
        response.status,
        code,
        message,
        issues ?? [],
        retryAfterSeconds(response.headers.get('Retry-After')),
        trashed ?? null,
      );
    }
    throw new ApiError(
      response.status,
      response.status >= 500 ? 'internal' : 'bad_response',
      `The server answered ${response.status} ${response.statusText}`.trim() + '.',
    );
  }
  const parsed = options.schema.safeParse(json);
  if (!parsed.success) {
    if (currentT().locale !== 'en') await loadCodeErrorWords();
    throw new ApiError(response.status, 'bad_response', 'The server sent an answer this page does not understand.');
  }
  return { data: parsed.data as ResponseOf<S>, headers: response.headers };
}
