// "New pledge": the form, a draft that survives reloads, a question before leaving with unsaved
// words, and on success the new pledge's page.
import { shownTitle } from '@shared/i18n';
import { useQueryClient } from '@tanstack/react-query';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { NewPledge } from '@shared/contract';
import { todayIn } from '@shared/domain';
import { paths } from '@client/app/paths';
import { isApiError } from '@client/lib/api-client';
import { now } from '@client/lib/clock';
import { createPledge } from '@client/lib/endpoints/create-pledge';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { useT } from '@client/i18n/language';
import { newPledgeWords as words } from './messages';
import { useNewDraft } from './new-draft-store';
import { emptyDraft, fieldErrorsOf, fieldOf, type FieldErrors, type PledgeDraft } from './pledge-draft';
import { PledgeForm } from './pledge-form';
import './pledge-form.css';

function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function isBlank(draft: PledgeDraft): boolean {
  const fresh = emptyDraft(draft.announcedOn, draft.timeZone, draft.titleLanguage);
  return (
    JSON.stringify({ ...draft, announcedOn: '', timeZone: '' }) ===
    JSON.stringify({ ...fresh, announcedOn: '', timeZone: '' })
  );
}

export function NewPledgeView() {
  const t = useT();
  const stored = useNewDraft((s) => s.draft);
  const keep = useNewDraft((s) => s.keep);
  const discard = useNewDraft((s) => s.discard);
  const [draft, setDraft] = useState<PledgeDraft>(
    () => stored ?? emptyDraft(todayIn(readerZone(), now()), readerZone(), t.locale),
  );
  // Said once, for a draft found on arrival: not for the one being typed now.
  const [resumed, setResumed] = useState(() => Boolean(stored && !isBlank(stored)));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const dirty = !saved && !isBlank(draft);

  // The draft is also in localStorage, but leaving should still be a choice, not an accident.
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t(words.leave)),
    enableBeforeUnload: () => dirty,
  });

  function change(next: PledgeDraft) {
    setDraft(next);
    setServerErrors({});
    setFormError(undefined);
    keep(next);
  }

  async function save(body: NewPledge) {
    setSubmitting(true);
    setFormError(undefined);
    try {
      const pledge = await createPledge(body);
      setSaved(true);
      discard();
      await queryClient.invalidateQueries({ queryKey: pledgeKeys.lists() });
      push({ tone: 'success', title: t(words.recorded, { title: shownTitle(pledge, t.locale).text }) });
      // Saved: nothing is left to lose, so the leave question must not ask.
      void navigate({ to: paths.pledge, params: { id: pledge.id }, ignoreBlocker: true });
    } catch (error) {
      if (isApiError(error) && error.issues.length) {
        const byField: FieldErrors = {};
        for (const [path, message] of Object.entries(fieldErrorsOf(error.issues, t)))
          byField[fieldOf(path)] ??= message;
        setServerErrors(byField);
        setFormError(error.message);
      } else {
        setFormError(t(words.keptTryAgain, { reason: isApiError(error) ? error.message : t(words.couldNotSave) }));
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <>
      {resumed ? (
        <p className="field-hint draft-note">
          {t(words.resumed)}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              discard();
              setResumed(false);
              setDraft(emptyDraft(todayIn(readerZone(), now()), readerZone(), t.locale));
            }}
          >
            {t(words.startAgain)}
          </button>
        </p>
      ) : null}
      <PledgeForm
        draft={draft}
        onDraftChange={change}
        serverErrors={serverErrors}
        formError={formError}
        submitting={submitting}
        submitLabel={t(words.submit)}
        onSubmit={(body) => void save(body)}
        onCancel={() => void navigate({ to: paths.home })}
      />
    </>
  );
}
