// Checks on the request itself, run before its body is parsed or validated, so that each
// problem gets its own status: 413 too large, 415 not JSON, 428 no If-Match. An endpoint's
// declaration (endpoint.ts) puts them in front of the routes whose request needs them.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { MAX_JSON_DEPTH, versionFromIfMatch } from '@shared/contract';
import { ApiError, invalidInput } from './errors';
import type { ApiEnv } from './env';

/** A body larger than `maxBytes` is refused with 413 before it is read whole. */
export function limitBodyTo(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError('payload_too_large', `A request body is limited to ${maxBytes / 1024} KB.`);
    },
  });
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/** How deeply arrays and objects nest in `text`, read without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) deepest = Math.max(deepest, ++depth);
    else if (ch === 125 || ch === 93) depth--;
  }
  return deepest;
}

/**
 * Without this, a form or text body would reach the JSON validator as {} and be judged as empty.
 * A body nested deeper than any request needs is refused before JSON.parse builds it.
 */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type');
  if (!type || !JSON_TYPE.test(type.trim())) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
  }
  // Hono keeps the text, so the validator's json() reads it again without touching the stream.
  if (jsonDepth(await c.req.text()) > MAX_JSON_DEPTH) {
    throw invalidInput(`JSON may nest at most ${MAX_JSON_DEPTH} levels deep.`, [
      { path: '', message: 'Nested too deeply' },
    ]);
  }
  await next();
};

export const requireIfMatch: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const header = c.req.header('if-match')?.trim();
  // "*" would match any version: exactly the blind overwrite If-Match is here to prevent.
  if (!header || header === '*') {
    throw new ApiError(
      'precondition_required',
      'Send If-Match with the ETag of the version you edited, so that no one else’s change is overwritten unseen.',
    );
  }
  const version = versionFromIfMatch(header);
  if (version === null)
    throw new ApiError('precondition_failed', 'If-Match names no version of this pledge; send the ETag you received.');
  c.set('expectedVersion', version);
  await next();
};
