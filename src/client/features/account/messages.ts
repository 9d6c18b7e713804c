// The words of signing in, the ways in (first link, invite, email confirmation), one's account
// and the admin page.
import { defineMessages } from '@shared/i18n';

export const roleHintWords = defineMessages('roleHint', {
  viewer: 'Reads everything, changes nothing.',
  editor: 'Records pledges, edits them and marks verdicts.',
  admin: 'Everything an editor does, plus people, invites and settings.',
});

export const formWords = defineMessages('accountForm', {
  tooShort: 'Use at least {min, plural, one {# character} other {# characters}}',
  tooLong: 'Use at most {max, plural, one {# character} other {# characters}}',
  invalid: 'Use plain text on one line',
  email: 'Email',
  badEmail: 'Use an email address such as name@example.org',
  signIn: 'Sign in',
  yourAccount: 'Your account',
  copiedStatus: 'Copied to the clipboard',
  notCopiedStatus: 'Could not copy: it is selected, copy it by hand',
  notCopiedHint: 'The browser would not copy it: it is selected above, copy it by hand.',
});

/**
 * The server's reasons for refusing a field, which it words in English: each known one said in
 * the reader's language by its English text (an unknown one is shown as the server words it).
 */
export const serverIssueWords = defineMessages('accountIssue', {
  useChangeEmail: 'Change your email with “Change email”: it is confirmed by a link sent to it',
  emailTaken: 'Another account uses this email',
  enterCurrent: 'Enter your current password',
  notCurrent: 'Not your current password',
  emailFirst: 'Set an email before a password',
  emailHasAccount: 'This email has an account here: sign in with it',
  lastAdmin: 'The last admin',
  alreadyYours: 'Already your email',
  oneCharacter: 'One character repeated is among the first things anyone tries: choose another password',
  run: 'A run like 1234…, abcd… or qwerty… is among the first things anyone tries: choose another password',
  pattern: 'A short pattern repeated is among the first things anyone tries: choose another password',
  common: 'This password is one of the most common ones (it appears in lists of leaked passwords): choose another',
});

export const accessWords = defineMessages('access', {
  privateTitle: 'This tracker is private',
  privateText: 'Its pledges, verdicts and history are for the people who keep it. Sign in to read them.',
  privateNoAccount: 'No account yet? Ask an admin of this tracker for an invite link.',
  checking: 'Checking who is signed in…',
  checkFailedTitle: 'Who is signed in could not be checked',
  checkFailedText: 'Reload the page to try again.',
  signInTo:
    '{doing, select, record {Sign in to record a pledge} edit {Sign in to edit this pledge} other {Sign in to add pledges from an article}}',
  editorsOnlyText: 'Only the tracker’s editors change the record, so every change carries a name.',
  viewerTitle: 'Your account can read, not change',
  viewerText:
    '{doing, select, record {You are signed in as a viewer. To record a pledge, ask an admin of this tracker to make you an editor.} edit {You are signed in as a viewer. To edit this pledge, ask an admin of this tracker to make you an editor.} other {You are signed in as a viewer. To add pledges from an article, ask an admin of this tracker to make you an editor.}}',
  finishTitle: 'Finish setting up your account first',
  choosePassword: 'Choose a password',
  finishText: 'Your account has no password yet. Choose one, with your email, and everything opens up.',
  noAccountsTitle: 'This demo has no accounts',
  noAccountsText:
    'Everyone who opens the demo edits as the demo editor, and changes stay in this browser. A tracker run with its own server has accounts, each with a role.',
  accountSignInTitle: 'Sign in to see your account',
  accountSignInText: 'Your name, email, password and API tokens are here once you are signed in.',
  adminSignInTitle: 'Sign in to run the tracker',
  adminText: 'People, invites and who may read the tracker are set here by its admins.',
  adminOnlyTitle: 'Only admins run the tracker',
  adminOnlyText:
    'People, invites and who may read the tracker are set here by its admins. Ask one of them if something needs changing.',
  setupRegion: 'Account setup',
  setupText:
    '<strong>One step left:</strong> choose your email and a password, so you can sign in again and make changes.',
  finishSetup: 'Finish setting up',
  backToPledges: 'Back to the pledges',
});

