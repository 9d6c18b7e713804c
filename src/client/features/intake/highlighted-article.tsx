// The article as pasted, each candidate sentence highlighted and its deadline words marked
// inside it. A highlight's number (a button) and the highlight itself lead to its card.
import type { ReactNode } from 'react';
import { useT } from '@client/i18n/language';
import { intakeWords as words } from './messages';
import type { CandidateDraft } from './drafts';

interface Props {
  text: string;
  drafts: CandidateDraft[];
  onSelect: (key: string) => void;
}

function sentenceBody(draft: CandidateDraft, text: string): ReactNode {
  const { start, end, deadline } = draft.candidate;
  if (!deadline || deadline.start < start || deadline.end > end || deadline.end <= deadline.start)
    return text.slice(start, end);
  return (
    <>
      {text.slice(start, deadline.start)}
      <mark className="intake-deadline-words">{text.slice(deadline.start, deadline.end)}</mark>
      {text.slice(deadline.end, end)}
    </>
  );
}

export function HighlightedArticle({ text, drafts, onSelect }: Props) {
  const t = useT();
  const ordered = drafts
    .map((draft, index) => ({ draft, number: index + 1 }))
    .sort((a, b) => a.draft.candidate.start - b.draft.candidate.start);
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { draft, number } of ordered) {
    const { start, end } = draft.candidate;
    if (start < at) continue; // overlapping candidates: the first one wins the highlight
    pieces.push(text.slice(at, start));
    pieces.push(
      <span key={draft.key} className={`intake-hit intake-hit-${draft.status}`}>
        <button
          type="button"
          className="intake-hit-number"
          onClick={() => onSelect(draft.key)}
          aria-label={t(words.goTo, { number })}
        >
          {number}
        </button>
        <mark className="intake-sentence" onClick={() => onSelect(draft.key)}>
          {sentenceBody(draft, text)}
        </mark>
      </span>,
    );
    at = end;
  }
  pieces.push(text.slice(at));
  return <div className="intake-article-text">{pieces}</div>;
}
