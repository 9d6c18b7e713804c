// The calm notice above the list when a shared link had parts the page could not use: each one
// said once, in the words of the list's controls, until the reader dismisses it or leaves.
import { Notice } from '@client/components/notice';
import { useT } from '@client/i18n/language';
import { useSearchNotice } from '@client/lib/stores/search-notice';
import { linkProblemsWords } from './link-problem-words';
import { linkProblemWords } from './messages';

export function LinkProblemsNotice() {
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
