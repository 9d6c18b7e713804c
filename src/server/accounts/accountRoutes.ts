// The account routes, which only the Node server has (the demo has no one to sign in): signing
// in and out, the owner's link, the person's own account and API tokens, invites, users and
// settings. Who may call each is decided before them by the access guard (requirementOf).
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  ACCOUNT_PATHS,
  accountPatchSchema,
  accountSchema,
  createdInviteSchema,
  createdTokenSchema,
  inviteAcceptSchema,
  inviteCheckSchema,
  inviteCreateSchema,
  inviteListSchema,
  invitePreviewSchema,
  linkSignInSchema,
  passwordChangeSchema,
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
import { sessionInfoOf, type Principal } from '../api/access';
import { errorResponses } from '../api/docs';
import type { ApiEnv } from '../api/env';
import { ApiError } from '../api/errors';
import { limitBodyTo, requireJson } from '../api/requestChecks';
import { servedOverHttps } from '../securityHeaders';
import type { Accounts, SignedIn } from './accounts';

type App = OpenAPIHono<ApiEnv>;

const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
const jsonAnswer = <S extends z.ZodType>(description: string, schema: S) => ({
  description,
  content: { 'application/json': { schema } },
});
const smallBody = limitBodyTo(8 * 1024);
const idParams = z.object({ id: z.string().max(64) });

