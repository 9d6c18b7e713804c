// Roles in words, for people.
import type { Role } from '@shared/contract';

export const ROLE_LABELS: Record<Role, string> = { viewer: 'Viewer', editor: 'Editor', admin: 'Admin' };

export const ROLE_HINTS: Record<Role, string> = {
  viewer: 'Reads everything, changes nothing.',
  editor: 'Records pledges, edits them and marks verdicts.',
  admin: 'Everything an editor does, plus people, invites and settings.',
};

/** "an editor", "a viewer", "an admin". */
export function withArticle(role: Role): string {
  return role === 'viewer' ? 'a viewer' : role === 'editor' ? 'an editor' : 'an admin';
}
