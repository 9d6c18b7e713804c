// The account routes, which only the Node server has (the demo has no one to sign in): signing
// in and out, the owner's link, the person's own account and API tokens, invites, users and
// settings. Declared like every other endpoint (src/server/api/endpoint.ts): who may call each is
// in the shared table, and the access guard enforces it before the handler runs.
import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  accountPatchSchema,
  accountSchema,
  confirmedEmailSchema,
  createdInviteSchema,
  emailChangeSchema,
  emailConfirmSchema,
  createdTokenSchema,
  inviteAcceptSchema,
  inviteCheckSchema,
  inviteCreateSchema,
  inviteListSchema,
  invitePreviewSchema,
  linkSignInSchema,
  passwordChangeSchema,
  pendingEmailSchema,
  SESSION_COOKIE,
  sessionInfoSchema,
  settingsSchema,
  signInSchema,
  tokenCreateSchema,
  tokenListSchema,
  userListSchema,
  userPatchSchema,
  userSummarySchema,
  type SessionInfo,
} from '@shared/contract';
import { sessionInfoOf, type Principal } from '@server/api/access';
import { jsonAnswer, jsonBody } from '@server/api/docs';
import { collectionEndpoints, endpoint } from '@server/api/endpoint';
import type { ApiEnv } from '@server/api/env';
import { ApiError } from '@server/api/errors';
import { servedOverHttps } from '../securityHeaders';
import type { Accounts, SignedIn } from './accounts';

type App = OpenAPIHono<ApiEnv>;

/** No account request needs more than this. */
const ACCOUNT_BODY_BYTES = 8 * 1024;
const idParams = z.object({ id: z.string().max(64) });

const signInRoute = endpoint('session', 'POST', {
  summary: 'Sign in with email and password; sets the session cookie',
  description:
    'Failed attempts slow down per account and per address (429 with Retry-After), then lock the account for an hour; an admin can lift the lock.',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(signInSchema),
  responses: { 200: jsonAnswer('Signed in', sessionInfoSchema) },
  errors: ['unauthenticated', 'forbidden', 'rate_limited'],
});

const signInWithLinkRoute = endpoint('sessionLink', 'POST', {
  summary: 'Sign in with the one-time link the server printed at first start',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(linkSignInSchema),
  responses: { 200: jsonAnswer('Signed in as the owner, who sets a password next', sessionInfoSchema) },
  errors: ['unauthenticated'],
});

const signOutRoute = endpoint('session', 'DELETE', {
  summary: 'Sign out of this browser',
  responses: { 204: { description: 'Signed out' } },
  errors: ['forbidden'],
});

const signOutEverywhereRoute = endpoint('signOutEverywhere', 'POST', {
  summary: 'End every session of the signed-in person, this one included',
  responses: { 204: { description: 'Signed out everywhere' } },
});

const updateAccountRoute = endpoint('account', 'PATCH', {
  summary: 'Change your name, or set a first email',
  description:
    'Another email than the one the account has is asked for with PUT /api/account/email, and confirmed from the new address.',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(accountPatchSchema),
  responses: { 200: jsonAnswer('The account', accountSchema) },
});

const pendingEmailRoute = endpoint('accountEmail', 'GET', {
  summary: 'The change of your email that waits for its link, if any',
  responses: { 200: jsonAnswer('The pending change, or null', pendingEmailSchema) },
});

const requestEmailRoute = endpoint('accountEmail', 'PUT', {
  summary: 'Ask to sign in with another email; a link sent to it confirms the change',
  description:
    'The answer is the same whether the address is free or already has an account: a free address gets the link, a taken one a note to its owner. Until the link is opened, the current email keeps signing in. One request a minute (429 with Retry-After).',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(emailChangeSchema),
  responses: { 202: jsonAnswer('Waiting for the link', pendingEmailSchema) },
  errors: ['rate_limited'],
});

const cancelEmailRoute = endpoint('accountEmail', 'DELETE', {
  summary: 'Drop the change of your email that waits for its link',
  responses: { 204: { description: 'Dropped (or there was none)' } },
});

const confirmEmailRoute = endpoint('accountEmailConfirm', 'POST', {
  summary: 'Confirm a change of email with the link sent to the new address',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(emailConfirmSchema),
  responses: { 200: jsonAnswer('The email that signs in from now on', confirmedEmailSchema) },
  errors: ['not_found'],
});

