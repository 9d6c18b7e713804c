// Checks on the request itself, run before its body is parsed or validated, so that each
// problem gets its own status: 413 too large, 415 not JSON, 428 no If-Match, 400 bad actor.
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ACTOR_HEADER, DEFAULT_ACTOR, decodeActor, MAX_BODY_BYTES, versionFromIfMatch } from '../../shared/contract';
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

export const limitBody: MiddlewareHandler = limitBodyTo(MAX_BODY_BYTES);

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;.*)?$/i;

/** Without this, a form or text body would reach the JSON validator as {} and be judged as empty. */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = c.req.header('content-type');
  if (!type || !JSON_TYPE.test(type.trim())) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
  }
  await next();
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
const MAX_ACTOR = 80;

export const readActor: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const raw = c.req.header(ACTOR_HEADER);
  let actor = DEFAULT_ACTOR;
  if (raw !== undefined) {
    actor = decodeActor(raw).trim();
    if (!actor || actor.length > MAX_ACTOR || CONTROL.test(actor)) {
      throw invalidInput(`${ACTOR_HEADER} names who makes the change.`, [
        { path: ACTOR_HEADER, message: `Use 1 to ${MAX_ACTOR} characters, or leave the header out` },
      ]);
    }
  }
  c.set('actor', actor);
  await next();
};

export const requireIfMatch: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const header = c.req.header('if-match')?.trim();
  // "*" would match any version: exactly the blind overwrite If-Match is here to prevent.
  if (!header || header === '*') {
    throw new ApiError('precondition_required', 'Send If-Match with the ETag of the version you edited, so that no one else’s change is overwritten unseen.');
  }
  const version = versionFromIfMatch(header);
  if (version === null) throw new ApiError('precondition_failed', 'If-Match names no version of this pledge; send the ETag you received.');
  c.set('expectedVersion', version);
  await next();
};
