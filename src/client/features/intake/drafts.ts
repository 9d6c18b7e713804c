// What the intake page edits: one draft per candidate the extractor found, the pledge body it
// becomes, and the server's refusals mapped back to the fields of the card. Pure.
import {
  slugFromName,
  type Candidate,
  type ErrorIssue,
  type NewPledge,
  type Party,
  type PartyGuess,
  type Source,
} from '@shared/contract';
import { englishTranslator, type Translate } from '@shared/i18n';
import { issueText } from './issue-text';
import { cardWords, draftCheckWords as words } from './messages';

export type PartyKind = Party['kind'];

/** A party on a card: a known one, or a new one to create when the card is accepted. */
export interface PartyChip {
  id: string;
  name: string;
  known: boolean;
  /** For a new party: what it is (asked on the chip). */
  kind: PartyKind;
}

export type DraftStatus = 'open' | 'saving' | 'accepted' | 'rejected';

export type DraftField =
  | 'title'
  | 'quote'
  | 'pledgers'
  | 'beneficiaries'
  | 'earliest'
  | 'latest'
  | 'deadlineText'
  | 'amountValue'
  | 'amountCurrency';

export type DraftErrors = Partial<Record<DraftField | 'form', string>>;

export interface CandidateDraft {
  /** Stable within one extraction: where the sentence stands in the article. */
  key: string;
  candidate: Candidate;
  title: string;
  quote: string;
  pledgers: PartyChip[];
  beneficiaries: PartyChip[];
  earliest: string;
  latest: string;
  deadlineText: string;
  amountValue: string;
  amountCurrency: string;
  status: DraftStatus;
  /** The pledge created when it was accepted. */
  pledgeId?: string;
  errors: DraftErrors;
}

/** What an extraction ran on: the article and its source, as the pledges will carry them. */
export interface ArticleContext {
  text: string;
  publishedOn: string;
  timeZone: string;
  source: Source;
}

function chipOf(guess: PartyGuess, parties: readonly Party[]): PartyChip {
  const party = parties.find((p) => p.id === guess.id);
  return {
    id: guess.id,
    name: party?.name ?? guess.name,
    known: guess.known && Boolean(party),
    // The tracker's own kind for a party it has; the extractor's guess for a new one.
    kind: party?.kind ?? guess.kind,
  };
}

function uniqueChips(chips: PartyChip[], taken: ReadonlySet<string> = new Set()): PartyChip[] {
  const seen = new Set(taken);
  return chips.filter((c) => !seen.has(c.id) && seen.add(c.id));
}

export function draftOf(candidate: Candidate, parties: readonly Party[]): CandidateDraft {
  const pledgers = uniqueChips(candidate.pledgers.map((g) => chipOf(g, parties)));
  // A party takes one role in a pledge: a pledger is not also its beneficiary.
  const beneficiaries = uniqueChips(
    candidate.beneficiaries.map((g) => chipOf(g, parties)),
    new Set(pledgers.map((p) => p.id)),
  );
  return {
    key: `${candidate.start}-${candidate.end}`,
    candidate,
    title: candidate.title,
    quote: candidate.sentence.trim(),
    pledgers,
    beneficiaries,
    earliest: candidate.deadline?.earliest ?? '',
    latest: candidate.deadline?.latest ?? '',
    deadlineText: candidate.deadline?.text ?? '',
    amountValue: candidate.amount ? String(candidate.amount.value) : '',
    amountCurrency: candidate.amount?.currency ?? 'USD',
    status: 'open',
    errors: {},
  };
}

/** A new party's chip from a typed name: its id is made from the name, as the server would. */
export function newPartyChip(name: string, kind: PartyKind = 'organisation'): PartyChip | null {
  const trimmed = name.trim();
  const id = slugFromName(trimmed);
  return trimmed && id ? { id, name: trimmed, known: false, kind } : null;
}

/** Problems found before asking the server (the server checks everything again). */
export function checkDraft(draft: CandidateDraft, t: Translate = englishTranslator()): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = t(words.titleNeeded);
  if (!draft.pledgers.length) errors.pledgers = t(words.namePledger);
  if (draft.earliest && !draft.latest) errors.latest = t(words.latestToo);
  if ((draft.earliest || draft.latest) && !draft.deadlineText.trim()) errors.deadlineText = t(words.keepWords);
  if (draft.amountValue.trim()) {
    const value = Number(draft.amountValue.replace(/[,\s_]/g, ''));
    if (!Number.isFinite(value) || value <= 0) errors.amountValue = t(words.positive);
    if (!/^[A-Z]{3}$/.test(draft.amountCurrency.trim().toUpperCase())) errors.amountCurrency = t(words.currencyCode);
  }
  return errors;
}

/** The POST /api/pledges body a draft becomes. New parties must exist by then (same ids). */
export function pledgeBody(draft: CandidateDraft, article: ArticleContext): NewPledge {
  const amount = draft.amountValue.trim()
    ? { value: Number(draft.amountValue.replace(/[,\s_]/g, '')), currency: draft.amountCurrency.trim().toUpperCase() }
    : null;
  const deadline = draft.latest
    ? { ...(draft.earliest ? { earliest: draft.earliest } : {}), latest: draft.latest, text: draft.deadlineText.trim() }
    : null;
  return {
    title: draft.title.trim(),
    quote: draft.quote.trim(),
    pledgers: draft.pledgers.map((p) => p.id),
    beneficiaries: draft.beneficiaries.map((p) => p.id),
    announcedOn: article.publishedOn,
    timeZone: article.timeZone,
    deadline,
    amount,
    sources: [article.source],
  };
}

const FIELD_OF_PATH: [RegExp, DraftField | 'form'][] = [
  [/^title$/, 'title'],
  [/^quote$/, 'quote'],
  [/^pledgers(\.|$)/, 'pledgers'],
  [/^beneficiaries(\.|$)/, 'beneficiaries'],
  [/^deadline\.earliest$/, 'earliest'],
  [/^deadline\.latest$/, 'latest'],
  [/^deadline\.text$/, 'deadlineText'],
  [/^deadline$/, 'latest'],
  [/^amount\.currency$/, 'amountCurrency'],
  [/^amount(\.|$)/, 'amountValue'],
];

/** The server's issues, by field of the card; anything else (the source, the dates of the article) is said at the top of the card. */
export function errorsFromIssues(
  issues: readonly ErrorIssue[],
  message: string,
  t: Translate = englishTranslator(),
): DraftErrors {
  const errors: DraftErrors = {};
  const rest: string[] = [];
  for (const issue of issues) {
    const field = FIELD_OF_PATH.find(([re]) => re.test(issue.path))?.[1];
    const said = issueText(issue.message, t);
    if (field && field !== 'form') errors[field] = errors[field] ? `${errors[field]}; ${said}` : said;
    else rest.push(issue.path ? `${issue.path}: ${said}` : said);
  }
  errors.form = [t(words.notSaved, { reason: message }), ...rest].join(' ');
  return errors;
}

/** "Strong", "Likely", "Worth a look": how sure the extractor is, in calm words. */
export function confidenceWords(confidence: number, t: Translate = englishTranslator()): string {
  if (confidence >= 0.85) return t(cardWords.strong);
  if (confidence >= 0.65) return t(cardWords.likely);
  return t(cardWords.worthALook);
}
