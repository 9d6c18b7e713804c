// What a pledge's page (or its edit form) shows while the pledge is in the trash: who moved it
// there and when, Restore for editors, and the way back to the list for everyone.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Pledge, TrashedBy } from '@shared/contract';
import { paths } from '@client/app/paths';
import { now } from '@client/lib/clock';
import { trashOptions } from '@client/lib/endpoints/trash';
import { trashedSentence } from '@client/lib/trashed-words';
import { useMinuteClock } from '@client/lib/use-minute-clock';
import { useT } from '@client/i18n/language';
import { trashWords as words } from './messages';
import { TrashedItem } from './trash-list';
import './keeping.css';

interface TrashedNoticeProps {
  id: string;
  /** From the 410: who moved it and when. */
  trashed: TrashedBy | null;
  canRestore: boolean;
  /** 2 where the page has its own heading (the edit page). */
  level?: 1 | 2;
  /** Shown above an edit form whose save was refused: the changes wait there for the restore. */
  whileEditing?: boolean;
  onRestored?: (restored: Pledge) => void;
}

export function TrashedNotice({ id, trashed, canRestore, level = 1, whileEditing, onRestored }: TrashedNoticeProps) {
  // Read afresh: a trash list loaded before this pledge was moved there would not hold it.
  const inTrash = useQuery({ ...trashOptions(), staleTime: 0 }).data?.find((p) => p.id === id);
  // "3 minutes ago" stays true while the notice is on screen.
  useMinuteClock();
  const t = useT();
  const Heading = level === 1 ? 'h1' : 'h2';
  const what = t(whileEditing ? words.whileEditing : canRestore ? words.outOfListsRestore : words.outOfLists);
  return (
    <div className="state-panel trashed-notice" role="status">
      <Heading className="state-title">{t(words.noticeTitle)}</Heading>
      <p>
        {trashed ? `${trashedSentence(trashed, now(), t)} ` : null}
        {what}
      </p>
      {inTrash ? (
        <ul className="trash-list">
          <TrashedItem pledge={inTrash} canRestore={canRestore} onRestored={onRestored} />
        </ul>
      ) : null}
      <p className="trashed-notice-links">
        <Link to={paths.home}>{t(words.backToPledges)}</Link>
        <Link to={paths.trash}>{t(words.seeTrash)}</Link>
      </p>
    </div>
  );
}
