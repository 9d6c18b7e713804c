// Scores the extractor on one split of the annotated corpus, next to chrono-node alone on the same
// windows. Pure, so the eval script, the test and the bench share it.
import { casual } from 'chrono-node/en';
import { casual as casualUk } from 'chrono-node/uk';
import type { Candidate, ExtractRequest, PartyGuess } from '@shared/contract/extract';
import { extractPledges } from '../index';
import { findDateline } from '../dateline';
import { chronoReference } from '../reference';
import { developerNotation } from './developer-notation';
import { CORPUS_PARTIES } from './parties';
import { DEV_EN } from './splits';
import type { CorpusPartyKind, CorpusSentence, CorpusSplit } from './types';

export interface EvalFigures {
  sentences: number;
  articles: number;
  pledges: number;
  windowExact: number;
  baselineWindowExact: number;
  precision: number;
  recall: number;
  amountAccuracy: number;
  partyAccuracy: number;
  /** Of the parties annotated with a kind: proposed with that id and that kind. */
  kindAccuracy: number;
  kindsAnnotated: number;
  /** Of the candidates in texts that open with a dateline: quotes that leave it out. */
  datelineFree: number;
  datelineCandidates: number;
  /** Of the texts that open with a dateline: those whose dateline is found with the date it names. */
  datelinesRead: number;
  datelines: number;
  /** Of the deadline explanations proposed: those in plain words, without developer notation. */
  plainExplanations: number;
  explanations: number;
  failures: string[];
  /** Every candidate, serialised: equal under every process time zone. */
  fingerprint: string;
}

type Window = { earliest?: string; latest: string } | null;

function sameWindow(a: Window, b: Window): boolean {
  if (a === null || b === null) return a === b;
  return a.latest === b.latest && (a.earliest ?? null) === (b.earliest ?? null);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * chrono-node alone: its first date or range, a single date read as the latest day. Ukrainian
 * text goes to chrono's Ukrainian locale (only this baseline uses it: the reader's own
 * Ukrainian rules read the forms it leaves out, such as "до кінця року" and number words).
 */
