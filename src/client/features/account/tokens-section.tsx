// Personal API tokens: for scripts that read (or change) the record as this person. Listed with
// when each was last used; a new one's secret is shown once, with a Copy button; revoking asks
// first, because scripts using it stop at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { tokenCreateSchema, TOKEN_NAME_MAX, type ApiToken, type CreatedToken, type TokenScope } from '@shared/contract';
import { FieldGroup } from '@client/components/field-group';
import { TextField } from '@client/components/form-field';
import { formatDay, formatInstant } from '@client/lib/format';
import { accountKeys } from '@client/lib/query-keys';
import { pushToast } from '@client/lib/stores/toasts';
import { Button } from '@client/components/button';
import { Form } from '@client/components/form';
import { createToken, revokeToken, tokensOptions } from './api';
import {
  ConfirmDialog,
  errorsFromApi,
  hasErrors,
  Loaded,
  problemWith,
  SecretReveal,
  Section,
  useFocusOnRefusal,
  type Errors,
} from './form-bits';

const SCOPE_LABELS: Record<TokenScope, string> = { read: 'Read only', 'read-write': 'Read and write' };

function CreateTokenForm({ canWrite, onCreated }: { canWrite: boolean; onCreated: (token: CreatedToken) => void }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [errors, setErrors] = useState<Errors<'name'>>({});
  const [busy, setBusy] = useState(false);
  const refused = useFocusOnRefusal(formRef);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<'name'> = { name: problemWith(tokenCreateSchema.shape.name, name) };
    setErrors(found);
    if (hasErrors(found)) return refused();
    setBusy(true);
    try {
      const created = await createToken({ name: name.trim(), scope });
      void queryClient.invalidateQueries({ queryKey: accountKeys.tokens() });
      setName('');
      setScope('read');
      onCreated(created);
    } catch (error) {
      setErrors(errorsFromApi(error, ['name']));
      refused();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form
      ref={formRef}
      className="account-form token-form"
      onSubmit={submit}
      aria-label="New API token"
      heading={<h3 className="account-subtitle">New token</h3>}
      error={errors.form}
      submit={{ label: 'Create token', pending: busy, pendingLabel: 'Creating…' }}
      actionsClassName="account-form-actions"
    >
      <TextField
        label="Name"
        hint="After the script or service that will use it, so you know which to revoke."
        error={errors.name}
        maxLength={TOKEN_NAME_MAX + 20}
        autoComplete="off"
        value={name}
        onChange={(e) => (setName(e.target.value), setErrors({}))}
        placeholder="Weekly export"
      />
      <FieldGroup
        legend="It may"
        className="field scope-group"
        hint={
          canWrite ? 'A token never does more than your role allows.' : 'Your role reads only, so your tokens do too.'
        }
      >
        <div className="scope-choices">
          {(['read', 'read-write'] as const).map((value) => (
            <label key={value} className="scope-choice">
              <input
                type="radio"
                name="token-scope"
                value={value}
                checked={scope === value}
                disabled={value === 'read-write' && !canWrite}
                onChange={() => setScope(value)}
              />
              <span>
                <span className="scope-label">{SCOPE_LABELS[value]}</span>
                <span className="scope-hint">
                  {value === 'read' ? 'Read pledges, feeds and exports.' : 'Also record and change pledges, as you.'}
                </span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
    </Form>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiToken; onRevoke: (token: ApiToken) => void }) {
  return (
    <tr>
      <th scope="row" className="token-name">
        {token.name}
      </th>
      <td>
        <span className={token.scope === 'read' ? 'scope-tag' : 'scope-tag scope-tag-write'}>
          {SCOPE_LABELS[token.scope]}
        </span>
      </td>
      <td>
        <time dateTime={token.createdAt}>{formatDay(token.createdAt)}</time>
      </td>
      <td>
        {token.lastUsedAt ? (
          <time dateTime={token.lastUsedAt}>{formatInstant(token.lastUsedAt)}</time>
        ) : (
          <span className="muted">Never</span>
        )}
      </td>
      <td className="table-actions">
        <Button variant="quiet-danger" small onClick={() => onRevoke(token)} aria-label={`Revoke “${token.name}”`}>
          Revoke
        </Button>
      </td>
    </tr>
  );
}

export function TokensSection({ canWrite }: { canWrite: boolean }) {
  const queryClient = useQueryClient();
  const tokens = useQuery(tokensOptions());
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);

  async function revoke(token: ApiToken) {
    await revokeToken(token.id);
    await queryClient.invalidateQueries({ queryKey: accountKeys.tokens() });
    setRevoking(null);
    if (created?.id === token.id) setCreated(null);
    pushToast({ tone: 'success', title: `Revoked “${token.name}”`, body: 'Scripts using it are refused from now on.' });
  }

  return (
    <Section
      title="API tokens"
      lede={
        <>
          For scripts and other tools. Send one as <code>Authorization: Bearer …</code>; it acts as you, within its
          scope.
        </>
      }
    >
      {created ? (
        <SecretReveal
          title={`Your new token “${created.name}”`}
          label="Token"
          secret={created.token}
          onDone={() => setCreated(null)}
        >
          <p>
            <strong>Copy it now: it will not be shown again.</strong> Only a fingerprint of it is kept, so if it is
            lost, revoke it and create another.
          </p>
        </SecretReveal>
      ) : null}
      <Loaded query={tokens} what="your tokens" failed="Your tokens could not be loaded" skeleton={['60%', '45%']}>
        {(list) =>
          list.length ? (
            <div className="table-scroll" role="region" aria-label="Your API tokens" tabIndex={0}>
              <table className="account-table">
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">May</th>
                    <th scope="col">Created</th>
                    <th scope="col">Last used</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((t) => (
                    <TokenRow key={t.id} token={t} onRevoke={setRevoking} />
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="muted account-empty">No tokens yet.</p>
          )
        }
      </Loaded>
      <CreateTokenForm canWrite={canWrite} onCreated={setCreated} />
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          busyLabel="Revoking…"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>
            Anything using this token is refused from now on. This cannot be undone; create a new token if it is needed
            again.
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
