// Opens the verdict dialog for one pledge. Cheap to render in every list row.
import type { Pledge } from '@shared/contract';
import { Button } from '@client/components/button';
import { openVerdictDialog } from './verdict-dialog-store';

interface MarkVerdictButtonProps {
  pledge: Pick<Pledge, 'id' | 'title' | 'verdict'>;
  variant?: 'primary' | 'quiet';
}

export function MarkVerdictButton({ pledge, variant = 'primary' }: MarkVerdictButtonProps) {
  const label = pledge.verdict === 'open' ? 'Mark verdict' : 'Change verdict';
  return (
    <Button
      variant={variant}
      small={variant === 'quiet'}
      onClick={() => openVerdictDialog({ pledgeId: pledge.id })}
      // Named whole: a hidden span beside the text loses its space inside a flex button.
      aria-label={variant === 'quiet' ? `${label} for “${pledge.title}”` : undefined}
    >
      {label}
    </Button>
  );
}