export function chronoBaseline(text: string, request: Omit<ExtractRequest, 'text'>): Window {
  const ref = {
    date: request.publishedOn,
    timeZone: request.timeZone,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
  };
  const first = (request.language === 'uk' ? casualUk : casual).parse(text, chronoReference(ref))[0];
  if (!first) return null;
  const ymd = (c: typeof first.start) => `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
  return first.end ? { earliest: ymd(first.start), latest: ymd(first.end) } : { latest: ymd(first.start) };
}

interface Case {
  label: string;
  expected: Omit<CorpusSentence, 'text'>;
  found: Candidate | undefined;
  baseline: Window;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** The kind proposed for a party: a known party's own, else what the extractor took it for. */
function proposedKind(guess: PartyGuess): CorpusPartyKind {
  return guess.kind;
}

type DatelineNote = CorpusSentence['dateline'];

/** Candidates of a text that opens with a dateline, how many leave it out of the quote, and whether it is read. */
function datelineCheck(text: string, publishedOn: string, dateline: DatelineNote, candidates: Candidate[]) {
  if (!dateline) return { total: 0, free: 0, read: 0, failures: [] as string[] };
  const at = text.indexOf(dateline.text);
  const end = at < 0 ? 0 : at + dateline.text.length;
  const carrying = candidates.filter((c) => c.start < end && c.end > at);
  const found = findDateline(text, publishedOn);
  const read = found?.text === dateline.text && found.date === dateline.date;
  return {
    total: candidates.length,
    free: candidates.length - carrying.length,
    read: read ? 1 : 0,
    failures: [
      ...carrying.map((c) => `dateline in the quote: ${c.sentence.slice(0, 70)}`),
      ...(read ? [] : [`dateline: ${text.slice(0, 40)} → got ${JSON.stringify(found && [found.text, found.date])}`]),
    ],
  };
}

export function evaluateCorpus(split: CorpusSplit = DEV_EN): EvalFigures {
  const cases: Case[] = [];
  let falsePositives = 0;
  const all: Candidate[][] = [];
  const failures: string[] = [];
  let datelineTotal = 0;
  let datelineFree = 0;
  let datelines = 0;
  let datelinesRead = 0;
  const dateline = (text: string, publishedOn: string, line: DatelineNote, candidates: Candidate[]) => {
    const r = datelineCheck(text, publishedOn, line, candidates);
    datelineTotal += r.total;
    datelineFree += r.free;
    if (line) datelines++;
    datelinesRead += r.read;
    failures.push(...r.failures);
  };
  for (const s of split.sentences) {
    const request = {
      language: split.language,
      publishedOn: s.publishedOn ?? '2025-08-18',
      timeZone: s.timeZone ?? 'America/New_York',
      ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    };
    const { candidates } = extractPledges({ text: s.text, ...request }, CORPUS_PARTIES);
    all.push(candidates);
    dateline(s.text, request.publishedOn, s.dateline, candidates);
    if (!s.isPledge) falsePositives += candidates.length;
    cases.push({ label: s.text, expected: s, found: candidates[0], baseline: chronoBaseline(s.text, request) });
  }
  for (const a of split.articles) {
    const request = {
      language: split.language,
      publishedOn: a.publishedOn,
      timeZone: a.timeZone,
      ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    };
    const { candidates } = extractPledges({ text: a.text, ...request }, CORPUS_PARTIES);
    all.push(candidates);
    dateline(a.text, a.publishedOn, a.dateline, candidates);
    const used = new Set<Candidate>();
    for (const e of a.expected) {
      const found = candidates.find((c) => c.sentence.includes(e.contains));
      if (found) used.add(found);
      const sentence =
        found?.sentence ?? a.text.split(/(?<=[.!?])\s+/).find((x) => x.includes(e.contains)) ?? e.contains;
      cases.push({
        label: `${a.name}: ${e.contains}`,
        expected: e,
        found,
        baseline: chronoBaseline(sentence, request),
      });
    }
    falsePositives += candidates.filter((c) => !used.has(c)).length;
  }

  const pledges = cases.filter((c) => c.expected.isPledge);
  const truePositives = pledges.filter((c) => c.found).length;
  let windows = 0;
  let baseline = 0;
  let amounts = 0;
  let parties = 0;
  let kindsAnnotated = 0;
  let kindsRight = 0;
  for (const c of pledges) {
    for (const [id, kind] of Object.entries(c.expected.kinds ?? {})) {
      kindsAnnotated++;
      const guess = [...(c.found?.pledgers ?? []), ...(c.found?.beneficiaries ?? [])].find((g) => g.id === id);
      const got = guess ? proposedKind(guess) : 'not proposed';
      if (got === kind) kindsRight++;
      else failures.push(`kind: ${c.label} → ${id} got ${got}, want ${kind}`);
    }
    const got: Window = c.found?.deadline
      ? {
          ...(c.found.deadline.earliest ? { earliest: c.found.deadline.earliest } : {}),
          latest: c.found.deadline.latest,
        }
      : null;
    if (sameWindow(got, c.expected.deadline)) windows++;
    else failures.push(`window: ${c.label} → got ${JSON.stringify(got)}, want ${JSON.stringify(c.expected.deadline)}`);
    if (sameWindow(c.baseline, c.expected.deadline)) baseline++;
    const amount = c.found?.amount ? { value: c.found.amount.value, currency: c.found.amount.currency } : null;
    if (JSON.stringify(amount) === JSON.stringify(c.expected.amount)) amounts++;
    else failures.push(`amount: ${c.label} → got ${JSON.stringify(amount)}`);
    if (!c.found) {
      failures.push(`missed: ${c.label}`);
      continue;
    }
    const by = c.found.pledgers.map((p) => p.id);
    const to = c.found.beneficiaries.map((p) => p.id);
    if (sameSet(by, c.expected.pledgers) && sameSet(to, c.expected.beneficiaries)) parties++;
    else failures.push(`parties: ${c.label} → got ${by.join('+') || '-'} → ${to.join('+') || '-'}`);
  }
  for (const c of cases) if (!c.expected.isPledge && c.found) failures.push(`false positive: ${c.label}`);
  const explained = all.flat().filter((c) => c.deadline);
  const plain = explained.filter((c) => developerNotation(c.deadline!.rule).length === 0);
  if (plain.length < explained.length)
    failures.push(
      ...[...new Set(explained.filter((c) => !plain.includes(c)).map((c) => c.deadline!.rule))].map(
        (rule) => `explanation in notation: ${rule}`,
      ),
    );

  return {
    sentences: split.sentences.length,
    articles: split.articles.length,
    pledges: pledges.length,
    windowExact: ratio(windows, pledges.length),
    baselineWindowExact: ratio(baseline, pledges.length),
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, pledges.length),
    amountAccuracy: ratio(amounts, pledges.length),
    partyAccuracy: ratio(parties, truePositives),
    kindAccuracy: ratio(kindsRight, kindsAnnotated),
    kindsAnnotated,
    datelineFree: ratio(datelineFree, datelineTotal),
    datelineCandidates: datelineTotal,
    datelinesRead: ratio(datelinesRead, datelines),
    datelines,
    plainExplanations: ratio(plain.length, explained.length),
    explanations: explained.length,
    failures,
    fingerprint: JSON.stringify(all),
  };
}
