// Rules that span several fields and so cannot live in one field's schema. They run on the
// pledge as it would be after a change, on the server and in the browser alike.
import type { ErrorIssue } from '../contract/errors';
import { VERDICTS_NEEDING_EVIDENCE, type Delivery, type PledgeRecord } from '../contract/pledge';
import { compareDates, dateInZone, formatDate, instantFromEpochMs } from './dates';

type Checked = Pick<PledgeRecord, 'announcedOn' | 'timeZone' | 'deadline' | 'verdict' | 'resolvedOn' | 'evidence'> & {
  deliveries?: readonly Pick<Delivery, 'on'>[];
};

export function checkPledgeRules(p: Checked, nowMs: number): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const today = dateInZone(instantFromEpochMs(nowMs), p.timeZone);
  if (p.deadline && compareDates(p.deadline.latest, p.announcedOn) < 0) {
    issues.push({ path: 'deadline.latest', message: 'The deadline cannot end before the pledge was announced' });
  }
  if (p.verdict === 'open') {
    if (p.resolvedOn !== null) issues.push({ path: 'resolvedOn', message: 'An open pledge has no resolution date' });
  } else {
    if (p.resolvedOn === null) {
      issues.push({ path: 'resolvedOn', message: 'Say on which date this happened' });
    } else {
      if (compareDates(p.resolvedOn, p.announcedOn) < 0) {
        issues.push({
          path: 'resolvedOn',
          message: `It cannot have happened before the pledge was made (${formatDate(p.announcedOn)})`,
        });
      }
      if (compareDates(p.resolvedOn, today) > 0) {
        issues.push({
          path: 'resolvedOn',
          message: `It cannot have happened after today (${formatDate(today)} in ${p.timeZone})`,
        });
      }
    }
    if (VERDICTS_NEEDING_EVIDENCE.includes(p.verdict) && p.evidence.length === 0) {
      issues.push({ path: 'evidence', message: 'Add at least one piece of evidence (a link)' });
    }
  }
  (p.deliveries ?? []).forEach((d, i) => {
    if (compareDates(d.on, p.announcedOn) < 0)
      issues.push({
        path: `deliveries.${i}.on`,
        message: `A delivery cannot come before the pledge was made (${formatDate(p.announcedOn)})`,
      });
    else if (compareDates(d.on, today) > 0)
      issues.push({
        path: `deliveries.${i}.on`,
        message: `A delivery cannot be after today (${formatDate(today)} in ${p.timeZone})`,
      });
  });
  return issues;
}

/** Today's date where the pledge was made: the default date of a verdict. */
export function todayIn(timeZone: string, nowMs: number): string {
  return dateInZone(instantFromEpochMs(nowMs), timeZone);
}
