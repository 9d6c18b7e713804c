// What a failed load looks like: what happened, in words, and a way to try again.
import { Button } from './button';
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
  return (
    <div className="state-panel state-error" role="alert">
      <Heading className="state-title">{title}</Heading>
      <p>{message}</p>
      {onRetry ? (
        <Button onClick={onRetry} pending={retrying} pendingLabel="Trying again…">
          Try again
        </Button>
      ) : null}
    </div>
  );
}
