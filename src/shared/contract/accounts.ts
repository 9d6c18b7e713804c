// Accounts: who may read and who may change the record. One definition for the server, the
// client and the demo's mock. Secrets (passwords, session ids, link and API tokens) travel only
// in requests and in the one answer that creates them; no answer ever carries a hash.
import { z } from 'zod';
import { instantSchema, textSchema } from './primitives';
import { ROLES } from './roles';

export * from './roles';

export const roleSchema = /* @__PURE__ */ z.enum(ROLES).meta({ id: 'Role' });

/** public: anyone reads, signed-in editors write. private: only signed-in people read. */
export const visibilitySchema = /* @__PURE__ */ z.enum(['public', 'private']).meta({ id: 'Visibility' });
export type Visibility = z.infer<typeof visibilitySchema>;

/** What an API token may do; a token never does more than its owner's role allows. */
export const tokenScopeSchema = /* @__PURE__ */ z.enum(['read', 'read-write']).meta({ id: 'TokenScope' });
export type TokenScope = z.infer<typeof tokenScopeSchema>;

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const USER_NAME_MAX = 80;
export const EMAIL_MAX = 254;
export const TOKEN_NAME_MAX = 80;

/**
 * The length of a new password. Passwords anyone would guess (one character repeated, a run, a
 * common one) are refused by the server, which says why on the field (src/server/accounts).
 */
