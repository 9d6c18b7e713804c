// Words for the list's controls. Typed against the contract, so a new sort or state cannot be
// added without a label.
import type { DeadlineState, PartyRoleFilter, ProgressFilter, Sort } from '@shared/contract';

export const SORT_LABELS: Record<Sort, string> = {
  status: 'Needs attention first',
  deadline: 'Deadline, soonest first',
  '-deadline': 'Deadline, latest first',
  '-announced': 'Announced, newest first',
  announced: 'Announced, oldest first',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
  title: 'Title, A to Z',
  '-title': 'Title, Z to A',
  '-slips': 'Deadline moved most often',
  slips: 'Deadline moved least often',
  '-progress': 'Most delivered',
  progress: 'Least delivered',
};

/** Deadline states in the order a reader scans them: what needs attention, then how it ended. */
export const STATE_ORDER: DeadlineState[] = ['overdue', 'due', 'upcoming', 'met', 'late', 'missed', 'none'];

export const ROLE_LABELS: Record<PartyRoleFilter, string> = {
  pledger: 'Pledger',
  beneficiary: 'Beneficiary',
  guarantor: 'Guarantor',
};

export const PROGRESS_LABELS: Record<ProgressFilter, string> = {
  none: 'Nothing yet',
  partial: 'In part',
  complete: 'In full',
};
