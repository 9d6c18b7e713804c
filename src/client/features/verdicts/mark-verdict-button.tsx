// Opens the verdict dialog for one pledge. Cheap to render in every list row.
import { shownTitle } from '@shared/i18n';
import type { Pledge } from '@shared/contract';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { verdictButtonWords } from './messages';
import { openVerdictDialog } from './verdict-dialog-store';

interface MarkVerdictButtonProps {
  pledge: Pick<Pledge, 'id' | 'title' | 'verdict'>;
  variant?: 'primary' | 'quiet';
}

export function MarkVerdictButton({ pledge, variant = 'primary' }: MarkVerdictButtonProps) {
  const t = useT();
  const open = pledge.verdict === 'open';
  const label = t(open ? verdictButtonWords.mark : verdictButtonWords.change);
  return (
    <Button
      variant={variant}
      small={variant === 'quiet'}
      onClick={() => openVerdictDialog({ pledgeId: pledge.id })}
      // Named whole: a hidden span beside the text loses its space inside a flex button.
      aria-label={
        variant === 'quiet'
          ? t(open ? verdictButtonWords.markFor : verdictButtonWords.changeFor, {
              title: shownTitle(pledge, t.locale).text,
            })
          : undefined
      }
    >
      {label}
    </Button>
  );
}
