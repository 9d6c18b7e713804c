// The relative timing line ("overdue by 457 days"), or nothing when it would only repeat the
// badge and the window ("no deadline" three times over).
import type { Pledge } from '@shared/contract';
import { describeTiming, timingWords } from '@shared/domain';
import type { Translate } from '@shared/i18n';

export function timingText(pledge: Pledge, nowMs: number, t: Translate): string | null {
  const text = describeTiming(pledge, nowMs, undefined, t);
  return text === t(timingWords.noDeadline) ? null : text;
}
