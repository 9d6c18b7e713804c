// The notice's body: each part of the link the page could not use, said once in the words of the
// list's controls. Loaded only when a link has such parts (link-problems-notice.tsx).
import { Notice } from '@client/components/notice';
import { useT } from '@client/i18n/language';
import { useSearchNotice } from '@client/lib/stores/search-notice';
import { linkProblemsWords } from './link-problem-words';
import { linkProblemWords } from './link-problems.messages';

export default function LinkProblemsList() {
  const problems = useSearchNotice((s) => s.problems);
  const clear = useSearchNotice((s) => s.clear);
  const t = useT();
  if (!problems.length) return null;
  return (
    <Notice title={t(linkProblemWords.title)} onDismiss={clear}>
      <ul className="notice-list">
        {linkProblemsWords(problems, t).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </Notice>
  );
}
