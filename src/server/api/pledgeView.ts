// A stored pledge as the API returns it: with its deadline state derived at response time.
import type { Pledge, PledgeRecord } from '../../shared/contract';
import { deadlineStateAt } from '../timing';

export function pledgeView(record: PledgeRecord, nowMs: number): Pledge {
  return { ...record, deadlineState: deadlineStateAt(record, nowMs) };
}
