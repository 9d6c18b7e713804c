// The Parties page's body: a search box, the table of every party with its record, and the
// dialogs to rename one or merge a duplicate into another.
import { shownName } from '@shared/i18n';
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
import { useT } from '@client/i18n/language';
import { EditPartyDialog } from './edit-party-dialog';
import { MergePartyDialog } from './merge-party-dialog';
import { partiesWords as words } from './messages';
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
  const t = useT();
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
  const names = useMemo(() => new Map(parties.map((p) => [p.id, shownName(p, t.locale).text])), [parties, t.locale]);
  const rows = useMemo(() => visibleParties(parties, query, sort, t.locale), [parties, query, sort, t.locale]);

  if (stats.isPending) {
    return (
      <section className="parties" aria-busy="true">
        <p className="visually-hidden" role="status">
          {t(words.loading)}
        </p>
        <TableSkeleton />
      </section>
    );
  }
  if (stats.isError) {
    return (
      <ErrorState
        title={t(words.loadFailed)}
        message={errorMessage(stats.error)}
        onRetry={() => void stats.refetch()}
        retrying={stats.isFetching}
      />
    );
  }
  if (!parties.length) {
    return (
      <div className="state-panel">
        <h2 className="state-title">{t(words.noneTitle)}</h2>
        <p>{t(words.noneText)}</p>
        {canEdit ? (
          <p>
            <Link to="/pledges/new" className={buttonClass()}>
              {t(words.recordPledge)}
            </Link>
          </p>
        ) : null}
      </div>
    );
  }

  const caption = query.trim()
    ? t(words.matching, { shown: rows.length, total: parties.length, query: query.trim() })
    : t(words.count, { count: parties.length });
  return (
    <section className="parties" aria-label={t(words.region)}>
      <div className="parties-bar">
        <TextField
          label={t(words.find)}
          className="parties-search"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t(words.findPlaceholder)}
          autoComplete="off"
        />
        <p className="parties-legend">{t(words.legend)}</p>
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
          <h2 className="state-title">{t(words.noMatch, { query: query.trim() })}</h2>
          <p>{t(words.noMatchText)}</p>
          <Button onClick={() => setQuery('')}>{t(words.clearSearch)}</Button>
        </div>
      )}
      {open?.kind === 'edit' ? <EditPartyDialog party={open.party} onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'merge' ? (
        <MergePartyDialog party={open.party} parties={parties} onClose={() => setOpen(null)} />
      ) : null}
    </section>
  );
}
