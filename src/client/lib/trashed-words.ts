// Who moved a pledge to the trash, and when, in words: what a refused save, the pledge's page and
// the edit form all say, from the 410's `trashed`.
import type { TrashedBy } from '@shared/contract';
import { formatTimeAgo } from './format';

/** "Anna Kovalenko moved this pledge to the trash 3 minutes ago." */
export function trashedSentence(trashed: TrashedBy, nowMs: number): string {
  return `${trashed.by ?? 'Someone'} moved this pledge to the trash ${formatTimeAgo(trashed.at, nowMs)}.`;
}
