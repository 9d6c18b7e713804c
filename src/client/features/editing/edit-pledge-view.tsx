// Editing a pledge: the form filled with it, only the changed fields sent, with the version it
// was loaded at. If someone saved in between (412), the conflict screen takes over; if someone
// moved it to the trash (410), a notice says who and when, and offers Restore with the changes
// kept. The toast after saving can undo the change.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { NewPledge, Pledge, PledgePatch, TrashedBy } from '@shared/contract';
import { paths } from '@client/app/paths';
import { ErrorState } from '@client/components/error-state';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { fetchPledge, pledgeDetailOptions } from '@client/lib/endpoints/pledge-detail';
import { updatePledge } from '@client/lib/endpoints/update-pledge';
import { pledgeKeys } from '@client/lib/query-keys';
import { useToasts } from '@client/lib/stores/toasts';
import { commonWords } from '@client/components/common.messages';
import { useLanguage, useT } from '@client/i18n/language';
import { ConflictPanel, type Conflict } from './conflict-panel';
import {
  draftFromPledge,
  fieldErrorsOf,
  fieldOf,
  FORM_FIELDS,
  toNewPledge,
  type FieldErrors,
  type PledgeDraft,
} from './pledge-draft';
import { editPledgeWords as words } from './messages';
import { PledgeForm } from './pledge-form';
import { changedFields, mergedPatch, threeWay, type Fields } from './three-way';

/** The form's fields of a stored pledge, as a PATCH would send them. */
function bodyOf(pledge: Pledge): Fields {
  return toNewPledge(draftFromPledge(pledge), null) as unknown as Fields;
}

/** The same fields for display: parties with their names. */
function shownOf(pledge: Pledge | null, body: Fields, draft?: PledgeDraft): Fields {
  const parties = draft ?? (pledge ? draftFromPledge(pledge) : null);
  return {
    ...body,
    pledgers: parties?.pledgers,
    beneficiaries: parties?.beneficiaries,
    guarantors: parties?.guarantors,
  };
}

/** What the page's trash notice needs: who moved the pledge and when, and what to do once it is back. */
export interface TrashedSlot {
  trashed: TrashedBy | null;
  onRestored?: (restored: Pledge) => void;
}

/**
 * `whenTrashed`: what to show when the pledge is found in the trash (someone moved it there
 * meanwhile); the page gives the keeping feature's notice with its Restore.
 */
