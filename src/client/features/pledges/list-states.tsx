// The list when there is nothing to list yet: loading, nothing matching, or a failure.
import { SkeletonRow } from '@client/components/skeleton';
import { Button } from '@client/components/button';

export function ListLoading({ rows = 5 }: { rows?: number }) {
  return (
    <div className="list-loading" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading pledges…
      </p>
      {Array.from({ length: rows }, (_, i) => (
        <SkeletonRow key={i} />
      ))}
    </div>
  );
}

export function ListEmpty({ filtered, onClearFilters }: { filtered: boolean; onClearFilters: () => void }) {
  return (
    <div className="state-panel state-empty" role="status">
      <h2 className="state-title">{filtered ? 'No pledges match' : 'No pledges yet'}</h2>
      <p>
        {filtered
          ? 'Nothing fits all of these filters. Try fewer, or start again from everything.'
          : 'Pledges appear here once they are recorded.'}
      </p>
      {filtered ? <Button onClick={onClearFilters}>Clear filters</Button> : null}
    </div>
  );
}
