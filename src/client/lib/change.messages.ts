// History changes in words: they load with the history.
import { defineMessages } from '@shared/i18n';

/** One history change in words (describe-change.ts). */
export const changeWords = defineMessages('change', {
  notSet: 'not set',
  quoted: '“{text}”',
  quotedCut: '“{text}…”',
  noDeadline: 'no deadline',
  aDeadline: 'a deadline',
  none: 'none',
  anAmount: 'an amount',
  amount: '{total}, {delivered} delivered',
  nobody: 'nobody',
  aLink: 'a link',
  evidenceChanged: 'evidence changed',
  evidenceEdited: 'evidence edited',
  sourcesChanged: 'sources changed',
  sourcesEdited: 'sources edited',
  added: 'added {items}',
  removed: 'removed {items}',
  slipped: 'slipped from {from} to {to}',
  broughtForward: 'brought forward from {from} to {to}',
  deliveriesChanged: 'deliveries changed',
  deliveryCorrected: 'a delivery corrected',
  delivery: '{value} on {date}',
});
