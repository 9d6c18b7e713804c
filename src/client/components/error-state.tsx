// What a failed load looks like: what happened, in words, and a way to try again.
import { useT } from '@client/i18n/language';
import { Button } from './button';
import { stateWords } from './messages';

interface ErrorStateProps {
  title: string;
  message: string;
  onRetry?: () => void;
  retrying?: boolean;
  /** The heading level that fits where the panel sits in the page's outline. */
  level?: 1 | 2 | 3;
}

export function ErrorState({ title, message, onRetry, retrying = false, level = 2 }: ErrorStateProps) {
  const Heading = `h${level}` as const;
  const t = useT();
  return (
    <div className="state-panel state-error" role="alert">
      <Heading className="state-title">{title}</Heading>
      <p>{message}</p>
      {onRetry ? (
        <Button onClick={onRetry} pending={retrying} pendingLabel={t(stateWords.tryingAgain)}>
          {t(stateWords.tryAgain)}
        </Button>
      ) : null}
    </div>
  );
}
