// The Parties page's body: a search box, the table of every party with its record, and the
// dialogs to rename one or merge a duplicate into another.
import './parties.css';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorState } from '@client/components/error-state';
import { SkeletonLine } from '@client/components/skeleton';
import { errorMessage } from '@client/lib/api-client';
import { partyStatsOptions, type PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { Button, buttonClass } from '@client/components/button';
import { TextField } from '@client/components/form-field';
import { EditPartyDialog } from './edit-party-dialog';
import { MergePartyDialog } from './merge-party-dialog';
import { PartyTable } from './party-table';
import { sortFromParam, sortToParam, type PartySort } from './parties-search';
import { nextSort, visibleParties } from './party-table-model';

const route = getRouteApi('/parties');

type Open = { kind: 'edit' | 'merge'; party: PartyWithRecord } | null;

function TableSkeleton() {
  return (
    <div className="party-table-skeleton" aria-hidden="true">
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="party-skeleton-row">
          <SkeletonLine width={`${40 - (i % 3) * 8}%`} />
          <SkeletonLine width="45%" size="sm" />
        </div>
      ))}
    </div>
  );
}

/** `canEdit`: offer rename and merge (editors only). */
export function PartiesView({ canEdit }: { canEdit: boolean }) {
  const stats = useQuery(partyStatsOptions());
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const urlQuery = search.q ?? '';
  // What is typed shows at once; the URL follows (its update is asynchronous, and an input bound
  // to it directly could drop keystrokes). A new URL from elsewhere (back, a link) wins.
  const [query, setText] = useState(urlQuery);
  const [seen, setSeen] = useState(urlQuery);
  if (seen !== urlQuery) {
    setSeen(urlQuery);
    if (urlQuery !== query) setText(urlQuery);
  }
  const sort = sortFromParam(search.sort);
  // Typing replaces the history entry; choosing an order adds one, as on the list.
  const setQuery = (q: string) => {
    setText(q);
    setSeen(q);
    void navigate({ search: (s) => ({ ...s, q: q.trim() ? q : undefined }), replace: true, resetScroll: false });
  };
  const setSort = (next: PartySort) =>
    void navigate({ search: (s) => ({ ...s, sort: sortToParam(next) }), resetScroll: false });
  const [open, setOpen] = useState<Open>(null);
  const parties = useMemo(() => stats.data ?? [], [stats.data]);
  const names = useMemo(() => new Map(parties.map((p) => [p.id, p.name])), [parties]);
  const rows = useMemo(() => visibleParties(parties, query, sort), [parties, query, sort]);

  if (stats.isPending) {
    return (
      <section className="parties" aria-busy="true">
        <p className="visually-hidden" role="status">
          Loading the parties…
        </p>
        <TableSkeleton />
      </section>
    );
  }
  if (stats.isError) {
    return (
      <ErrorState
        title="The parties could not be loaded"
        message={errorMessage(stats.error)}
        onRetry={() => void stats.refetch()}
        retrying={stats.isFetching}
      />
    );
  }
  if (!parties.length) {
    return (
      <div className="state-panel">
        <h2 className="state-title">No parties yet</h2>
        <p>Parties are added with the pledges that name them.</p>
        {canEdit ? (
          <p>
            <Link to="/pledges/new" className={buttonClass()}>
              Record a pledge
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  const caption = query.trim()
    ? `${rows.length} of ${parties.length} parties match “${query.trim()}”`
    : `${parties.length} parties`;
  return (
    <section className="parties" aria-label="Parties and their record">
      <div className="parties-bar">
        <TextField
          label="Find a party"
          className="parties-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Name or other name"
          autoComplete="off"
        />
        <p className="parties-legend">
          Kept counts fulfilled and partly fulfilled pledges the party made; on time and late, those resolved with a
          deadline.
        </p>
      </div>
      <p className="visually-hidden" role="status">
        {query.trim() ? caption : ''}
      </p>
      {rows.length ? (
        <PartyTable
          parties={rows}
          names={names}
          sort={sort}
          onSort={(key) => setSort(nextSort(sort, key))}
          caption={caption}
          onEdit={canEdit ? (party) => setOpen({ kind: 'edit', party }) : undefined}
          onMerge={canEdit ? (party) => setOpen({ kind: 'merge', party }) : undefined}
        />
      ) : (
        <div className="state-panel">
          <h2 className="state-title">No party matches “{query.trim()}”</h2>
          <p>The search looks at names and other names.</p>
          <Button onClick={() => setQuery('')}>Clear the search</Button>
        </div>
      )}
      {open?.kind === 'edit' ? <EditPartyDialog party={open.party} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'merge' ? (
        <MergePartyDialog party={open.party} parties={parties} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