export const signInWords = defineMessages('signIn', {
  title: 'Sign in',
  lede: 'Editors add pledges, edit them and mark verdicts; viewers read a private tracker.',
  submitting: 'Signing in…',
  password: 'Password',
  footnote:
    'No account yet? Accounts come by invitation: ask an admin of this tracker for an invite link. Forgot your password? An admin can remove your account and invite you again; what you did stays in the history under your name.',
  demoTitle: 'No sign-in in the demo',
  demoText:
    'This demo has no accounts: everyone who opens it edits as the demo editor, and changes stay in this browser.',
  seePledges: 'See the pledges',
  signedInTitle: 'You are signed in',
  signedInText:
    'As <strong>{name}</strong>, {role, select, viewer {viewer} editor {editor} other {admin}} on this tracker.',
  toastTitle: 'Signed in as {name}',
  toastBody: '{role, select, viewer {Viewer} editor {Editor} other {Admin}} on this tracker.',
  emailMissing: 'Enter the email address of your account',
  passwordMissing: 'Enter your password',
  noMatch: 'That email and password do not match an account here. Check both and try again.',
  waitSeconds: '{seconds} s',
  waitMinutes: '{minutes} min',
  tooManyWait: 'Too many attempts, try again in {wait}.',
  canTryNow: 'You can try again now.',
  tooMany: 'Too many attempts.',
  blockedReason: 'Signing in is blocked for a while after failed attempts.',
});

export const welcomeWords = defineMessages('welcome', {
  title: 'Welcome',
  linkUsedTitle: 'This sign-in link no longer works',
  linkUsedText:
    'The link printed at the first start works once, for a limited time, and this one has been used or has expired.',
  stepSetup:
    '<strong>Setting up this tracker?</strong> Restart the server: while no one has chosen a password, it prints a new link in its log.',
  stepPassword: '<strong>Already have a password?</strong> Sign in with it.',
  stepJoin: '<strong>Joining someone’s tracker?</strong> Ask its admin for an invite link.',
  readyTitle: 'Your account is ready',
  readyBody: 'Signed in as {name}. Invite the others from the Admin page.',
  setupTitle: 'Welcome to your tracker',
  setupLede:
    'You are signed in as its owner and first admin. Choose how you sign in from now on; the link you came with will not work again.',
  formLabel: 'Finish setting up',
  submit: 'Save and start',
  signingIn: 'Signing you in with your link…',
  failedTitle: 'The link could not be checked',
  doneTitle: 'Your account is set up',
  doneText: 'You are signed in as <strong>{name}</strong>. Change your details or password on your account page.',
  noLinkTitle: 'This page opens from a sign-in link',
  noLinkText:
    'On its first start, the server prints a one-time link for the tracker’s owner. Open that link (the whole of it, with the part after #) to set up your account.',
  alreadySetUp: 'Already set up? <link>Sign in</link>.',
});

export const inviteWords = defineMessages('invite', {
  title: 'Invitation',
  goneTitle: 'This invite link no longer works',
  goneText: 'An invite works once and for a few days. This one has been used, withdrawn, or has expired.',
  goneAsk: 'Ask the person who invited you for a new link. If you made your account with it already, sign in instead.',
  welcomeToast: 'Welcome, {name}',
  welcomeBody: 'You are signed in as {role, select, viewer {a viewer} editor {an editor} other {an admin}}.',
  joinTitle: 'Join this pledge tracker',
  invitedYou:
    '<strong>{name}</strong> invited you as {role, select, viewer {a viewer} editor {an editor} other {an admin}}.',
  worksUntil: 'The invite works once, until {date}.',
  signedInNote: 'You are signed in as {name}. Accepting makes a new account and signs you in as it instead.',
  formLabel: 'Accept the invite',
  submit: 'Join and sign in',
  submitting: 'Joining…',
  noLinkTitle: 'This page opens from an invite link',
  noLinkText:
    'An admin of this tracker sends invite links. Open yours (the whole of it, with the part after #) to make your account.',
  haveAccount: 'Have an account? <link>Sign in</link>.',
  checkFailedTitle: 'The invite could not be checked',
  checking: 'Checking your invite…',
});

export const newAccountWords = defineMessages('newAccount', {
  emailMissing: 'Enter your email address: it is how you sign in',
  nameMissing: 'Give your name as others should see it in the history',
  nameOneLine: 'A name is one line',
  notSame: 'The two passwords are not the same',
  typeAgain: 'Type the password again',
  passwordHint:
    'At least {min, plural, one {# character} other {# characters}}. A few unrelated words make a strong one that is easy to remember.',
  yourName: 'Your name',
  nameHint: 'As others will see it in the history of every change you make.',
  emailHint: 'You sign in with it. It is not shown to readers.',
  password: 'Password',
  passwordAgain: 'Password again',
});