export function EditPledgeView({ id, whenTrashed }: { id: string; whenTrashed?: (slot: TrashedSlot) => ReactNode }) {
  const t = useT();
  const query = useQuery(pledgeDetailOptions(id));
  // A reload can find it in the trash while the form is open: the form and its changes stay.
  const trashed = isApiError(query.error) ? query.error.trashed : null;
  if (!query.data && trashed && whenTrashed) return whenTrashed({ trashed });
  if (query.isError && !query.data) {
    return (
      <ErrorState
        title={t(words.loadFailed)}
        message={errorMessage(query.error)}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) {
    return (
      <p className="field-hint" role="status">
        {t(words.loading)}
      </p>
    );
  }
  return <EditForm base={query.data} trashedMeanwhile={trashed} whenTrashed={whenTrashed} />;
}

interface EditFormProps {
  base: Pledge;
  /** The pledge was found in the trash on a reload. */
  trashedMeanwhile: TrashedBy | null;
  whenTrashed?: (slot: TrashedSlot) => ReactNode;
}

function EditForm({ base: loaded, trashedMeanwhile, whenTrashed }: EditFormProps) {
  const t = useT();
  // The version this edit started from: later refetches must not move it under the editor's feet.
  const [base, setBase] = useState(loaded);
  const [draft, setDraft] = useState<PledgeDraft>(() => draftFromPledge(loaded));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  // A save found the pledge in the trash: the form and what was typed stay, the notice says why.
  const [trashedOnSave, setTrashedOnSave] = useState<TrashedBy | null>(null);
  const trashed = trashedOnSave ?? trashedMeanwhile;
  const [restored, setRestored] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const [conflict, setConflict] = useState<(Conflict & { mine: Fields }) | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const push = useToasts((s) => s.push);
  const baseBody = useMemo(() => bodyOf(base), [base]);
  const dirty =
    !done &&
    (conflict !== null ||
      Object.keys(changedFields(baseBody, toNewPledge(draft, null) as unknown as Fields, FORM_FIELDS)).length > 0);

  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t(words.leave)),
    enableBeforeUnload: () => dirty,
  });

  async function send(patch: Fields, version: number): Promise<Pledge> {
    const saved = await updatePledge({ id: base.id, version, patch: patch as PledgePatch });
    queryClient.setQueryData(pledgeKeys.detail(base.id), saved);
    void queryClient.invalidateQueries({ queryKey: pledgeKeys.lists() });
    void queryClient.invalidateQueries({ queryKey: pledgeKeys.history(base.id) });
    return saved;
  }

  function finished(saved: Pledge, before: Pledge, changed: string[]) {
    setDone(true);
    const undo = changedFields(bodyOf(saved), bodyOf(before), changed);
    push({
      tone: 'success',
      title: t(words.saved),
      body: t(words.savedBody, { count: changed.length }),
      action: {
        label: t(commonWords.undo),
        onAction: () => {
          // Said in the language of the moment the undo answers, whatever it was when saved.
          send(undo, saved.version).then(
            () => push({ tone: 'info', title: useLanguage.getState().t(words.undone) }),
            (error: unknown) =>
              push({ tone: 'error', title: useLanguage.getState().t(words.couldNotUndo), body: errorMessage(error) }),
          );
        },
      },
    });
    void navigate({ to: paths.pledge, params: { id: saved.id }, ignoreBlocker: true });
  }

  async function save(body: NewPledge) {
    const mine = body as unknown as Fields;
    const patch = changedFields(baseBody, mine, FORM_FIELDS);
    if (!Object.keys(patch).length) {
      setDone(true);
      push({ tone: 'info', title: t(words.nothingChanged) });
      void navigate({ to: paths.pledge, params: { id: base.id }, ignoreBlocker: true });
      return;
    }
    setSaving(true);
    setFormError(undefined);
    setRestored(false);
    try {
      finished(await send(patch, base.version), base, Object.keys(patch));
    } catch (error) {
      if (isApiError(error) && error.trashed) {
        setTrashedOnSave(error.trashed);
        // The notice (who, when, Restore) is above the form, far from the button just pressed.
        requestAnimationFrame(() => {
          noticeRef.current?.focus();
          noticeRef.current?.scrollIntoView?.({ block: 'center' });
        });
      } else if (isApiError(error) && error.status === 412) {
        const current = await fetchPledge(base.id);
        const theirs = bodyOf(current);
        setConflict({
          current,
          baseVersion: base.version,
          mine,
          shown: { base: shownOf(base, baseBody), mine: shownOf(null, mine, draft), theirs: shownOf(current, theirs) },
          split: threeWay(baseBody, mine, theirs, FORM_FIELDS),
        });
      } else if (isApiError(error) && error.issues.length) {
        const byField: FieldErrors = {};
        for (const [path, message] of Object.entries(fieldErrorsOf(error.issues, t)))
          byField[fieldOf(path)] ??= message;
        setServerErrors(byField);
        setFormError(error.message);
      } else {
        setFormError(t(words.keptTryAgain, { reason: errorMessage(error) }));
      }
    } finally {
      setSaving(false);
    }
  }

  async function resolve(choices: Record<string, 'mine' | 'theirs'>) {
    if (!conflict) return;
    const patch = mergedPatch(conflict.mine, conflict.split, choices);
    if (!Object.keys(patch).length) {
      setDone(true);
      queryClient.setQueryData(pledgeKeys.detail(base.id), conflict.current);
      push({ tone: 'info', title: t(words.theirsKept) });
      void navigate({ to: paths.pledge, params: { id: base.id }, ignoreBlocker: true });
      return;
    }
    setSaving(true);
    try {
      finished(await send(patch, conflict.current.version), conflict.current, Object.keys(patch));
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        // Yet another save in between: start the comparison again from the newest version.
        setBase(conflict.current);
        setConflict(null);
        setFormError(t(words.changedAgain));
      } else setFormError(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }

  /** Back from the trash: the changes are still in the form, to be saved on the restored version. */
  function onRestored(back: Pledge) {
    setTrashedOnSave(null);
    setRestored(true);
    // Trashing and restoring change no field; if nothing else changed since the form was loaded,
    // the changes go onto the restored version as they are. Otherwise saving compares, as ever.
    if (!Object.keys(changedFields(baseBody, bodyOf(back), FORM_FIELDS)).length) setBase(back);
    requestAnimationFrame(() => noticeRef.current?.focus());
  }

  if (conflict) {
    return (
      <>
        {formError ? (
          <p className="form-error" role="alert">
            {formError}
          </p>
        ) : null}
        <ConflictPanel
          conflict={conflict}
          saving={saving}
          onResolve={(choices) => void resolve(choices)}
          onDiscardMine={() => {
            setDone(true);
            queryClient.setQueryData(pledgeKeys.detail(base.id), conflict.current);
            void navigate({ to: paths.pledge, params: { id: base.id }, ignoreBlocker: true });
          }}
        />
      </>
    );
  }

  return (
    <>
      <div ref={noticeRef} tabIndex={-1} className="edit-notice">
        {trashed && whenTrashed ? whenTrashed({ trashed, onRestored }) : null}
        {restored && !trashed ? (
          <p className="form-note" role="status">
            {t(words.backFromTrash)}
          </p>
        ) : null}
      </div>
      <PledgeForm
        draft={draft}
        onDraftChange={(next) => {
          setDraft(next);
          setServerErrors({});
          setFormError(undefined);
        }}
        serverErrors={serverErrors}
        formError={formError}
        submitting={saving}
        submitLabel={t(words.submit)}
        onSubmit={(body) => void save(body)}
        onCancel={() => void navigate({ to: paths.pledge, params: { id: base.id } })}
      />
    </>
  );
}
