// The route table: every page's path, in one place.
export const paths = {
  home: '/',
  pledge: '/pledges/$id',
  newPledge: '/pledges/new',
  editPledge: '/pledges/$id/edit',
  trash: '/trash',
  intake: '/intake',
  parties: '/parties',
  savedView: '/v/$slug',
  signIn: '/sign-in',
  welcome: '/welcome',
  invite: '/invite',
  confirmEmail: '/confirm-email',
  account: '/account',
  admin: '/admin',
} as const;

/** The pages that let someone in: open to everyone, even on a private tracker. */
export const ENTRY_PAGES: readonly string[] = [paths.signIn, paths.welcome, paths.invite, paths.confirmEmail];
