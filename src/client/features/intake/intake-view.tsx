// "Add from article": paste a story, find its pledges (in the browser, with the same extractor
// POST /api/extract runs), review each card, accept the ones worth tracking.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { ExtractRequest, Party, Source } from '@shared/contract';
import { formatDateIn } from '@shared/i18n';
import { ErrorState } from '@client/components/error-state';
import { useT } from '@client/i18n/language';
import { Rich } from '@client/i18n/rich';
import { errorMessage } from '@client/lib/api-client';
import { partiesOptions } from '@client/lib/endpoints/parties';
import { Button } from '@client/components/button';
import { acceptDraft } from './accept';
import { ArticleForm, defaultForm } from './article-form';
import { CandidateCard } from './candidate-card';
import { draftOf } from './drafts';
import { HighlightedArticle } from './highlighted-article';
import { useIntake } from './intake-store';
import { intakeWords as words } from './messages';
import './intake.css';

async function findCandidates(request: ExtractRequest, parties: readonly Party[]) {
  // Loaded on this page only: the home page never pays for the extractor or chrono-node.
  const { extractPledges } = await import('@shared/extract');
  const known = parties.map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    aliases: p.aliases,
    ...(p.represents ? { represents: p.represents } : {}),
  }));
  return extractPledges(request, known).candidates;
}

type Run = { state: 'idle' } | { state: 'reading' } | { state: 'failed'; message: string };

export function IntakeView() {
  const t = useT();
  const queryClient = useQueryClient();
  const parties = useQuery(partiesOptions());
  const storedForm = useIntake((s) => s.form);
  const [initialForm] = useState(defaultForm);
  const form = storedForm ?? initialForm;
  const setForm = useIntake((s) => s.setForm);
  const extraction = useIntake((s) => s.extraction);
  const setExtraction = useIntake((s) => s.setExtraction);
  const updateDraft = useIntake((s) => s.updateDraft);
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [acceptingAll, setAcceptingAll] = useState(false);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const cards = useRef(new Map<string, HTMLElement>());

  async function find(request: ExtractRequest, source: Source) {
    setRun({ state: 'reading' });
    try {
      const known = parties.data ?? (await queryClient.fetchQuery(partiesOptions()));
      const candidates = await findCandidates(request, known);
      setExtraction({
        article: { text: request.text, publishedOn: request.publishedOn, timeZone: request.timeZone, source },
        drafts: candidates.map((c) => draftOf(c, known)),
      });
      setRun({ state: 'idle' });
      requestAnimationFrame(() => resultsRef.current?.focus());
    } catch (error) {
      setRun({
        state: 'failed',
        message: error instanceof Error && !('status' in error) ? t(words.readFailed) : errorMessage(error),
      });
    }
  }

  function select(key: string) {
    const card = cards.current.get(key);
    card?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
    card?.focus({ preventScroll: true });
  }

  const accept = (key: string) => acceptDraft(queryClient, key);

  async function acceptAll() {
    setAcceptingAll(true);
    try {
      for (const draft of useIntake.getState().extraction?.drafts ?? []) {
        if (draft.status === 'open') await accept(draft.key);
      }
    } finally {
      setAcceptingAll(false);
    }
  }

  const drafts = extraction?.drafts ?? [];
  const open = drafts.filter((d) => d.status === 'open').length;
  const accepted = drafts.filter((d) => d.status === 'accepted').length;
  const rejected = drafts.filter((d) => d.status === 'rejected').length;

  return (
    <div className="intake">
      <ArticleForm
        form={form}
        onChange={setForm}
        onSubmit={(request, source) => void find(request, source)}
        busy={run.state === 'reading'}
      />

      <div aria-live="polite" className="visually-hidden">
        {run.state === 'reading' ? t(words.reading) : ''}
      </div>

      {run.state === 'reading' ? (
        <div className="intake-reading" aria-hidden="true">
          <span className="intake-spinner" /> {t(words.reading)}
        </div>
      ) : null}

      {run.state === 'failed' ? <ErrorState title={t(words.failedTitle)} message={run.message} /> : null}

      {extraction && run.state !== 'reading' ? (
        <section className="intake-results" aria-labelledby="intake-results-heading">
          <div className="intake-results-bar">
            <div>
              <h2 id="intake-results-heading" ref={resultsRef} tabIndex={-1} className="intake-results-title">
                {drafts.length ? t(words.found, { count: drafts.length }) : t(words.noneFound)}
              </h2>
              <p className="muted intake-results-meta">
                {t(drafts.length ? words.metaWithTally : words.meta, {
                  source: extraction.article.source.title,
                  date: formatDateIn(t.locale, extraction.article.publishedOn),
                  zone: extraction.article.timeZone,
                  accepted,
                  rejected,
                  open,
                })}
              </p>
            </div>
            {open > 1 ? (
              <Button onClick={() => void acceptAll()} pending={acceptingAll} pendingLabel={t(words.accepting)}>
                {t(words.acceptAll, { count: open })}
              </Button>
            ) : null}
          </div>

          {drafts.length ? (
            <div className="intake-layout">
              <section className="intake-article" aria-labelledby="intake-article-heading">
                <h3 id="intake-article-heading" className="aside-heading">
                  {t(words.article)}
                </h3>
                <p className="field-hint intake-legend">
                  <Rich
                    message={words.legend}
                    tags={{
                      sentence: (c) => <mark className="intake-sentence">{c}</mark>,
                      deadline: (c) => <mark className="intake-deadline-words">{c}</mark>,
                    }}
                  />
                </p>
                <HighlightedArticle text={extraction.article.text} drafts={drafts} onSelect={select} />
              </section>
              <section className="intake-cards" aria-label={t(words.cards)}>
                {drafts.map((draft, index) => (
                  <CandidateCard
                    key={draft.key}
                    ref={(el) => {
                      if (el) cards.current.set(draft.key, el);
                      else cards.current.delete(draft.key);
                    }}
                    draft={draft}
                    number={index + 1}
                    parties={parties.data ?? []}
                    onChange={(change) => updateDraft(draft.key, change)}
                    onAccept={() => void accept(draft.key)}
                  />
                ))}
              </section>
            </div>
          ) : (
            <div className="state-panel">
              <p>{t(words.noCommitment)}</p>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}