export const confirmEmailWords = defineMessages('confirmEmail', {
  title: 'Confirm your email',
  notWhole: 'This link is not whole: open the one in the mail as it is.',
  noLinkTitle: 'This page opens from a confirmation link',
  noLinkText:
    'When you change your email, a link is sent to the new address. Open that link (the whole of it, with the part after #) to confirm it.',
  changeAt: 'To change your email, go to <link>your account</link>.',
  confirming: 'Confirming your new email…',
  failedTitle: 'This link does not work',
  accountShows: 'Your account page shows the email you sign in with.',
  doneTitle: 'Your email is changed',
  doneText: 'From now on you sign in with <strong>{email}</strong>. The address you used before no longer signs in.',
});

export const accountWords = defineMessages('account', {
  nameSaved: 'Your name is saved',
  nameSavedBody: 'Changes from now on are recorded as {name}.',
  nameTitle: 'Your name',
  nameLede: 'Shown with every change you make.',
  saveName: 'Save name',
  name: 'Name',
  enterCurrent: 'Enter the password you use now',
  newNotSame: 'The two new passwords are not the same',
  typeNewAgain: 'Type the new password again',
  passwordChanged: 'Password changed',
  passwordChangedBody: 'Your other sessions were signed out; this one stays signed in.',
  passwordTitle: 'Password',
  passwordLede: 'Changing it signs you out everywhere else; this browser stays signed in.',
  changePassword: 'Change password',
  changing: 'Changing…',
  currentPassword: 'Current password',
  newPassword: 'New password',
  newPasswordAgain: 'New password again',
  signedOutEverywhere: 'Signed out everywhere',
  signedOutEverywhereBody: 'Every session of yours has ended, this one too. Sign in again to carry on.',
  sessionsTitle: 'Sessions',
  sessionsLede:
    'Signed in on a shared or lost device? End every session of yours at once, this one included. API tokens are not affected.',
  signOutEverywhere: 'Sign out everywhere',
  signOutEverywhereTitle: 'Sign out everywhere?',
  signingOut: 'Signing out…',
  signOutEverywhereText:
    'Every browser signed in as you is signed out, this one too. You will need your password to sign in again.',
});

export const emailWords = defineMessages('accountEmail', {
  dropped: 'Change dropped',
  droppedBody: 'The link sent for it no longer works.',
  dropFailed: 'Could not drop the change',
  waiting:
    '<strong>Waiting for confirmation.</strong> A link to confirm <strong>{email}</strong> was sent to that address; it works until {instant}.',
  untilOpened: 'Until it is opened, you sign in with <strong>{email}</strong>.',
  noMail:
    'No mail? Some trackers print their mail in the server’s log instead of sending it: ask whoever runs this one.',
  dropping: 'Dropping…',
  drop: 'Drop this change',
  alreadyYours: 'This is already your email',
  linkSent: 'Link sent',
  linkSentBody: 'Open the link sent to {email} to confirm it.',
  title: 'Email',
  lede: 'How you sign in; readers never see it. A new address is confirmed by a link sent to it before it signs in.',
  youSignInWith: 'You sign in with <strong>{email}</strong>.',
  noEmail: 'You have no email to sign in with yet.',
  change: 'Change email',
  sending: 'Sending the link…',
  newEmail: 'New email',
  newEmailHint: 'We send a link to it; your email changes when you open it.',
});

export const tokenWords = defineMessages('tokens', {
  read: 'Read only',
  readWrite: 'Read and write',
  formLabel: 'New API token',
  newToken: 'New token',
  create: 'Create token',
  creating: 'Creating…',
  name: 'Name',
  nameHint: 'After the script or service that will use it, so you know which to revoke.',
  namePlaceholder: 'Weekly export',
  nameMissing: 'Name the token after the script that uses it',
  scopeLegend: 'It may',
  scopeHintWrite: 'A token never does more than your role allows.',
  scopeHintRead: 'Your role reads only, so your tokens do too.',
  readHint: 'Read pledges, feeds and exports.',
  writeHint: 'Also record and change pledges, as you.',
  never: 'Never',
  revokeLabel: 'Revoke “{name}”',
  revoke: 'Revoke',
  revoked: 'Revoked “{name}”',
  revokedBody: 'Scripts using it are refused from now on.',
  title: 'API tokens',
  lede: 'For scripts and other tools. Send one as <code>Authorization: Bearer …</code>; it acts as you, within its scope.',
  newTitle: 'Your new token “{name}”',
  tokenLabel: 'Token',
  copyNow:
    '<strong>Copy it now: it will not be shown again.</strong> Only a fingerprint of it is kept, so if it is lost, revoke it and create another.',
  loading: 'Loading your tokens…',
  failed: 'Your tokens could not be loaded',
  tableLabel: 'Your API tokens',
  colMay: 'May',
  colCreated: 'Created',
  colLastUsed: 'Last used',
  colActions: 'Actions',
  none: 'No tokens yet.',
  confirmTitle: 'Revoke “{name}”?',
  confirm: 'Revoke token',
  revoking: 'Revoking…',
  confirmText:
    'Anything using this token is refused from now on. This cannot be undone; create a new token if it is needed again.',
});

