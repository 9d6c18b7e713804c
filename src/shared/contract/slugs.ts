// What a slug is, without zod: slugSchema (primitives.ts) is built from it, and the filter parser,
// which reads slugs from every page URL in the browser's first page, uses isSlug and so imports no
// schema (docs/decisions/0021-responses-checked-without-zod.md).

/** Lowercase letters and digits in words joined by single dashes ("united-states", "g7"). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** What slugSchema accepts. */
export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}