const changePasswordRoute = endpoint('password', 'PUT', {
  summary: 'Set or change your password; your other sessions end',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(passwordChangeSchema),
  responses: { 204: { description: 'Changed' } },
});

const tokenRoutes = collectionEndpoints(
  { list: 'tokens', item: 'token' },
  {
    list: { summary: 'Your API tokens (never their secrets)', answer: 'Tokens', schema: tokenListSchema },
    create: {
      summary: 'Create an API token; its secret is in this answer only',
      answer: 'The token, with its secret',
      body: tokenCreateSchema,
      schema: createdTokenSchema,
      maxBodyBytes: ACCOUNT_BODY_BYTES,
    },
    remove: { summary: 'Revoke one of your API tokens', answer: 'Revoked', params: idParams },
  },
);

const checkInviteRoute = endpoint('inviteCheck', 'POST', {
  summary: 'What an invite link offers (its role, who sent it), before accepting it',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(inviteCheckSchema),
  responses: { 200: jsonAnswer('The invite', invitePreviewSchema) },
  errors: ['not_found'],
});

const acceptInviteRoute = endpoint('inviteAccept', 'POST', {
  summary: 'Accept an invite: create the account and sign in',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(inviteAcceptSchema),
  responses: { 201: jsonAnswer('Signed in', sessionInfoSchema) },
  errors: ['not_found', 'forbidden'],
});

const inviteRoutes = collectionEndpoints(
  { list: 'invites', item: 'invite' },
  {
    list: { summary: 'Pending invites (admin)', answer: 'Invites', schema: inviteListSchema },
    create: {
      summary: 'Invite someone with a role (admin); the link’s token is in this answer only',
      answer: 'The invite, with its token',
      body: inviteCreateSchema,
      schema: createdInviteSchema,
      maxBodyBytes: ACCOUNT_BODY_BYTES,
    },
    remove: { summary: 'Revoke a pending invite (admin)', answer: 'Revoked', params: idParams },
  },
);

const listUsersRoute = endpoint('users', 'GET', {
  summary: 'Everyone with an account (admin)',
  responses: { 200: jsonAnswer('Users', userListSchema) },
});

const setRoleRoute = endpoint('user', 'PATCH', {
  summary: 'Change someone’s role (admin); the last admin stays one',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: { params: idParams, ...jsonBody(userPatchSchema) },
  responses: { 200: jsonAnswer('The user', userSummarySchema) },
  errors: ['not_found'],
});

const removeUserRoute = endpoint('user', 'DELETE', {
  summary: 'Remove someone’s account (admin); what they did stays in the history under their name',
  request: { params: idParams },
  responses: { 204: { description: 'Removed' } },
  errors: ['invalid_input', 'not_found'],
});

const unlockRoute = endpoint('userUnlock', 'POST', {
  summary: 'Lift a sign-in lockout (admin)',
  request: { params: idParams },
  responses: { 200: jsonAnswer('The user', userSummarySchema) },
  errors: ['not_found'],
});

const getSettingsRoute = endpoint('settings', 'GET', {
  summary: 'The instance’s settings',
  responses: { 200: jsonAnswer('Settings', settingsSchema) },
});

const setVisibilityRoute = endpoint('settings', 'PUT', {
  summary: 'Make the instance public or private (admin)',
  maxBodyBytes: ACCOUNT_BODY_BYTES,
  request: jsonBody(settingsSchema),
  responses: { 200: jsonAnswer('Settings', settingsSchema) },
});

export interface AccountRouteOptions {
  accounts: Accounts;
  /** Believe X-Forwarded-Proto (for the cookie's Secure flag behind an HTTPS proxy). */
  trustProxy: boolean;
}

function me(c: Context<ApiEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new ApiError('unauthenticated', 'Sign in to do this.');
  return principal;
}

