// The words of the feeds and the CSV file. A feed's language is its link's `?lang=`.
import { defineMessages } from '@shared/i18n';

export const viewNameWords = defineMessages('feedView', {
  pledges: 'Pledges',
  pledgesWhere: 'Pledges: {parts}',
  or: '{first} or {second}',
  verdict: 'verdict {verdicts}',
  party: 'party {party}',
  partyAs: 'party {party} as {role}',
  pledger: 'pledger',
  beneficiary: 'beneficiary',
  guarantor: 'guarantor',
  tag: 'tag {tags}',
  deadlineBetween: 'deadline {from} to {to}',
  search: '“{q}”',
});

export const calendarWords = defineMessages('feedCalendar', {
  summary: '{title} ({state})',
  deadline: 'Deadline: {window} (“{text}”)',
  state: 'Deadline state: {state} ({timing})',
  verdict: 'Verdict: {verdict}',
  verdictOn: 'Verdict: {verdict} on {date}',
  pledgedBy: 'Pledged by {pledgers}',
  pledgedByTo: 'Pledged by {pledgers} to {beneficiaries}',
});

export const changeWords = defineMessages('feedChanges', {
  feedTitle: 'Changes · {view} · {appName}',
  appName: 'Pledge Tracker',
  anonymous: 'Anonymous editor',
  none: 'none',
  someDeadline: 'a deadline',
  nobody: 'nobody',
  quoted: '“{text}”',
  amount: '{value} {currency} ({delivered} delivered)',
  items: '{count, plural, one {# item} other {# items}}',
  change: '{field}: {from} → {to}',
  created: 'New pledge: {title}',
  deleted: 'Put in the trash: {title}',
  restored: 'Restored from the trash: {title}',
  reverted: 'Set back to version {version} — {title}',
  merged: 'Parties merged: {from} is now {into} — {title}',
  verdictChanged: '{change} — {title}',
  deadlineSet: 'Deadline set: {from} → {to} — {title}',
  deadlineRemoved: 'Deadline removed: {from} → {to} — {title}',
  deadlineMoved: 'Deadline moved: {from} → {to} — {title}',
  edited: 'Edited {fields} — {title}',
  editedPledge: 'Edited the pledge — {title}',
  recorded: '{actor} recorded the pledge “{title}”.',
});

export const csvWords = defineMessages('feedCsv', {
  id: 'id',
  title: 'title',
  pledgers: 'pledgers',
  beneficiaries: 'beneficiaries',
  announced: 'announced',
  timeZone: 'time zone',
  deadlineEarliest: 'deadline earliest',
  deadlineLatest: 'deadline latest',
  deadlineWords: 'deadline words',
  deadlineState: 'deadline state',
  verdict: 'verdict',
  resolvedOn: 'resolved on',
  amount: 'amount',
  currency: 'currency',
  delivered: 'delivered',
  tags: 'tags',
  link: 'link',
});
