// The words of the domain: verdicts, deadline states and where a pledge stands against its
// deadline. The browser, the feeds and the link previews all say them from here.
import { defineMessages } from '../i18n/define';

export const verdictWords = defineMessages('verdict', {
  open: 'Open',
  fulfilled: 'Fulfilled',
  partially_fulfilled: 'Partially fulfilled',
  broken: 'Broken',
  withdrawn: 'Withdrawn',
});

export const deadlineStateWords = defineMessages('deadlineState', {
  none: 'No deadline',
  upcoming: 'Upcoming',
  due: 'Due',
  overdue: 'Overdue',
  met: 'Met',
  late: 'Late',
  missed: 'Missed',
});

export const windowWords = defineMessages('window', {
  none: 'no deadline',
  dueBy: 'due by {date}',
  due: 'due {date}',
});

export const timingWords = defineMessages('timing', {
  withdrawnBeforeDeadline: 'withdrawn before the deadline',
  withdrawn: 'withdrawn',
  noDeadlineWasSet: 'no deadline was set',
  noDeadline: 'no deadline',
  windowOpensTomorrow: 'window opens tomorrow',
  windowOpensIn: 'window opens in {days, plural, one {# day} other {# days}}',
  dueTomorrow: 'due tomorrow',
  dueIn: 'due in {days, plural, one {# day} other {# days}}',
  windowClosesToday: 'window open, closes today',
  windowClosesIn: 'window open, closes in {days, plural, one {# day} other {# days}}',
  dueToday: 'due today',
  overdueBy: 'overdue by {days, plural, one {# day} other {# days}}',
  metOnTime: 'met on time',
  partlyMetOnTime: 'partly met on time',
  fulfilledLate: 'fulfilled {days, plural, one {# day} other {# days}} late',
  partlyFulfilledLate: 'partly fulfilled {days, plural, one {# day} other {# days}} late',
  withdrawnAfterDeadline: 'withdrawn after the deadline',
  missed: 'missed',
});
