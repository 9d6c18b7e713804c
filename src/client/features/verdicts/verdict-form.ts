// The verdict form's rules, kept out of the component: what the draft turns into (a PATCH body),
// and which field each problem belongs to, whether the browser or the server found it.
import {
  pledgePatchSchema,
  type ErrorIssue,
  type Evidence,
  type EvidenceInput,
  type Pledge,
  type PledgePatch,
  type Verdict,
} from '@shared/contract';
import { checkPledgeRules, evidenceInputOf, todayIn } from '@shared/domain';
import { englishTranslator, type Locale, type Translate } from '@shared/i18n';
import { verdictFormWords } from './dialog.messages';

/** What marking a verdict sends: the three fields, all of them. */
export type VerdictPatch = Required<Pick<PledgePatch, 'verdict' | 'resolvedOn' | 'evidence'>>;

export interface VerdictDraft {
  /** The new verdict; 'open' means "reopen". */
  choice: Verdict;
  resolvedOn: string;
  url: string;
  note: string;
  /** The language the new evidence's note is written in: the one the tracker is read in. */
  noteLanguage: Locale;
}

export type VerdictField = 'choice' | 'resolvedOn' | 'url' | 'note' | 'form';
export type FieldErrors = Partial<Record<VerdictField, string>>;

/** Evidence as sent, as it would be stored `at`: what the optimistic picture and the rules read. */
export function asStoredEvidence(e: EvidenceInput, at: string): Evidence {
  return {
    ...e,
    note: e.note ?? '',
    noteLanguage: e.noteLanguage ?? 'en',
    noteTranslations: e.noteTranslations ?? {},
    addedAt: at,
  };
}

export function initialDraft(pledge: Pledge, nowMs: number, noteLanguage: Locale = 'en'): VerdictDraft {
  return {
    choice: pledge.verdict === 'open' ? 'fulfilled' : pledge.verdict,
    resolvedOn: pledge.resolvedOn ?? todayIn(pledge.timeZone, nowMs),
    url: '',
    note: '',
    noteLanguage,
  };
}

export function buildPatch(pledge: Pledge, draft: VerdictDraft): VerdictPatch {
  const evidence = pledge.evidence.map(evidenceInputOf);
  if (draft.choice === 'open') return { verdict: 'open', resolvedOn: null, evidence };
  const url = draft.url.trim();
  if (url) evidence.push({ url, note: draft.note.trim(), noteLanguage: draft.noteLanguage });
  return { verdict: draft.choice, resolvedOn: draft.resolvedOn || null, evidence };
}

/** The patch that puts a pledge's verdict back as it was: what "Undo" sends. */
export function restorePatch(before: Pledge): VerdictPatch {
  return { verdict: before.verdict, resolvedOn: before.resolvedOn, evidence: before.evidence.map(evidenceInputOf) };
}

/** Places an issue (by its dotted path) next to the field it is about. */
export function fieldForIssue(path: string, newEvidenceIndex: number): VerdictField {
  if (path === 'verdict') return 'choice';
  if (path === 'resolvedOn') return 'resolvedOn';
  if (path === 'evidence') return 'url';
  const m = /^evidence\.(\d+)(?:\.(\w+))?/.exec(path);
  if (m && Number(m[1]) === newEvidenceIndex) return m[2] === 'note' ? 'note' : 'url';
  return 'form';
}

export function errorsFromIssues(issues: readonly ErrorIssue[], newEvidenceIndex: number): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldForIssue(issue.path, newEvidenceIndex);
    errors[field] ??= issue.message;
  }
  return errors;
}

/** Everything wrong with a draft, checked with the same schema and rules the server uses. */
export function validateDraft(
  pledge: Pledge,
  draft: VerdictDraft,
  nowMs: number,
  t: Translate = englishTranslator(),
): FieldErrors {
  const errors: FieldErrors = {};
  if (draft.choice !== 'open' && !draft.url.trim() && draft.note.trim()) {
    errors.url = t(verdictFormWords.noteNeedsLink);
  }
  const patch = buildPatch(pledge, draft);
  const newIndex = pledge.evidence.length;
  const parsed = pledgePatchSchema.safeParse(patch);
  const shapeIssues = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  // The cross-field rules only read dates, the verdict and how much evidence there is, so they
  // can run on the draft as typed: every problem shows at once, not one round at a time.
  const ruleIssues = checkPledgeRules(
    {
      ...pledge,
      verdict: patch.verdict,
      resolvedOn: patch.resolvedOn,
      evidence: patch.evidence.map((e) => asStoredEvidence(e, new Date(nowMs).toISOString())),
    },
    nowMs,
  );
  return { ...errorsFromIssues([...shapeIssues, ...ruleIssues], newIndex), ...errors };
}
