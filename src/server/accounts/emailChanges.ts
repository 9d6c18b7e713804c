// Changing one's email without learning whose an address is. The answer to "sign in with
// new@example.org from now on" is the same whether the address is free or already has an
// account here: the change waits for a link, and the mail goes to the address either way. A free
// address gets the link that confirms the change; a taken one gets a note to its owner instead
// (someone asked to use it, nothing changed), and its pending change is one no link confirms.
// So a signed-in person cannot probe addresses, and only the owner of a mailbox can move an
// account to it. Until the link is opened the old address keeps signing in: nothing about
// signing in changes. See docs/decisions/0022-email-changes-confirmed-by-mail.md.
import { linkUrl, type ConfirmedEmail, type PendingEmail } from '@shared/contract';
import type { Principal } from '../api/access';
import { ApiError, invalidInput, notFound } from '../api/errors';
import type { AccountStore, EmailChangeRow } from './accountStore';
import { logOutbox, type MailMessage, type Outbox } from './outbox';
import { newSecret, secretHash } from './secrets';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface EmailChangesOptions {
  store: AccountStore;
  now: () => number;
  /** Where the mail goes; the server's log unless a deployment gives one that sends. */
  outbox?: Outbox;
  /** How long the link stays valid. */
  linkMs?: number;
  /** The least time between two requests of one person: each one sends a mail. */
  gapMs?: number;
}

const BAD_LINK =
  'This confirmation link is not valid: it was used, replaced by a newer request, or has expired. Ask for the change again from your account page.';

function hours(ms: number): string {
  const h = Math.round(ms / HOUR);
  return h === 1 ? '1 hour' : `${h} hours`;
}

export class EmailChanges {
  private readonly store: AccountStore;
  private readonly now: () => number;
  private readonly outbox: Outbox;
  private readonly linkMs: number;
  private readonly gapMs: number;

  constructor(options: EmailChangesOptions) {
    this.store = options.store;
    this.now = options.now;
    this.outbox = options.outbox ?? logOutbox();
    this.linkMs = options.linkMs ?? 24 * HOUR;
    this.gapMs = options.gapMs ?? MINUTE;
  }

  private pendingOf(row: EmailChangeRow | undefined): PendingEmail {
    return row && row.expires_at > this.now()
      ? { pending: { email: row.email, expiresAt: new Date(row.expires_at).toISOString() } }
      : { pending: null };
  }

  async pending(userId: string): Promise<PendingEmail> {
    return this.pendingOf(await this.store.emailChangeOf(userId));
  }

  /**
   * Asks to sign in with `email` from now on; `origin` is where the link points. Everything the
   * person asking can see (the answer, its timing's work, the pending change) is the same for a
   * free address and a taken one.
   */
  async request(principal: Principal, email: string, origin: string): Promise<PendingEmail> {
    const user = await this.store.userById(principal.userId);
    if (!user) throw notFound('No user has this id.');
    if (user.email === email)
      throw invalidInput('This is already your email.', [{ path: 'email', message: 'Already your email' }]);
    const now = this.now();
    const before = await this.store.emailChangeOf(user.id);
    const wait = before ? before.requested_at + this.gapMs - now : 0;
    if (wait > 0)
      throw new ApiError(
        'rate_limited',
        'A link was sent a moment ago. Wait a minute before asking again.',
        undefined,
        { 'Retry-After': String(Math.ceil(wait / 1000)) },
      );
    const token = newSecret();
    const holder = await this.store.userByEmail(email);
    const row: EmailChangeRow = {
      user_id: user.id,
      email,
      // For a taken address, the hash of a token no one is given: nothing confirms this change.
      token_hash: secretHash(token),
      requested_at: now,
      expires_at: now + this.linkMs,
    };
    await this.store.saveEmailChange(row);
    await this.outbox.send(
      holder
        ? this.takenNote(email, user.name, origin)
        : this.confirmation(email, user.name, linkUrl(origin, 'confirmEmail', token)),
    );
    return this.pendingOf(row);
  }

  async cancel(userId: string): Promise<void> {
    await this.store.deleteEmailChange(userId);
  }

  /** The link sent to the new address: from now on the account signs in with it. */
  async confirm(token: string): Promise<ConfirmedEmail> {
    return this.store.transaction(async (store) => {
      const change = await store.takeEmailChange(secretHash(token), this.now());
      if (!change) throw notFound(BAD_LINK);
      // Only the address's mailbox has this link; it may have become someone's since it was sent.
      const holder = await store.userByEmail(change.email);
      if (holder && holder.id !== change.user_id)
        throw invalidInput(
          'This address now belongs to another account here, so it cannot become yours. Ask for the change again with another address.',
        );
      await store.updateUser(change.user_id, { email: change.email });
      return { email: change.email };
    });
  }

  private confirmation(to: string, name: string, link: string): MailMessage {
    return {
      to,
      subject: 'Confirm your new email for Pledge Tracker',
      text: [
        'Hello,',
        '',
        `${name} asked to sign in to Pledge Tracker at ${new URL(link).origin} with this address from now on.`,
        `To confirm it, open this link within ${hours(this.linkMs)}:`,
        '',
        link,
        '',
        'Until then the address used so far keeps signing in. If you did not ask for this, ignore this mail: nothing changes.',
      ].join('\n'),
    };
  }

  private takenNote(to: string, name: string, origin: string): MailMessage {
    return {
      to,
      subject: 'Someone asked to use your email on Pledge Tracker',
      text: [
        'Hello,',
        '',
        `${name}, signed in to Pledge Tracker at ${origin}, asked to sign in with this address from now on.`,
        'It already belongs to your account there, so nothing changed, and your account is as it was.',
        '',
        'If it was you, sign in with this address as before. If not, there is nothing to do; an admin of the tracker can tell you more.',
      ].join('\n'),
    };
  }
}
