// Scores the extractor on the annotated corpus, next to chrono-node alone on the same windows.
// Pure, so the eval script, the test and the bench share it.
import { casual } from 'chrono-node/en';
import type { Candidate, ExtractRequest } from '@shared/contract/extract';
import { extractPledges } from '../index';
import { chronoReference } from '../reference';
import { CORPUS_ARTICLES } from './articles';
import { CORPUS_PARTIES } from './parties';
import { CORPUS_SENTENCES } from './sentences';
import type { CorpusSentence } from './types';

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

/** chrono-node alone: its first date or range, a single date read as the latest day. */
export function chronoBaseline(text: string, request: Omit<ExtractRequest, 'text'>): Window {
  const ref = {
    date: request.publishedOn,
    timeZone: request.timeZone,
    ...(request.publishedAt ? { publishedAt: request.publishedAt } : {}),
  };
  const first = casual.parse(text, chronoReference(ref))[0];
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

export function evaluateCorpus(): EvalFigures {
  const cases: Case[] = [];
  let falsePositives = 0;
  const all: Candidate[][] = [];
  for (const s of CORPUS_SENTENCES) {
    const request = {
      publishedOn: s.publishedOn ?? '2025-08-18',
      timeZone: s.timeZone ?? 'America/New_York',
      ...(s.publishedAt ? { publishedAt: s.publishedAt } : {}),
    };
    const { candidates } = extractPledges({ text: s.text, ...request }, CORPUS_PARTIES);
    all.push(candidates);
    if (!s.isPledge) falsePositives += candidates.length;
    cases.push({ label: s.text, expected: s, found: candidates[0], baseline: chronoBaseline(s.text, request) });
  }
  for (const a of CORPUS_ARTICLES) {
    const request = {
      publishedOn: a.publishedOn,
      timeZone: a.timeZone,
      ...(a.publishedAt ? { publishedAt: a.publishedAt } : {}),
    };
    const { candidates } = extractPledges({ text: a.text, ...request }, CORPUS_PARTIES);
    all.push(candidates);
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
  const failures: string[] = [];
  let windows = 0;
  let baseline = 0;
  let amounts = 0;
  let parties = 0;
  for (const c of pledges) {
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

  return {
    sentences: CORPUS_SENTENCES.length,
    articles: CORPUS_ARTICLES.length,
    pledges: pledges.length,
    windowExact: ratio(windows, pledges.length),
    baselineWindowExact: ratio(baseline, pledges.length),
    precision: ratio(truePositives, truePositives + falsePositives),
    recall: ratio(truePositives, pledges.length),
    amountAccuracy: ratio(amounts, pledges.length),
    partyAccuracy: ratio(parties, truePositives),
    failures,
    fingerprint: JSON.stringify(all),
  };
}
