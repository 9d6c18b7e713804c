// The relative timing line ("overdue by 457 days"), or nothing when it would only repeat the
// badge and the window ("no deadline" three times over).
import type { Pledge } from '@shared/contract';
import { describeTiming } from '@shared/domain';

export function timingText(pledge: Pledge, nowMs: number): string | null {
  const text = describeTiming(pledge, nowMs);
  return text === 'no deadline' ? null : text;
}