export const ACCOUNT_METHODS: [path: string, methods: string[]][] = [
  [ACCOUNT_PATHS.session, ['GET', 'POST', 'DELETE']],
  [ACCOUNT_PATHS.sessionLink, ['POST']],
  [ACCOUNT_PATHS.signOutEverywhere, ['POST']],
  [ACCOUNT_PATHS.account, ['PATCH']],
  [ACCOUNT_PATHS.password, ['PUT']],
  [ACCOUNT_PATHS.tokens, ['GET', 'POST']],
  ['/api/tokens/:id', ['DELETE']],
  [ACCOUNT_PATHS.inviteCheck, ['POST']],
  [ACCOUNT_PATHS.inviteAccept, ['POST']],
  [ACCOUNT_PATHS.invites, ['GET', 'POST']],
  ['/api/invites/:id', ['DELETE']],
  [ACCOUNT_PATHS.users, ['GET']],
  ['/api/users/:id', ['PATCH', 'DELETE']],
  ['/api/users/:id/unlock', ['POST']],
  [ACCOUNT_PATHS.settings, ['GET', 'PUT']],
];

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
  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.session,
      summary: 'Sign in with email and password; sets the session cookie',
      description:
        'Failed attempts slow down per account and per address (429 with Retry-After), then lock the account for an hour; an admin can lift the lock.',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(signInSchema),
      responses: {
        200: jsonAnswer('Signed in', sessionInfoSchema),
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden', 'rate_limited'),
      },
    }),
    async (c) => {
      const { email, password } = c.req.valid('json');
      return c.json(
        await startSession(c, await accounts.signIn(email, password, c.env?.address ?? 'unknown', previous(c))),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.sessionLink,
      summary: 'Sign in with the one-time link the server printed at first start',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(linkSignInSchema),
      responses: {
        200: jsonAnswer('Signed in as the owner, who sets a password next', sessionInfoSchema),
        ...errorResponses('invalid_input', 'unauthenticated'),
      },
    }),
    async (c) =>
      c.json(await startSession(c, await accounts.signInWithLink(c.req.valid('json').token, previous(c))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: ACCOUNT_PATHS.session,
      summary: 'Sign out of this browser',
      responses: { 204: { description: 'Signed out' }, ...errorResponses('forbidden') },
    }),
    async (c) => {
      await accounts.signOut(c.get('principal'));
      endSession(c);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.signOutEverywhere,
      summary: 'End every session of the signed-in person, this one included',
      responses: { 204: { description: 'Signed out everywhere' }, ...errorResponses('unauthenticated', 'forbidden') },
    }),
    async (c) => {
      await accounts.signOutEverywhere(me(c).userId);
      endSession(c);
      return c.body(null, 204);
    },
  );

  // ── the person's own account ──
  app.openapi(
    createRoute({
      method: 'patch',
      path: ACCOUNT_PATHS.account,
      summary: 'Change your name or email',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(accountPatchSchema),
      responses: {
        200: jsonAnswer('The account', accountSchema),
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json(await accounts.updateAccount(me(c), c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: ACCOUNT_PATHS.password,
      summary: 'Set or change your password; your other sessions end',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(passwordChangeSchema),
      responses: {
        204: { description: 'Changed' },
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => {
      await accounts.changePassword(me(c), c.req.valid('json'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: ACCOUNT_PATHS.tokens,
      summary: 'Your API tokens (never their secrets)',
      responses: { 200: jsonAnswer('Tokens', tokenListSchema), ...errorResponses('unauthenticated', 'forbidden') },
    }),
    async (c) => c.json({ items: await accounts.tokens(me(c).userId) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.tokens,
      summary: 'Create an API token; its secret is in this answer only',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(tokenCreateSchema),
      responses: {
        201: jsonAnswer('The token, with its secret', createdTokenSchema),
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json(await accounts.createToken(me(c).userId, c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/tokens/{id}',
      summary: 'Revoke one of your API tokens',
      request: { params: idParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses('not_found', 'unauthenticated', 'forbidden') },
    }),
    async (c) => {
      await accounts.revokeToken(me(c).userId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  // ── invites ──
  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.inviteCheck,
      summary: 'What an invite link offers (its role, who sent it), before accepting it',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(inviteCheckSchema),
      responses: {
        200: jsonAnswer('The invite', invitePreviewSchema),
        ...errorResponses('invalid_input', 'not_found'),
      },
    }),
    async (c) => c.json(await accounts.checkInvite(c.req.valid('json').token), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.inviteAccept,
      summary: 'Accept an invite: create the account and sign in',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(inviteAcceptSchema),
      responses: {
        201: jsonAnswer('Signed in', sessionInfoSchema),
        ...errorResponses('invalid_input', 'not_found', 'forbidden'),
      },
    }),
    async (c) => c.json(await startSession(c, await accounts.acceptInvite(c.req.valid('json'), previous(c))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: ACCOUNT_PATHS.invites,
      summary: 'Pending invites (admin)',
      responses: { 200: jsonAnswer('Invites', inviteListSchema), ...errorResponses('unauthenticated', 'forbidden') },
    }),
    async (c) => c.json({ items: await accounts.invites() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: ACCOUNT_PATHS.invites,
      summary: 'Invite someone with a role (admin); the link’s token is in this answer only',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(inviteCreateSchema),
      responses: {
        201: jsonAnswer('The invite, with its token', createdInviteSchema),
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json(await accounts.createInvite(me(c), c.req.valid('json')), 201),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/invites/{id}',
      summary: 'Revoke a pending invite (admin)',
      request: { params: idParams },
      responses: { 204: { description: 'Revoked' }, ...errorResponses('not_found', 'unauthenticated', 'forbidden') },
    }),
    async (c) => {
      await accounts.revokeInvite(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  // ── users and settings ──
  app.openapi(
    createRoute({
      method: 'get',
      path: ACCOUNT_PATHS.users,
      summary: 'Everyone with an account (admin)',
      responses: { 200: jsonAnswer('Users', userListSchema), ...errorResponses('unauthenticated', 'forbidden') },
    }),
    async (c) => c.json({ items: await accounts.users() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/api/users/{id}',
      summary: 'Change someone’s role (admin); the last admin stays one',
      middleware: [smallBody, requireJson] as const,
      request: { params: idParams, ...jsonBody(userPatchSchema) },
      responses: {
        200: jsonAnswer('The user', userSummarySchema),
        ...errorResponses('invalid_input', 'not_found', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json(await accounts.setRole(c.req.valid('param').id, c.req.valid('json').role), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/api/users/{id}',
      summary: 'Remove someone’s account (admin); what they did stays in the history under their name',
      request: { params: idParams },
      responses: {
        204: { description: 'Removed' },
        ...errorResponses('invalid_input', 'not_found', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => {
      await accounts.removeUser(c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/api/users/{id}/unlock',
      summary: 'Lift a sign-in lockout (admin)',
      request: { params: idParams },
      responses: {
        200: jsonAnswer('The user', userSummarySchema),
        ...errorResponses('not_found', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json(await accounts.unlock(c.req.valid('param').id), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: ACCOUNT_PATHS.settings,
      summary: 'The instance’s settings',
      responses: { 200: jsonAnswer('Settings', settingsSchema), ...errorResponses('unauthenticated') },
    }),
    async (c) => c.json({ visibility: await accounts.visibility() }, 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: ACCOUNT_PATHS.settings,
      summary: 'Make the instance public or private (admin)',
      middleware: [smallBody, requireJson] as const,
      request: jsonBody(settingsSchema),
      responses: {
        200: jsonAnswer('Settings', settingsSchema),
        ...errorResponses('invalid_input', 'unauthenticated', 'forbidden'),
      },
    }),
    async (c) => c.json({ visibility: await accounts.setVisibility(c.req.valid('json').visibility) }, 200),
  );
}
