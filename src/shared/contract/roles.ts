// Who may do what, as plain words, without zod: the browser's first page checks roles to show
// or hide controls and imports no schema (docs/decisions/0021-responses-checked-without-zod.md).

/** viewer reads; editor also creates, edits and judges pledges; admin also runs users and settings. */
export const ROLES = ['viewer', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };
/** Whether `role` carries everything `needed` does. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}
