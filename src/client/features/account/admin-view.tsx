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
import { formatDay, formatInstant } from '@client/lib/format';
import { LANGUAGE_PARAM, type Locale, type Message } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
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
import { adminInviteWords, peopleWords, visibilityWords } from './messages';
import { ROLE_HINTS, ROLE_LABELS } from './role-words';
import { TableFrame } from '@client/components/table-frame';

/** An invite's address, in the language of the admin who sends it (?lang=), the secret in the fragment. */
export function inviteUrl(token: string, locale: Locale): string {
  const url = new URL(linkUrl(window.location.origin, 'invite', token));
  url.searchParams.set(LANGUAGE_PARAM, locale);
  return url.toString();
}

/** Whether a lockout is still running at `nowMs`. */
function lockedAt(user: UserSummary, nowMs: number): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > nowMs;
}

// ── people ───────────────────────────────────────────────────────────────────────────────

/** The roles to choose from, by name: someone's role in the table, a new invite's. */
function RoleOptions() {
  const t = useT();
  return ROLES.map((r) => (
    <option key={r} value={r}>
      {t(ROLE_LABELS[r])}
    </option>
  ));
}

function UserRow({ user, me, onRemove }: { user: UserSummary; me: Account; onRemove: (user: UserSummary) => void }) {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string>();
  const isMe = user.id === me.id;
  const locked = lockedAt(user, now());
  const t = useT();
  const words = peopleWords;

  const role = useMutation({
    mutationFn: (next: Role) => setUserRole(user.id, next),
    onMutate: () => setError(undefined),
    onSuccess: (saved) => {
      queryClient.setQueryData<UserSummary[]>(accountKeys.users(), (old) =>
        old?.map((u) => (u.id === saved.id ? saved : u)),
      );
      pushToast({ tone: 'success', title: t(words.roleNow, { name: saved.name, role: saved.role }) });
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
        title: t(words.unlocked, { name: saved.name }),
        body: t(words.unlockedBody),
      });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  const shownRole = role.isPending ? role.variables : user.role;
  return (
    <tr>
      <th scope="row" className="user-name">
        {user.name}
        {isMe ? <span className="you-tag"> {t(words.you)}</span> : null}
        <span className="user-since">{t(words.since, { date: formatDay(user.createdAt, t.locale) })}</span>
      </th>
      <td className="user-email">{user.email ?? <span className="muted">{t(words.notChosen)}</span>}</td>
      <td>
        <FormField label={t(words.roleOf, { name: user.name })} labelHidden alertOnError error={error}>
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
            <span className="status-tag status-locked">{t(words.locked)}</span>
            <span className="user-status-detail">
              {t(words.lockedDetail, {
                instant: formatInstant(user.lockedUntil!, t.locale),
                count: user.failedSignIns,
              })}
            </span>
            <Button
              small
              onClick={() => unlock.mutate()}
              aria-label={t(words.liftLabel, { name: user.name })}
              pending={unlock.isPending}
              pendingLabel={t(words.lifting)}
            >
              {t(words.lift)}
            </Button>
          </>
        ) : user.failedSignIns ? (
          <span className="user-status-detail">{t(words.failedLately, { count: user.failedSignIns })}</span>
        ) : (
          <span className="status-tag">{t(words.active)}</span>
        )}
      </td>
      <td className="table-actions">
        {isMe ? null : (
          <Button
            variant="quiet-danger"
            small
            onClick={() => onRemove(user)}
            aria-label={t(words.removeLabel, { name: user.name })}
          >
            {t(words.remove)}
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
  const t = useT();
  const words = peopleWords;

  async function remove(user: UserSummary) {
    await removeUser(user.id);
    queryClient.setQueryData<UserSummary[]>(accountKeys.users(), (old) => old?.filter((u) => u.id !== user.id));
    setRemoving(null);
    pushToast({
      tone: 'success',
      title: t(words.removed, { name: user.name }),
      body: t(words.removedBody),
    });
  }

  return (
    <Section stacked title={t(words.title)} lede={t(words.lede)}>
      <Loaded query={users} what={t(words.loading)} failed={t(words.failed)}>
        {(people) => (
          <TableFrame label={t(words.title)}>
            <table className="data-table account-table people-table">
              <thead>
                <tr>
                  <th scope="col">{t(words.colName)}</th>
                  <th scope="col">{t(words.colEmail)}</th>
                  <th scope="col">{t(words.colRole)}</th>
                  <th scope="col">{t(words.colSignIn)}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t(words.colActions)}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {people.map((u) => (
                  <UserRow key={u.id} user={u} me={me} onRemove={setRemoving} />
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </Loaded>
      <dl className="role-legend">
        {ROLES.map((r) => (
          <div key={r}>
            <dt>{t(ROLE_LABELS[r])}</dt>
            <dd>{t(ROLE_HINTS[r])}</dd>
          </div>
        ))}
      </dl>
      {removing ? (
        <ConfirmDialog
          title={t(words.removeTitle, { name: removing.name })}
          confirmLabel={t(words.remove)}
          busyLabel={t(words.removing)}
          onConfirm={() => remove(removing)}
          onClose={() => setRemoving(null)}
        >
          <p>{t(words.removeText)}</p>
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
  const t = useT();
  const words = adminInviteWords;

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
      aria-label={t(words.formLabel)}
      heading={<h3 className="account-subtitle">{t(words.formLabel)}</h3>}
      error={errors.form}
      submit={{ label: t(words.create), pending: busy, pendingLabel: t(words.creating) }}
      actionsClassName="account-form-actions"
    >
      <div className="invite-form-row">
        <FormField label={t(words.role)} hint={t(ROLE_HINTS[role])} error={errors.role}>
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
          label={t(words.note)}
          hint={t(words.noteHint)}
          error={errors.note}
          maxLength={140}
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t(words.notePlaceholder)}
        />
      </div>
    </Form>
  );
}

function InviteRow({ invite, onRevoke }: { invite: Invite; onRevoke: (invite: Invite) => void }) {
  const t = useT();
  const words = adminInviteWords;
  return (
    <li className="invite-item">
      <div>
        <p className="invite-title">
          <span className="role-tag">{t(ROLE_LABELS[invite.role])}</span>{' '}
          {invite.note ?? <span className="muted">{t(words.noNote)}</span>}
        </p>
        <p className="invite-meta">
          <Rich
            message={words.meta}
            values={{
              name: invite.createdBy,
              createdAt: formatInstant(invite.createdAt, t.locale),
              expiresAt: formatInstant(invite.expiresAt, t.locale),
            }}
            tags={{
              created: (c) => <time dateTime={invite.createdAt}>{c}</time>,
              expires: (c) => <time dateTime={invite.expiresAt}>{c}</time>,
            }}
          />
        </p>
      </div>
      <Button
        variant="quiet-danger"
        small
        onClick={() => onRevoke(invite)}
        aria-label={
          invite.note
            ? t(words.revokeLabelNoted, { role: invite.role, note: invite.note })
            : t(words.revokeLabel, { role: invite.role })
        }
      >
        {t(words.revoke)}
      </Button>
    </li>
  );
}

function InvitesSection() {
  const queryClient = useQueryClient();
  const invites = useQuery(invitesOptions());
  const [created, setCreated] = useState<CreatedInvite | null>(null);
  const [revoking, setRevoking] = useState<Invite | null>(null);
  const t = useT();
  const words = adminInviteWords;

  async function revoke(invite: Invite) {
    await revokeInvite(invite.id);
    queryClient.setQueryData<Invite[]>(accountKeys.invites(), (old) => old?.filter((i) => i.id !== invite.id));
    setRevoking(null);
    if (created?.id === invite.id) setCreated(null);
    pushToast({ tone: 'success', title: t(words.revoked), body: t(words.revokedBody) });
  }

  const pending = invites.data?.filter((i) => Date.parse(i.expiresAt) > now()) ?? [];
  return (
    <Section stacked title={t(words.title)} lede={t(words.lede)}>
      {created ? (
        <SecretReveal
          title={t(words.linkFor, { role: created.role })}
          label={t(words.linkLabel)}
          secret={inviteUrl(created.token, t.locale)}
          onDone={() => setCreated(null)}
        >
          <p>
            <Rich
              message={words.copyNow}
              values={{ instant: formatInstant(created.expiresAt, t.locale) }}
              tags={{ strong: (c) => <strong>{c}</strong> }}
            />
          </p>
        </SecretReveal>
      ) : null}
      <CreateInviteForm onCreated={setCreated} />
      <h3 className="account-subtitle">{t(words.waiting)}</h3>
      <Loaded query={invites} what={t(words.loading)} failed={t(words.failed)}>
        {() =>
          pending.length ? (
            <ul className="invite-list" aria-label={t(words.pendingLabel)}>
              {pending.map((i) => (
                <InviteRow key={i.id} invite={i} onRevoke={setRevoking} />
              ))}
            </ul>
          ) : (
            <p className="muted account-empty">{t(words.none)}</p>
          )
        }
      </Loaded>
      {revoking ? (
        <ConfirmDialog
          title={t(words.revokeTitle)}
          confirmLabel={t(words.revokeConfirm)}
          busyLabel={t(words.revoking)}
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>
            {revoking.note
              ? t(words.revokeTextNoted, { role: revoking.role, note: revoking.note })
              : t(words.revokeText, { role: revoking.role })}
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

// ── who may read ─────────────────────────────────────────────────────────────────────────

const VISIBILITY: { value: Visibility; label: Message; hint: Message }[] = [
  { value: 'public', label: visibilityWords.public, hint: visibilityWords.publicHint },
  { value: 'private', label: visibilityWords.private, hint: visibilityWords.privateHint },
];

function VisibilitySection() {
  const queryClient = useQueryClient();
  const settings = useQuery(settingsOptions());
  const [choice, setChoice] = useState<Visibility | null>(null);
  const [error, setError] = useState<string>();
  const t = useT();
  const words = visibilityWords;
  const save = useMutation({
    mutationFn: (visibility: Visibility) => setVisibility(visibility),
    onMutate: () => setError(undefined),
    onSuccess: (saved) => {
      queryClient.setQueryData(accountKeys.settings(), saved);
      setChoice(null);
      void sessionChanged(queryClient, null);
      pushToast({
        tone: 'success',
        title: t(saved.visibility === 'private' ? words.nowPrivate : words.nowPublic),
        body: t(saved.visibility === 'private' ? words.privateHint : words.publicHint),
      });
    },
    onError: (e) => setError(errorMessage(e)),
  });

  if (settings.isPending)
    return (
      <Section stacked title={t(words.title)}>
        <Loading what={t(words.loading)} />
      </Section>
    );
  if (settings.isError) {
    return (
      <Section stacked title={t(words.title)}>
        <ErrorState
          level={3}
          title={t(words.failed)}
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
    <Section stacked title={t(words.title)} lede={t(words.lede)}>
      <Form
        className="account-form"
        aria-label={t(words.title)}
        onSubmit={(e) => {
          e.preventDefault();
          if (selected !== current) save.mutate(selected);
        }}
        error={error}
        submit={{
          label: selected === current ? t(words.saved) : t(words.makeIt, { visibility: selected }),
          pending: save.isPending,
          disabled: selected === current,
        }}
        actionsClassName="account-form-actions"
      >
        <fieldset className="field">
          <legend className="visually-hidden">{t(words.legend)}</legend>
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
                    {t(v.label)}
                    {v.value === current ? <span className="muted"> {t(words.now)}</span> : null}
                  </span>
                  <span className="scope-hint">{t(v.hint)}</span>
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
