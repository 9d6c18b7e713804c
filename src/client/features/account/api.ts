// The account endpoints: signing in and out, one's own account and API tokens, and for admins
// the users, invites and settings. Every answer is parsed with the shared contract.
import { queryOptions } from '@tanstack/react-query';
import {
  API_PATHS,
  type Account,
  type AccountPatch,
  type ConfirmedEmail,
  type CreatedInvite,
  type CreatedToken,
  type InviteAccept,
  type InviteCreate,
  type InvitePreview,
  type PasswordChange,
  type PendingEmail,
  type Role,
  type SessionInfo,
  type Settings,
  type SignIn,
  type TokenCreate,
  type UserSummary,
  type Visibility,
} from '@shared/contract';
import {
  accountSchema,
  confirmedEmailSchema,
  createdInviteSchema,
  createdTokenSchema,
  inviteListSchema,
  invitePreviewSchema,
  pendingEmailSchema,
  sessionInfoSchema,
  settingsSchema,
  tokenListSchema,
  userListSchema,
  userSummarySchema,
} from '@client/lib/response-schemas';
import { apiRequest, NO_CONTENT } from '@client/lib/api-client';
import { accountKeys } from '@client/lib/query-keys';

// ── signing in and out ────────────────────────────────────────────────────────────────────

export async function signIn(body: SignIn): Promise<SessionInfo> {
  return (await apiRequest(API_PATHS.session, { schema: sessionInfoSchema, method: 'POST', body })).data;
}

export async function signInWithLink(token: string): Promise<SessionInfo> {
  return (await apiRequest(API_PATHS.sessionLink, { schema: sessionInfoSchema, method: 'POST', body: { token } })).data;
}

export async function signOut(): Promise<void> {
  await apiRequest(API_PATHS.session, { schema: NO_CONTENT, method: 'DELETE' });
}

export async function signOutEverywhere(): Promise<void> {
  await apiRequest(API_PATHS.signOutEverywhere, { schema: NO_CONTENT, method: 'POST', body: {} });
}

// ── one's own account ────────────────────────────────────────────────────────────────────

export async function updateAccount(patch: AccountPatch): Promise<Account> {
  return (await apiRequest(API_PATHS.account, { schema: accountSchema, method: 'PATCH', body: patch })).data;
}

export function pendingEmailOptions() {
  return queryOptions({
    queryKey: accountKeys.email(),
    queryFn: async ({ signal }) =>
      (await apiRequest(API_PATHS.accountEmail, { schema: pendingEmailSchema, signal })).data,
  });
}

/** Asks to sign in with `email`: a link sent to it confirms the change. */
export async function requestEmailChange(email: string): Promise<PendingEmail> {
  return (await apiRequest(API_PATHS.accountEmail, { schema: pendingEmailSchema, method: 'PUT', body: { email } }))
    .data;
}

export async function cancelEmailChange(): Promise<void> {
  await apiRequest(API_PATHS.accountEmail, { schema: NO_CONTENT, method: 'DELETE' });
}

export async function confirmEmail(token: string): Promise<ConfirmedEmail> {
  return (
    await apiRequest(API_PATHS.accountEmailConfirm, { schema: confirmedEmailSchema, method: 'POST', body: { token } })
  ).data;
}

export async function changePassword(body: PasswordChange): Promise<void> {
  await apiRequest(API_PATHS.password, { schema: NO_CONTENT, method: 'PUT', body });
}

export function tokensOptions() {
  return queryOptions({
    queryKey: accountKeys.tokens(),
    queryFn: async ({ signal }) => (await apiRequest(API_PATHS.tokens, { schema: tokenListSchema, signal })).data.items,
  });
}

export async function createToken(body: TokenCreate): Promise<CreatedToken> {
  return (await apiRequest(API_PATHS.tokens, { schema: createdTokenSchema, method: 'POST', body })).data;
}

export async function revokeToken(id: string): Promise<void> {
  await apiRequest(API_PATHS.token(id), { schema: NO_CONTENT, method: 'DELETE' });
}

// ── invites, from either side ────────────────────────────────────────────────────────────

export async function checkInvite(token: string, signal?: AbortSignal): Promise<InvitePreview> {
  return (
    await apiRequest(API_PATHS.inviteCheck, {
      schema: invitePreviewSchema,
      method: 'POST',
      body: { token },
      signal,
    })
  ).data;
}

export async function acceptInvite(body: InviteAccept): Promise<SessionInfo> {
  return (await apiRequest(API_PATHS.inviteAccept, { schema: sessionInfoSchema, method: 'POST', body })).data;
}

export function invitesOptions() {
  return queryOptions({
    queryKey: accountKeys.invites(),
    queryFn: async ({ signal }) =>
      (await apiRequest(API_PATHS.invites, { schema: inviteListSchema, signal })).data.items,
  });
}

export async function createInvite(body: InviteCreate): Promise<CreatedInvite> {
  return (await apiRequest(API_PATHS.invites, { schema: createdInviteSchema, method: 'POST', body })).data;
}

export async function revokeInvite(id: string): Promise<void> {
  await apiRequest(API_PATHS.invite(id), { schema: NO_CONTENT, method: 'DELETE' });
}

// ── users and settings (admins) ──────────────────────────────────────────────────────────

export function usersOptions() {
  return queryOptions({
    queryKey: accountKeys.users(),
    queryFn: async ({ signal }) => (await apiRequest(API_PATHS.users, { schema: userListSchema, signal })).data.items,
  });
}

export async function setUserRole(id: string, role: Role): Promise<UserSummary> {
  return (await apiRequest(API_PATHS.user(id), { schema: userSummarySchema, method: 'PATCH', body: { role } })).data;
}

export async function unlockUser(id: string): Promise<UserSummary> {
  return (await apiRequest(API_PATHS.userUnlock(id), { schema: userSummarySchema, method: 'POST', body: {} })).data;
}

export async function removeUser(id: string): Promise<void> {
  await apiRequest(API_PATHS.user(id), { schema: NO_CONTENT, method: 'DELETE' });
}

export function settingsOptions() {
  return queryOptions({
    queryKey: accountKeys.settings(),
    queryFn: async ({ signal }) => (await apiRequest(API_PATHS.settings, { schema: settingsSchema, signal })).data,
  });
}

export async function setVisibility(visibility: Visibility): Promise<Settings> {
  return (await apiRequest(API_PATHS.settings, { schema: settingsSchema, method: 'PUT', body: { visibility } })).data;
}
