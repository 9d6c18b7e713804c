// Who moved a pledge to the trash, and when, in words: what a refused save, the pledge's page and
// the edit form all say, from the 410's `trashed`.
import type { TrashedBy } from '@shared/contract';
import type { Translate } from '@shared/i18n';
import { currentT } from './current-language';
import { formatTimeAgo } from './format';
import { trashedWords } from './messages';

/** "Anna Kovalenko moved this pledge to the trash 3 minutes ago." */
export function trashedSentence(trashed: TrashedBy, nowMs: number, t: Translate = currentT()): string {
  const when = formatTimeAgo(trashed.at, nowMs, t);
  return trashed.by ? t(trashedWords.byWhom, { name: trashed.by, when }) : t(trashedWords.someone, { when });
}
