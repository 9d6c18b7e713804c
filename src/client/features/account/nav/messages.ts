// The words of the header's account corner, which every page loads: kept apart from the account
// pages' words, so the home page carries only these.
import { defineMessages } from '@shared/i18n';

export const roleWords = defineMessages('role', {
  viewer: 'Viewer',
  editor: 'Editor',
  admin: 'Admin',
});

export const navWords = defineMessages('accountNav', {
  menu: '{name}, {role}',
  signIn: 'Sign in',
  demoTitle: 'This demo has no accounts: every visitor edits as the demo editor.',
  demoInitial: 'D',
  demoEditor: 'Demo editor',
});