export const passwordSchema = /* @__PURE__ */ z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`);

export const userNameSchema = /* @__PURE__ */ textSchema(USER_NAME_MAX)
  .pipe(z.string().min(1, 'Give your name as others should see it in the history'))
  .refine((s) => !/[\r\n\t]/.test(s), 'A name is one line');

/** Compared and stored lowercased and trimmed. */
export const emailSchema = /* @__PURE__ */ z
  .string()
  .trim()
  .toLowerCase()
  .max(EMAIL_MAX, `At most ${EMAIL_MAX} characters`)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Use an email address such as name@example.org');

/** A secret from a link or a token: letters, digits, - and _ (base64url), at most 128. */
export const secretSchema = /* @__PURE__ */ z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'Not a valid link or token');

export const userIdSchema = /* @__PURE__ */ z.string().regex(/^u_[A-Za-z0-9_-]{8,40}$/, 'Not a user id');

/** The signed-in person, as they see themselves. */
export const accountSchema = /* @__PURE__ */ z
  .object({
    id: userIdSchema,
    name: z.string(),
    /** null until the owner has chosen one after the first sign-in link. */
    email: z.string().nullable(),
    role: roleSchema,
    /** True until a password is set (the owner right after the first-start link). */
    needsPassword: z.boolean(),
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof accountSchema>;

/** GET /api/session: who is asking and what the instance allows. Always 200. */
export const sessionInfoSchema = /* @__PURE__ */ z
  .object({
    /** null when signed out. */
    account: accountSchema.nullable(),
    visibility: visibilitySchema,
    /** false in the demo (MSW), where everyone is the demo editor and there is nothing to sign in to. */
    accounts: z.boolean(),
    /** How the request was identified. */
    via: z.enum(['session', 'token', 'demo', 'anonymous']),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const signInSchema = /* @__PURE__ */ z
  .object({ email: emailSchema, password: z.string().min(1, 'Enter your password').max(PASSWORD_MAX) })
  .strict()
  .meta({ id: 'SignIn' });
export type SignIn = z.infer<typeof signInSchema>;

/** POST /api/session/link: the token of a one-time sign-in link (the owner's first start). */
export const linkSignInSchema = /* @__PURE__ */ z.object({ token: secretSchema }).strict().meta({ id: 'LinkSignIn' });
export type LinkSignIn = z.infer<typeof linkSignInSchema>;

/**
 * PATCH /api/account. `email` sets a first email only (the owner's, after the first-start link)
 * or repeats the current one: another address is asked for at /api/account/email, and confirmed.
 */
export const accountPatchSchema = /* @__PURE__ */ z
  .object({ name: userNameSchema.optional(), email: emailSchema.optional() })
  .strict()
  .refine((p) => p.name !== undefined || p.email !== undefined, 'Send a name or an email')
  .meta({ id: 'AccountPatch' });
export type AccountPatch = z.infer<typeof accountPatchSchema>;

/**
 * PUT /api/account/email: sign in with another address from now on. The change waits for the
 * link sent to that address; the answer is the same whether the address is free or not.
 */
export const emailChangeSchema = /* @__PURE__ */ z.object({ email: emailSchema }).strict().meta({ id: 'EmailChange' });
export type EmailChange = z.infer<typeof emailChangeSchema>;

/** GET and PUT /api/account/email: the change of email waiting for its link, if any. */
export const pendingEmailSchema = /* @__PURE__ */ z
  .object({ pending: z.object({ email: z.string(), expiresAt: instantSchema }).nullable() })
  .meta({ id: 'PendingEmail' });
export type PendingEmail = z.infer<typeof pendingEmailSchema>;

/** POST /api/account/email/confirm: the token of the link sent to the new address. */
export const emailConfirmSchema = /* @__PURE__ */ z
  .object({ token: secretSchema })
  .strict()
  .meta({ id: 'EmailConfirm' });
export type EmailConfirm = z.infer<typeof emailConfirmSchema>;

/** The address one signs in with from now on. */
export const confirmedEmailSchema = /* @__PURE__ */ z.object({ email: z.string() }).meta({ id: 'ConfirmedEmail' });
export type ConfirmedEmail = z.infer<typeof confirmedEmailSchema>;

/** PUT /api/account/password. `current` is required once a password exists. Other sessions end. */
export const passwordChangeSchema = /* @__PURE__ */ z
  .object({ current: z.string().max(PASSWORD_MAX).optional(), next: passwordSchema })
  .strict()
  .meta({ id: 'PasswordChange' });
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

// ── invites ────────────────────────────────────────────────────────────────────────────────

export const inviteCreateSchema = /* @__PURE__ */ z
  .object({ role: roleSchema, note: textSchema(120).optional() })
  .strict()
  .meta({ id: 'InviteCreate' });
export type InviteCreate = z.infer<typeof inviteCreateSchema>;

export const inviteSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    role: roleSchema,
    note: z.string().optional(),
    createdAt: instantSchema,
    expiresAt: instantSchema,
    createdBy: z.string(),
  })
  .meta({ id: 'Invite' });
export type Invite = z.infer<typeof inviteSchema>;

/** The answer to creating an invite: its token is shown this once. */
export const createdInviteSchema = /* @__PURE__ */ inviteSchema
  .extend({ token: secretSchema })
  .meta({ id: 'CreatedInvite' });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;

/** POST /api/invites/check { token }: what an invite offers, before accepting it. */
export const inviteCheckSchema = /* @__PURE__ */ z.object({ token: secretSchema }).strict();
export const invitePreviewSchema = /* @__PURE__ */ z
  .object({ role: roleSchema, expiresAt: instantSchema, invitedBy: z.string() })
  .meta({ id: 'InvitePreview' });
export type InvitePreview = z.infer<typeof invitePreviewSchema>;

export const inviteAcceptSchema = /* @__PURE__ */ z
  .object({ token: secretSchema, name: userNameSchema, email: emailSchema, password: passwordSchema })
  .strict()
  .meta({ id: 'InviteAccept' });
export type InviteAccept = z.infer<typeof inviteAcceptSchema>;

// ── API tokens ─────────────────────────────────────────────────────────────────────────────

export const tokenCreateSchema = /* @__PURE__ */ z
  .object({
    name: textSchema(TOKEN_NAME_MAX).pipe(z.string().min(1, 'Name the token after the script that uses it')),
    scope: tokenScopeSchema,
  })
  .strict()
  .meta({ id: 'TokenCreate' });
export type TokenCreate = z.infer<typeof tokenCreateSchema>;

export const apiTokenSchema = /* @__PURE__ */ z
  .object({
    id: z.string(),
    name: z.string(),
    scope: tokenScopeSchema,
    createdAt: instantSchema,
    lastUsedAt: instantSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof apiTokenSchema>;

/** Creating a token answers its secret this once: `Authorization: Bearer <token>`. */
export const createdTokenSchema = /* @__PURE__ */ apiTokenSchema
  .extend({ token: z.string() })
  .meta({ id: 'CreatedApiToken' });
export type CreatedToken = z.infer<typeof createdTokenSchema>;

export const tokenListSchema = /* @__PURE__ */ z.object({ items: z.array(apiTokenSchema) });

// ── administration ─────────────────────────────────────────────────────────────────────────

export const userSummarySchema = /* @__PURE__ */ z
  .object({
    id: userIdSchema,
    name: z.string(),
    email: z.string().nullable(),
    role: roleSchema,
    createdAt: instantSchema,
    /** Set while sign-in is locked after repeated failures; an admin can lift it. */
    lockedUntil: instantSchema.nullable(),
    failedSignIns: z.number().int().nonnegative(),
  })
  .meta({ id: 'UserSummary' });
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListSchema = /* @__PURE__ */ z.object({ items: z.array(userSummarySchema) });
export const inviteListSchema = /* @__PURE__ */ z.object({ items: z.array(inviteSchema) });

/** PATCH /api/users/:id (admin). An admin cannot take away the last admin. */
export const userPatchSchema = /* @__PURE__ */ z.object({ role: roleSchema }).strict().meta({ id: 'UserPatch' });
export type UserPatch = z.infer<typeof userPatchSchema>;

export const settingsSchema = /* @__PURE__ */ z
  .object({ visibility: visibilitySchema })
  .strict()
  .meta({ id: 'Settings' });
export type Settings = z.infer<typeof settingsSchema>;

/** The session cookie: HttpOnly, SameSite=Lax, Secure over HTTPS. */
export const SESSION_COOKIE = 'pt_session';

/** Where the links the server hands out point: the secret rides in the fragment, which no request line or Referer carries. */
export const LINK_PAGES = { welcome: '/welcome', invite: '/invite', confirmEmail: '/confirm-email' } as const;
export function linkUrl(origin: string, page: keyof typeof LINK_PAGES, token: string): string {
  return `${origin}${LINK_PAGES[page]}#token=${token}`;
}
