// The parties as a table: one row each, its name (a link to its pledges) with kind and other
// names, its counts, and its actions. Name, pledges made and kept sort from their headers.
import { Link } from '@tanstack/react-router';
import type { PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { Button } from '@client/components/button';
import { KIND_LABELS, type PartySort, type PartySortKey } from './party-table-model';

interface PartyTableProps {
  parties: PartyWithRecord[];
  /** Every party, to name the one a person represents. */
  names: Map<string, string>;
  sort: PartySort;
  onSort: (key: PartySortKey) => void;
  caption: string;
  /** Rename and merge; without them (a reader), the table has no actions column. */
  onEdit?: (party: PartyWithRecord) => void;
  onMerge?: (party: PartyWithRecord) => void;
}

function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  sortKey: PartySortKey;
  sort: PartySort;
  onSort: (key: PartySortKey) => void;
  numeric?: boolean;
}) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
      <button type="button" className="party-sort" onClick={() => onSort(sortKey)}>
        {label}
        <span className={active ? 'party-sort-mark is-active' : 'party-sort-mark'} aria-hidden="true">
          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

const COUNTS = [
  ['made', 'Made'],
  ['received', 'Received'],
  ['guaranteed', 'Guaranteed'],
  ['kept', 'Kept'],
  ['broken', 'Broken'],
  ['onTime', 'On time'],
  ['late', 'Late'],
] as const;

export function PartyTable({ parties, names, sort, onSort, caption, onEdit, onMerge }: PartyTableProps) {
  return (
    <div className="party-table-scroll" role="region" aria-labelledby="party-table-caption" tabIndex={0}>
      <table className="party-table">
        <caption id="party-table-caption">{caption}</caption>
        <thead>
          <tr>
            <SortHeader label="Party" sortKey="name" sort={sort} onSort={onSort} />
            {COUNTS.map(([key, label]) =>
              key === 'made' || key === 'kept' ? (
                <SortHeader key={key} label={label} sortKey={key} sort={sort} onSort={onSort} numeric />
              ) : (
                <th key={key} scope="col" className="num">
                  {label}
                </th>
              ),
            )}
            {onEdit || onMerge ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => {
            const represents = party.represents ? names.get(party.represents) : undefined;
            return (
              <tr key={party.id}>
                <th scope="row" className="party-name-cell">
                  <Link to="/" search={{ party: party.id }} className="party-name">
                    {party.name}
                  </Link>{' '}
                  <span className="party-meta">
                    {KIND_LABELS[party.kind]}
                    {represents ? ` for ${represents}` : ''}
                    {party.aliases.length ? ` · also ${party.aliases.join(', ')}` : ''}
                  </span>
                </th>
                {COUNTS.map(([key]) => (
                  <td key={key} className={party.record[key] ? 'num' : 'num is-zero'}>
                    {party.record[key]}
                  </td>
                ))}
                {onEdit || onMerge ? (
                  <td className="party-actions">
                    {onEdit ? (
                      <Button small onClick={() => onEdit(party)} aria-label={`Edit ${party.name}`}>
                        Edit
                      </Button>
                    ) : null}
                    {onMerge ? (
                      <Button
                        variant="quiet"
                        small
                        onClick={() => onMerge(party)}
                        aria-label={`${party.name}: Merge into…`}
                      >
                        Merge into…
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
