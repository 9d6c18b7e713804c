// The words of link previews (a page's <title> and Open Graph tags), in the link's `?lang=`.
import { defineMessages } from '@shared/i18n';

export const previewWords = defineMessages('preview', {
  siteName: 'Pledge Tracker',
  siteDescription: 'Track public commitments: who promised what to whom, and by when.',
  or: '{first} or {second}',
  count: '{count, plural, one {# pledge} other {# pledges}}',
  countInState: '{count, plural, one {# {states} pledge} other {# {states} pledges}}',
  verdict: 'verdict: {verdicts}',
  party: 'party: {party}',
  partyAs: 'party: {party} (as {role})',
  pledger: 'pledger',
  beneficiary: 'beneficiary',
  guarantor: 'guarantor',
  tag: 'tag: {tags}',
  deadlineBetween: 'deadline: {from} to {to}',
  matching: 'matching “{q}”',
  asOf: 'as of {date}',
  allTitle: 'All pledges · {siteName}',
  allDescription: '{count} tracked: who promised what, to whom, by when, and whether it was kept.',
  viewDescription: '{parts}. Who promised what, to whom, by when, and whether it was kept.',
  pledgeTitle: '{title} — {when}',
  whenInState: '{window}, {state}',
  pledgedBy: 'Pledged by {pledgers}.',
  pledgedByTo: 'Pledged by {pledgers} to {beneficiaries}.',
  verdictIs: 'Verdict: {verdict}.',
});