export function registerAccountRoutes(app: App, { accounts, trustProxy }: AccountRouteOptions): void {
  const overHttps = (c: Context) => servedOverHttps(c.req.raw, { trustProxy });

  /** Sets the new session's cookie and answers who is now signed in. */
  const startSession = async (c: Context<ApiEnv>, signedIn: SignedIn): Promise<SessionInfo> => {
    setCookie(c, SESSION_COOKIE, signedIn.sessionToken, {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      secure: overHttps(c),
      maxAge: accounts.sessionSeconds,
    });
    return sessionInfoOf(signedIn.principal, accounts);
  };
  const endSession = (c: Context<ApiEnv>) => deleteCookie(c, SESSION_COOKIE, { path: '/', secure: overHttps(c) });
  const previous = (c: Context<ApiEnv>) => getCookie(c, SESSION_COOKIE);

  // ── sessions ──
  app.openapi(signInRoute, async (c) => {
    const { email, password } = c.req.valid('json');
    return c.json(
      await startSession(c, await accounts.signIn(email, password, c.env?.address ?? 'unknown', previous(c))),
      200,
    );
  });

  app.openapi(signInWithLinkRoute, async (c) =>
    c.json(await startSession(c, await accounts.signInWithLink(c.req.valid('json').token, previous(c))), 200),
  );

  app.openapi(signOutRoute, async (c) => {
    await accounts.signOut(c.get('principal'));
    endSession(c);
    return c.body(null, 204);
  });

  app.openapi(signOutEverywhereRoute, async (c) => {
    await accounts.signOutEverywhere(me(c).userId);
    endSession(c);
    return c.body(null, 204);
  });

  // ── the person's own account ──
  app.openapi(updateAccountRoute, async (c) => c.json(await accounts.updateAccount(me(c), c.req.valid('json')), 200));

  app.openapi(pendingEmailRoute, async (c) => c.json(await accounts.emailChanges.pending(me(c).userId), 200));

  app.openapi(requestEmailRoute, async (c) =>
    c.json(
      // The link points where this request came: the Host is checked (publicHost.ts), and is PUBLIC_URL's when set.
      await accounts.emailChanges.request(me(c), c.req.valid('json').email, new URL(c.req.url).origin),
      202,
    ),
  );

  app.openapi(cancelEmailRoute, async (c) => {
    await accounts.emailChanges.cancel(me(c).userId);
    return c.body(null, 204);
  });

  app.openapi(confirmEmailRoute, async (c) =>
    c.json(await accounts.emailChanges.confirm(c.req.valid('json').token), 200),
  );

  app.openapi(changePasswordRoute, async (c) => {
    await accounts.changePassword(me(c), c.req.valid('json'));
    return c.body(null, 204);
  });

  app.openapi(tokenRoutes.list, async (c) => c.json({ items: await accounts.tokens(me(c).userId) }, 200));

  app.openapi(tokenRoutes.create, async (c) =>
    c.json(await accounts.createToken(me(c).userId, c.req.valid('json')), 201),
  );

  app.openapi(tokenRoutes.remove, async (c) => {
    await accounts.revokeToken(me(c).userId, c.req.valid('param').id);
    return c.body(null, 204);
  });

  // ── invites ──
  app.openapi(checkInviteRoute, async (c) => c.json(await accounts.checkInvite(c.req.valid('json').token), 200));

  app.openapi(acceptInviteRoute, async (c) =>
    c.json(await startSession(c, await accounts.acceptInvite(c.req.valid('json'), previous(c))), 201),
  );

  app.openapi(inviteRoutes.list, async (c) => c.json({ items: await accounts.invites() }, 200));

  app.openapi(inviteRoutes.create, async (c) => c.json(await accounts.createInvite(me(c), c.req.valid('json')), 201));

  app.openapi(inviteRoutes.remove, async (c) => {
    await accounts.revokeInvite(c.req.valid('param').id);
    return c.body(null, 204);
  });

  // ── users and settings ──
  app.openapi(listUsersRoute, async (c) => c.json({ items: await accounts.users() }, 200));

  app.openapi(setRoleRoute, async (c) =>
    c.json(await accounts.setRole(c.req.valid('param').id, c.req.valid('json').role), 200),
  );

  app.openapi(removeUserRoute, async (c) => {
    await accounts.removeUser(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(unlockRoute, async (c) => c.json(await accounts.unlock(c.req.valid('param').id), 200));

  app.openapi(getSettingsRoute, async (c) => c.json({ visibility: await accounts.visibility() }, 200));

  app.openapi(setVisibilityRoute, async (c) =>
    c.json({ visibility: await accounts.setVisibility(c.req.valid('json').visibility) }, 200),
  );
}
