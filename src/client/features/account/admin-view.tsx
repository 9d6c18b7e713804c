// "/admin": the tracker's people (roles, lockouts, removal), invites (a link shown once, pending
// ones revocable) and who may read it (public or private).
import './account.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  linkUrl,
  ROLES,
  type Account,
  type CreatedInvite,
  type Invite,
  type Role,
  type UserSummary,
  type Visibility,
} from '@shared/contract';
import { ErrorState } from '@client/components/error-state';
import { FormField, TextField } from '@client/components/form-field';
import { errorMessage } from '@client/lib/api-client';
import { now } from '@client/lib/clock';
import { formatDay, formatInstant, plural } from '@client/lib/format';
import { accountKeys } from '@client/lib/query-keys';
import { sessionChanged } from '@client/lib/session';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import {
  createInvite,
  invitesOptions,
  removeUser,
  revokeInvite,
  setUserRole,
  setVisibility,
  settingsOptions,
  unlockUser,
  usersOptions,
} from './api';
import { ConfirmDialog, errorsFromApi, Loaded, Loading, SecretReveal, Section, type Errors } from './form-bits';
import { ROLE_HINTS, ROLE_LABELS, withArticle } from './role-words';

/** Whether a lockout is still running at `nowMs`. */
function lockedAt(user: UserSummary, nowMs: number): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > nowMs;
}

// ── people ───────────────────────────────────────────────────────────────────────────────

/** The roles to choose from, by name: someone's role in the table, a new invite's. */
function RoleOptions() {
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {ROLE_LABELS[r]}
    </option>
  ));
}

