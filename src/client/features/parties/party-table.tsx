// The parties as a table: one row each, its name (a link to its pledges) with kind and other
// names, its counts, and its actions. Name, pledges made and kept sort from their headers.
import { Link } from '@tanstack/react-router';
import type { PartyWithRecord } from '@client/lib/endpoints/party-stats';
import { Button } from '@client/components/button';
import { commonWords } from '@client/components/common.messages';
import { useT } from '@client/i18n/language';
import { ShownText } from '@client/i18n/shown-text';
import { shownName } from '@shared/i18n';
import { partyTableWords as words } from './messages';
import { KIND_WORDS, otherNames, type PartySort, type PartySortKey } from './party-table-model';
import { TableFrame } from '@client/components/table-frame';

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

const COUNTS = ['made', 'received', 'guaranteed', 'kept', 'broken', 'onTime', 'late'] as const;

export function PartyTable({ parties, names, sort, onSort, caption, onEdit, onMerge }: PartyTableProps) {
  const t = useT();
  /** "State for Ukraine · also Kyiv, Ukrainian". */
  const meta = (party: PartyWithRecord): string => {
    const kind = t(KIND_WORDS[party.kind]);
    const represents = party.represents ? names.get(party.represents) : undefined;
    const said = represents ? t(words.kindFor, { kind, party: represents }) : kind;
    const others = otherNames(party, t.locale);
    return others.length ? t(words.also, { meta: said, aliases: others.join(', ') }) : said;
  };
  return (
    <TableFrame labelledBy="party-table-caption" elevated>
      <table className="data-table party-table">
        <caption id="party-table-caption">{caption}</caption>
        <thead>
          <tr>
            <SortHeader label={t(words.party)} sortKey="name" sort={sort} onSort={onSort} />
            {COUNTS.map((key) =>
              key === 'made' || key === 'kept' ? (
                <SortHeader key={key} label={t(words[key])} sortKey={key} sort={sort} onSort={onSort} numeric />
              ) : (
                <th key={key} scope="col" className="num">
                  {t(words[key])}
                </th>
              ),
            )}
            {onEdit || onMerge ? (
              <th scope="col">
                <span className="visually-hidden">{t(words.actions)}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {parties.map((party) => (
            <tr key={party.id}>
              <th scope="row" className="party-name-cell">
                <Link to="/" search={{ party: party.id }} className="party-name">
                  <ShownText text={party.name} language={party.nameLanguage} translations={party.nameTranslations} />
                </Link>{' '}
                <span className="party-meta">{meta(party)}</span>
              </th>
              {COUNTS.map((key) => (
                <td key={key} className={party.record[key] ? 'num' : 'num is-zero'}>
                  {party.record[key]}
                </td>
              ))}
              {onEdit || onMerge ? (
                <td className="party-actions">
                  {onEdit ? (
                    <Button
                      small
                      onClick={() => onEdit(party)}
                      aria-label={t(words.edit, { name: shownName(party, t.locale).text })}
                    >
                      {t(commonWords.edit)}
                    </Button>
                  ) : null}
                  {onMerge ? (
                    <Button
                      variant="quiet"
                      small
                      onClick={() => onMerge(party)}
                      aria-label={t(words.mergeLabel, { name: shownName(party, t.locale).text })}
                    >
                      {t(words.merge)}
                    </Button>
                  ) : null}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
