// The list when there is nothing to list yet: loading, nothing matching, or a failure.
import { SkeletonRow } from '@client/components/skeleton';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { listWords } from './messages';

export function ListLoading({ rows = 5 }: { rows?: number }) {
  const t = useT();
  return (
    <div className="list-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        {t(listWords.loading)}
      </p>
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonRow key={i} />
      ))}
    </div>
  );
}

export function ListEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  const t = useT();
  return (
    <div className="state-panel state-empty" role="status">
      <h2 className="state-title">{t(filtered ? listWords.noneMatch : listWords.noneYet)}</h2>
      <p>{t(filtered ? listWords.noneMatchText : listWords.noneYetText)}</p>
      {filtered ? <Button onClick={onClearFilters}>{t(listWords.clearFilters)}</Button> : null}
    </div>
  );
}