function UserRow({ user, me, onRemove }: { user: UserSummary; me: Account; onRemove: (user: UserSummary) => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const isMe = user.id === me.id;
  const locked = lockedAt(user, now());

  const role = useMutation({
    mutationFn: (next: Role) => setUserRole(user.id, next),
    onMutate: () => setError(undefined),
    onSuccess: (saved) => {
      queryClient.setQueryData<UserSummary[]>(accountKeys.users(), (old) =>
        old?.map((u) => (u.id === saved.id ? saved : u)),
      );
      pushToast({ tone: 'success', title: `${saved.name} is now ${withArticle(saved.role)}` });
      // One's own role changes what this page (and every other) may show.
      if (isMe) void sessionChanged(queryClient, null);
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const unlock = useMutation({
    mutationFn: () => unlockUser(user.id),
    onSuccess: (saved) => {
      queryClient.setQueryData<UserSummary[]>(accountKeys.users(), (old) =>
        old?.map((u) => (u.id === saved.id ? saved : u)),
      );
      pushToast({
        tone: 'success',
        title: `${saved.name} can sign in again`,
        body: 'The lockout is lifted and the failed attempts forgotten.',
      });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const shownRole = role.isPending ? role.variables : user.role;
  return (
    <tr>
      <th scope="row" className="user-name">
        {user.name}
        {isMe ? <span className="you-tag"> (you)</span> : null}
        <span className="user-since">since {formatDay(user.createdAt)}</span>
      </th>
      <td className="user-email">{user.email ?? <span className="muted">not chosen yet</span>}</td>
      <td>
        <FormField label={`Role of ${user.name}`} labelHidden alertOnError error={error}>
          {(control) => (
            <select
              {...control}
              className="select input role-select"
              value={shownRole}
              disabled={role.isPending}
              onChange={(e) => role.mutate(e.target.value as Role)}
            >
              <RoleOptions />
            </select>
          )}
        </FormField>
      </td>
      <td className="user-status">
        {locked ? (
          <>
            <span className="status-tag status-locked">Locked</span>
            <span className="user-status-detail">
              until {formatInstant(user.lockedUntil!)} after {plural(user.failedSignIns, 'failed sign-in')}
            </span>
            <Button
              small
              onClick={() => unlock.mutate()}
              aria-label={`Lift lockout for ${user.name}`}
              pending={unlock.isPending}
              pendingLabel="Lifting…"
            >
              Lift lockout
            </Button>
          </>
        ) : user.failedSignIns ? (
          <span className="user-status-detail">{plural(user.failedSignIns, 'failed sign-in')} lately</span>
        ) : (
          <span className="status-tag">Active</span>
        )}
      </td>
      <td className="table-actions">
        {isMe ? null : (
          <Button variant="quiet-danger" small onClick={() => onRemove(user)} aria-label={`Remove ${user.name}`}>
            Remove
          </Button>
        )}
      </td>
    </tr>
  );
}

function PeopleSection({ me }: { me: Account }) {
  const queryClient = useQueryClient();
  const users = useQuery(usersOptions());
  const [removing, setRemoving] = useState<UserSummary | null>(null);

  async function remove(user: UserSummary) {
    await removeUser(user.id);
    queryClient.setQueryData<UserSummary[]>(accountKeys.users(), (old) => old?.filter((u) => u.id !== user.id));
    setRemoving(null);
    pushToast({
      tone: 'success',
      title: `Removed ${user.name}`,
      body: 'Their sessions and tokens have ended. The changes they made keep their name in the history.',
    });
  }

  return (
    <Section
      stacked
      title="People"
      lede="Who can sign in, and what each may do. A role change applies at once, in every session of theirs."
    >
      <Loaded query={users} what="the people" failed="The people could not be loaded">
        {(people) => (
          <div className="table-scroll" role="region" aria-label="People" tabIndex={0}>
            <table className="account-table people-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Sign-in</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((u) => (
                  <UserRow key={u.id} user={u} me={me} onRemove={setRemoving} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <dl className="role-legend">
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{ROLE_LABELS[r]}</dt>
            <dd>{ROLE_HINTS[r]}</dd>
          </div>
        ))}
      </dl>
      {removing ? (
        <ConfirmDialog
          title={`Remove ${removing.name}?`}
          confirmLabel="Remove"
          busyLabel="Removing…"
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
        >
          <p>
            They are signed out everywhere and can no longer sign in; their API tokens stop working. What they recorded
            stays, under their name. To let them back, send a new invite.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

// ── invites ──────────────────────────────────────────────────────────────────────────────

function CreateInviteForm({ onCreated }: { onCreated: (invite: CreatedInvite) => void }) {
  const queryClient = useQueryClient();
  const [role, setRole] = useState<Role>('editor');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors<'role' | 'note'>>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setErrors({});
    setBusy(true);
    try {
      const created = await createInvite(note.trim() ? { role, note: note.trim() } : { role });
      void queryClient.invalidateQueries({ queryKey: accountKeys.invites() });
      setNote('');
      onCreated(created);
    } catch (error) {
      setErrors(errorsFromApi(error, ['role', 'note']));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      className="account-form invite-form"
      onSubmit={submit}
      aria-label="New invite"
      heading={<h3 className="account-subtitle">New invite</h3>}
      error={errors.form}
      submit={{ label: 'Create invite link', pending: busy, pendingLabel: 'Creating…' }}
      actionsClassName="account-form-actions"
    >
      <div className="invite-form-row">
        <FormField label="Role" hint={ROLE_HINTS[role]} error={errors.role}>
          {(control) => (
            <select
              {...control}
              className="select input"
              value={role}
              onChange={(e) => setRole(e.target.value as Role)}
            >
              <RoleOptions />
            </select>
          )}
        </FormField>
        <TextField
          label="Note (optional)"
          hint="Who it is for, to recognise it in the list. Only admins see it."
          error={errors.note}
          maxLength={140}
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder="For Marta, the night desk"
        />
      </div>
    </Form>
  );
}

function InviteRow({ invite, onRevoke }: { invite: Invite; onRevoke: (invite: Invite) => void }) {
  return (
    <li className="invite-item">
      <div>
        <p className="invite-title">
          <span className="role-tag">{ROLE_LABELS[invite.role]}</span>{' '}
          {invite.note ?? <span className="muted">No note</span>}
        </p>
        <p className="invite-meta">
          By {invite.createdBy}, <time dateTime={invite.createdAt}>{formatInstant(invite.createdAt)}</time> · works
          until <time dateTime={invite.expiresAt}>{formatInstant(invite.expiresAt)}</time>
        </p>
      </div>
      <Button
        variant="quiet-danger"
        small
        onClick={() => onRevoke(invite)}
        aria-label={`Revoke the ${ROLE_LABELS[invite.role].toLowerCase()} invite${invite.note ? ` “${invite.note}”` : ''}`}
      >
        Revoke
      </Button>
    </li>
  );
}

function InvitesSection() {
  const queryClient = useQueryClient();
  const invites = useQuery(invitesOptions());
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [revoking, setRevoking] = useState<Invite | null>(null);

  async function revoke(invite: Invite) {
    await revokeInvite(invite.id);
    queryClient.setQueryData<Invite[]>(accountKeys.invites(), (old) => old?.filter((i) => i.id !== invite.id));
    setRevoking(null);
    if (created?.id === invite.id) setCreated(null);
    pushToast({ tone: 'success', title: 'Invite revoked', body: 'Its link no longer works.' });
  }

  const pending = invites.data?.filter((i) => Date.parse(i.expiresAt) > now()) ?? [];
  return (
    <Section
      stacked
      title="Invites"
      lede="An invite is a link that makes one account with the role you choose. It works once, for a few days."
    >
      {created ? (
        <SecretReveal
          title={`Invite link for ${withArticle(created.role)}`}
          label="Invite link"
          secret={linkUrl(window.location.origin, 'invite', created.token)}
          onDone={() => setCreated(null)}
        >
          <p>
            <strong>Copy it now: it will not be shown again.</strong> Send it to the person it is for, privately;
            whoever opens it first can use it. It works until {formatInstant(created.expiresAt)}.
          </p>
        </SecretReveal>
      ) : null}
      <CreateInviteForm onCreated={setCreated} />
      <h3 className="account-subtitle">Waiting to be used</h3>
      <Loaded query={invites} what="the invites" failed="The invites could not be loaded">
        {() =>
          pending.length ? (
            <ul className="invite-list" aria-label="Pending invites">
              {pending.map((i) => (
                <InviteRow key={i.id} invite={i} onRevoke={setRevoking} />
              ))}
            </ul>
          ) : (
            <p className="muted account-empty">None: every invite has been used, revoked or has expired.</p>
          )
        }
      </Loaded>
      {revoking ? (
        <ConfirmDialog
          title="Revoke this invite?"
          confirmLabel="Revoke invite"
          busyLabel="Revoking…"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>
            The {ROLE_LABELS[revoking.role].toLowerCase()} invite{revoking.note ? ` “${revoking.note}”` : ''} stops
            working. Anyone who has the link is told it no longer works.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

// ── who may read ─────────────────────────────────────────────────────────────────────────

const VISIBILITY: { value: Visibility; label: string; hint: string }[] = [
  {
    value: 'public',
    label: 'Public',
    hint: 'Anyone with the address reads the pledges, feeds and history. Only editors change them.',
  },
  {
    value: 'private',
    label: 'Private',
    hint: 'Only people signed in here read anything. Visitors see a sign-in page.',
  },
];

function VisibilitySection() {
  const queryClient = useQueryClient();
  const settings = useQuery(settingsOptions());
  const [choice, setChoice] = useState<Visibility | null>(null);
  const [error, setError] = useState<string>();
  const save = useMutation({
    mutationFn: (visibility: Visibility) => setVisibility(visibility),
    onMutate: () => setError(undefined),
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.settings(), saved);
      setChoice(null);
      void sessionChanged(queryClient, null);
      pushToast({
        tone: 'success',
        title: saved.visibility === 'private' ? 'The tracker is private' : 'The tracker is public',
        body: VISIBILITY.find((v) => v.value === saved.visibility)?.hint,
      });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  if (settings.isPending)
    return (
      <Section stacked title="Who may read">
        <Loading what="the settings" />
      </Section>
    );
  if (settings.isError) {
    return (
      <Section stacked title="Who may read">
        <ErrorState
          level={3}
          title="The settings could not be loaded"
          message={errorMessage(settings.error)}
          onRetry={() => void settings.refetch()}
          retrying={settings.isFetching}
        />
      </Section>
    );
  }
  const current = settings.data.visibility;
  const selected = choice ?? current;
  return (
    <Section
      stacked
      title="Who may read"
      lede="Editing always needs an editor’s account. Reading can be open to all, or to the people here."
    >
      <Form
        className="account-form"
        aria-label="Who may read"
        onSubmit={(e) => {
          e.preventDefault();
          if (selected !== current) save.mutate(selected);
        }}
        error={error}
        submit={{
          label: selected === current ? 'Saved' : `Make it ${selected}`,
          pending: save.isPending,
          disabled: selected === current,
        }}
        actionsClassName="account-form-actions"
      >
        <fieldset className="field">
          <legend className="visually-hidden">Visibility</legend>
          <div className="scope-choices">
            {VISIBILITY.map((v) => (
              <label key={v.value} className="scope-choice">
                <input
                  type="radio"
                  name="visibility"
                  value={v.value}
                  checked={selected === v.value}
                  onChange={() => setChoice(v.value)}
                />
                <span>
                  <span className="scope-label">
                    {v.label}
                    {v.value === current ? <span className="muted"> (now)</span> : null}
                  </span>
                  <span className="scope-hint">{v.hint}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      </Form>
    </Section>
  );
}

export function AdminView({ me }: { me: Account }) {
  return (
    <div className="account-page">
      <PeopleSection me={me} />
      <InvitesSection />
      <VisibilitySection />
    </div>
  );
}
