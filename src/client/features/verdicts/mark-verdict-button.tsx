// Opens the verdict dialog for one pledge. Cheap to render in every list row.
import type { Pledge } from '../../../shared/contract';
import { openVerdictDialog } from './verdict-dialog-store';

interface MarkVerdictButtonProps {
  pledge: Pick<Pledge, 'id' | 'title' | 'verdict'>;
  variant?: 'primary' | 'quiet';
}

export function MarkVerdictButton({ pledge, variant = 'primary' }: MarkVerdictButtonProps) {
  const label = pledge.verdict === 'open' ? 'Mark verdict' : 'Change verdict';
  return (
    <button
      type="button"
      className={variant === 'primary' ? 'button button-primary' : 'button button-small button-quiet'}
      onClick={() => openVerdictDialog({ pledgeId: pledge.id })}
    >
      {label}
      {variant === 'quiet' ? <span className="visually-hidden"> for “{pledge.title}”</span> : null}
    </button>
  );
}
