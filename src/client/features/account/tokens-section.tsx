// Personal API tokens: for scripts that read (or change) the record as this person. Listed with
// when each was last used; a new one's secret is shown once, with a Copy button; revoking asks
// first, because scripts using it stop at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { tokenCreateSchema, TOKEN_NAME_MAX, type ApiToken, type CreatedToken, type TokenScope } from '@shared/contract';
import type { Message } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
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
import { tokenWords as words } from './messages';
import { TableFrame } from '@client/components/table-frame';

const SCOPE_LABELS: Record<TokenScope, Message> = { read: words.read, 'read-write': words.readWrite };

function CreateTokenForm({ canWrite, onCreated }: { canWrite: boolean; onCreated: (token: CreatedToken) => void }) {
  const queryClient = useQueryClient();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [errors, setErrors] = useState<Errors<'name'>>({});
  const [busy, setBusy] = useState(false);
  const refused = useFocusOnRefusal(formRef);
  const t = useT();

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const found: Errors<'name'> = {
      name: problemWith(tokenCreateSchema.shape.name, name, t, { tooShort: words.nameMissing }),
    };
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
      aria-label={t(words.formLabel)}
      heading={<h3 className="account-subtitle">{t(words.newToken)}</h3>}
      error={errors.form}
      submit={{ label: t(words.create), pending: busy, pendingLabel: t(words.creating) }}
      actionsClassName="account-form-actions"
    >
      <TextField
        label={t(words.name)}
        hint={t(words.nameHint)}
        error={errors.name}
        maxLength={TOKEN_NAME_MAX + 20}
        autoComplete="off"
        value={name}
        onChange={(e) => (setName(e.target.value), setErrors({}))}
        placeholder={t(words.namePlaceholder)}
      />
      <FieldGroup
        legend={t(words.scopeLegend)}
        className="field scope-group"
        hint={t(canWrite ? words.scopeHintWrite : words.scopeHintRead)}
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
                <span className="scope-label">{t(SCOPE_LABELS[value])}</span>
                <span className="scope-hint">{t(value === 'read' ? words.readHint : words.writeHint)}</span>
              </span>
            </label>
          ))}
        </div>
      </FieldGroup>
    </Form>
  );
}

function TokenRow({ token, onRevoke }: { token: ApiToken; onRevoke: (token: ApiToken) => void }) {
  const t = useT();
  return (
    <tr>
      <th scope="row" className="token-name">
        {token.name}
      </th>
      <td>
        <span className={token.scope === 'read' ? 'scope-tag' : 'scope-tag scope-tag-write'}>
          {t(SCOPE_LABELS[token.scope])}
        </span>
      </td>
      <td>
        <time dateTime={token.createdAt}>{formatDay(token.createdAt, t.locale)}</time>
      </td>
      <td>
        {token.lastUsedAt ? (
          <time dateTime={token.lastUsedAt}>{formatInstant(token.lastUsedAt, t.locale)}</time>
        ) : (
          <span className="muted">{t(words.never)}</span>
        )}
      </td>
      <td className="table-actions">
        <Button
          variant="quiet-danger"
          small
          onClick={() => onRevoke(token)}
          aria-label={t(words.revokeLabel, { name: token.name })}
        >
          {t(words.revoke)}
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
  const t = useT();

  async function revoke(token: ApiToken) {
    await revokeToken(token.id);
    await queryClient.invalidateQueries({ queryKey: accountKeys.tokens() });
    setRevoking(null);
    if (created?.id === token.id) setCreated(null);
    pushToast({ tone: 'success', title: t(words.revoked, { name: token.name }), body: t(words.revokedBody) });
  }

  return (
    <Section title={t(words.title)} lede={<Rich message={words.lede} tags={{ code: (c) => <code>{c}</code> }} />}>
      {created ? (
        <SecretReveal
          title={t(words.newTitle, { name: created.name })}
          label={t(words.tokenLabel)}
          secret={created.token}
          onDone={() => setCreated(null)}
        >
          <p>
            <Rich message={words.copyNow} tags={{ strong: (c) => <strong>{c}</strong> }} />
          </p>
        </SecretReveal>
      ) : null}
      <Loaded query={tokens} what={t(words.loading)} failed={t(words.failed)} skeleton={['60%', '45%']}>
        {(list) =>
          list.length ? (
            <TableFrame label={t(words.tableLabel)}>
              <table className="data-table account-table">
                <thead>
                  <tr>
                    <th scope="col">{t(words.name)}</th>
                    <th scope="col">{t(words.colMay)}</th>
                    <th scope="col">{t(words.colCreated)}</th>
                    <th scope="col">{t(words.colLastUsed)}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t(words.colActions)}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((token) => (
                    <TokenRow key={token.id} token={token} onRevoke={setRevoking} />
                  ))}
                </tbody>
              </table>
            </TableFrame>
          ) : (
            <p className="muted account-empty">{t(words.none)}</p>
          )
        }
      </Loaded>
      <CreateTokenForm canWrite={canWrite} onCreated={setCreated} />
      {revoking ? (
        <ConfirmDialog
          title={t(words.confirmTitle, { name: revoking.name })}
          confirmLabel={t(words.confirm)}
          busyLabel={t(words.revoking)}
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>{t(words.confirmText)}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