export const peopleWords = defineMessages('people', {
  roleNow: '{name} is now {role, select, viewer {a viewer} editor {an editor} other {an admin}}',
  unlocked: '{name} can sign in again',
  unlockedBody: 'The lockout is lifted and the failed attempts forgotten.',
  you: '(you)',
  since: 'since {date}',
  notChosen: 'not chosen yet',
  roleOf: 'Role of {name}',
  locked: 'Locked',
  lockedDetail: 'until {instant} after {count, plural, one {# failed sign-in} other {# failed sign-ins}}',
  liftLabel: 'Lift lockout for {name}',
  lifting: 'Lifting…',
  lift: 'Lift lockout',
  failedLately: '{count, plural, one {# failed sign-in} other {# failed sign-ins}} lately',
  active: 'Active',
  removeLabel: 'Remove {name}',
  remove: 'Remove',
  removed: 'Removed {name}',
  removedBody: 'Their sessions and tokens have ended. The changes they made keep their name in the history.',
  title: 'People',
  lede: 'Who can sign in, and what each may do. A role change applies at once, in every session of theirs.',
  loading: 'Loading the people…',
  failed: 'The people could not be loaded',
  colName: 'Name',
  colEmail: 'Email',
  colRole: 'Role',
  colSignIn: 'Sign-in',
  colActions: 'Actions',
  removeTitle: 'Remove {name}?',
  removing: 'Removing…',
  removeText:
    'They are signed out everywhere and can no longer sign in; their API tokens stop working. What they recorded stays, under their name. To let them back, send a new invite.',
});

export const adminInviteWords = defineMessages('adminInvites', {
  formLabel: 'New invite',
  create: 'Create invite link',
  creating: 'Creating…',
  role: 'Role',
  note: 'Note (optional)',
  noteHint: 'Who it is for, to recognise it in the list. Only admins see it.',
  notePlaceholder: 'For Marta, the night desk',
  noNote: 'No note',
  meta: 'By {name}, <created>{createdAt}</created> · works until <expires>{expiresAt}</expires>',
  revokeLabel: 'Revoke the {role, select, viewer {viewer} editor {editor} other {admin}} invite',
  revokeLabelNoted: 'Revoke the {role, select, viewer {viewer} editor {editor} other {admin}} invite “{note}”',
  revoke: 'Revoke',
  revoked: 'Invite revoked',
  revokedBody: 'Its link no longer works.',
  title: 'Invites',
  lede: 'An invite is a link that makes one account with the role you choose. It works once, for a few days.',
  linkFor: 'Invite link for {role, select, viewer {a viewer} editor {an editor} other {an admin}}',
  linkLabel: 'Invite link',
  copyNow:
    '<strong>Copy it now: it will not be shown again.</strong> Send it to the person it is for, privately; whoever opens it first can use it. It works until {instant}.',
  waiting: 'Waiting to be used',
  loading: 'Loading the invites…',
  failed: 'The invites could not be loaded',
  pendingLabel: 'Pending invites',
  none: 'None: every invite has been used, revoked or has expired.',
  revokeTitle: 'Revoke this invite?',
  revokeConfirm: 'Revoke invite',
  revoking: 'Revoking…',
  revokeText:
    'The {role, select, viewer {viewer} editor {editor} other {admin}} invite stops working. Anyone who has the link is told it no longer works.',
  revokeTextNoted:
    'The {role, select, viewer {viewer} editor {editor} other {admin}} invite “{note}” stops working. Anyone who has the link is told it no longer works.',
});

export const visibilityWords = defineMessages('visibility', {
  public: 'Public',
  publicHint: 'Anyone with the address reads the pledges, feeds and history. Only editors change them.',
  private: 'Private',
  privateHint: 'Only people signed in here read anything. Visitors see a sign-in page.',
  nowPrivate: 'The tracker is private',
  nowPublic: 'The tracker is public',
  title: 'Who may read',
  loading: 'Loading the settings…',
  failed: 'The settings could not be loaded',
  lede: 'Editing always needs an editor’s account. Reading can be open to all, or to the people here.',
  saved: 'Saved',
  makeIt: '{visibility, select, public {Make it public} other {Make it private}}',
  legend: 'Visibility',
  now: '(now)',
});
