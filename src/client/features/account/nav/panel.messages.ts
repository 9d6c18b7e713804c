// The account menu's panel: it loads when the menu is first opened.
import { defineMessages } from '@shared/i18n';

export const accountPanelWords = defineMessages('accountNavPanel', {
  signedInAs: 'Signed in as <strong>{name}</strong>',
  account: 'Account',
  admin: 'Admin',
  signOut: 'Sign out',
  signingOut: 'Signing out…',
  signedOut: 'Signed out',
  signedOutBody: 'You are no longer signed in on this browser.',
  signOutFailed: 'Could not sign out',
});
