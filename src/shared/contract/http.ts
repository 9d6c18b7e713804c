// Conventions of the HTTP contract that are not bodies: headers and their formats.

export const MAX_BODY_BYTES = 64 * 1024;
/** No request body needs more nesting than this (a pledge with its evidence is 3 deep). */
export const MAX_JSON_DEPTH = 8;
/** Query strings: at most this many parameters, each value at most MAX_PARAM_LENGTH characters. */
export const MAX_QUERY_PARAMS = 40;
export const MAX_PARAM_LENGTH = 2000;

/** A pledge's ETag is its version, quoted as HTTP wants strong validators. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The version an If-Match header names, or null when it names none we could have issued. A read
 * of a pledge answers `"<version>/<answer>"` (the version, then what the rest of the answer was
 * built from, for If-None-Match): If-Match takes either form and reads the version alone, so a
 * write against a pledge is refused only when that pledge changed, never because another did.
 * The answer sent compressed names its encoding after it (`"<version>/<answer>.gzip"`).
 */
export function versionFromIfMatch(header: string | null | undefined): number | null {
  if (!header) return null;
  const m = /^\s*(?:W\/)?"(\d{1,12})(?:\/[0-9a-z]{1,40}(?:\.gzip)?)?"\s*$/.exec(header);
  return m ? Number(m[1]) : null;
}
