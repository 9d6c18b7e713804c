// How a list query becomes SQL. The default "status" order is served as up to five segments
// (overdue, due, upcoming, open without deadline, resolved), each a range of its own index in
// its own order, walked in turn to honour offset and limit. Every other sort is one query over
// one index. A segment the filters exclude is left out, never queried.
//
// A party's view runs on pledge_parties, and a tag view on pledge_tags, whose rows carry the
// same list columns under the same names and whose indexes are the same ones led by party_id
// (with the role covered) or tag; the conditions below only name those shared columns, so they
// apply to any of the tables. A view of several tags is the union of one index range per tag,
// merged in the view's order (a pledge with two of the tags is one row: its copies are equal).
// Only a search (?q=) needs the pledges table, where the party becomes a membership test. Tags
// beside a party or a search probe pledge_tags by pledge id while walking the view's index,
// which keeps the order coming from the index.
//
// A deadline range also bounds opens_at and closes_at, which the open segments' indexes are
// ordered by or cover: a window that closes on or after `from` closes at the start of the day
// after it in its zone, and one that opens on or before `to` opens at the start of that day in
// its zone; a zone's offset is under a day (even the oldest local mean times in the tz database),
// so a day's margin either side of midnight UTC keeps every match. These bounds only let the index skip rows the
// exact text comparisons would reject; they are inlined so page queries stay cached by shape.
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';
import { serializeFilters, type DeadlineState } from '@shared/contract';
import { searchWords } from '../derived';
import type { StoreListQuery } from '../types';
import type { Database, ListColumns } from './schema';

export type ListTable = 'pledges' | 'pledge_parties' | 'pledge_tags';
export type Condition = (eb: ExpressionBuilder<Database, 'pledges'>) => Expression<SqlBool>;
export type OrderTerm = { by: keyof ListColumns | 'id' | 'pledge_id' | Expression<unknown>; desc?: boolean };

export interface ListPart {
  table: ListTable;
  where: Condition;
  /** When set, the rows matching `where` and any one of these, each a range of its own index. */
  anyOf?: Condition[];
  orderBy: OrderTerm[];
}

export interface ListPlan {
  parts: ListPart[];
  /** Identifies the parts and their conditions (not the clock or the page), for the count cache. */
  countKey: string;
  /** True when a condition no index serves (a search) makes every query read all rows. */
  scans: boolean;
}

interface Segment {
  name: string;
  where: Condition;
  orderBy: OrderTerm[];
}

const isOpen = sql<SqlBool>`verdict = 'open'`;
const isResolved = sql<SqlBool>`verdict <> 'open'`;
const RESOLVED_STATES: readonly DeadlineState[] = ['none', 'met', 'late', 'missed'];

/** The status segments the verdict and state filters leave in, in display order. */
function statusSegments(query: StoreListQuery, nowMs: number, { opensAt }: ListDialect): Segment[] {
  const wantsOpen = !query.verdict || query.verdict.includes('open');
  const wants = (state: DeadlineState) => wantsOpen && (!query.state || query.state.includes(state));
  const segments: Segment[] = [];
  if (wants('overdue')) {
    segments.push({
      name: 'overdue',
      where: (eb) => eb.and([isOpen, eb('closes_at', '<=', nowMs), eb(opensAt, '<=', nowMs)]),
      orderBy: [{ by: 'closes_at' }],
    });
  }
  if (wants('due')) {
    segments.push({
      name: 'due',
      where: (eb) => eb.and([isOpen, eb('closes_at', '>', nowMs), eb(opensAt, '<=', nowMs)]),
      orderBy: [{ by: 'closes_at' }],
    });
  }
  if (wants('upcoming')) {
    segments.push({
      name: 'upcoming',
      where: (eb) => eb.and([isOpen, eb('opens_at', '>', nowMs)]),
      orderBy: [{ by: 'opens_at' }],
    });
  }
  if (wants('none')) {
    segments.push({
      name: 'undated',
      where: (eb) => eb.and([isOpen, eb('closes_at', 'is', null)]),
      orderBy: [{ by: 'announced_on', desc: true }],
    });
  }
  const verdicts = query.verdict?.filter((v) => v !== 'open');
  const states = query.state?.filter((s) => RESOLVED_STATES.includes(s));
  if ((!verdicts || verdicts.length) && (!states || states.length)) {
    segments.push({
      name: `resolved(${verdicts?.join('|') ?? '*'};${states?.join('|') ?? '*'})`,
      where: (eb) =>
        eb.and([
          isResolved,
          ...(verdicts ? [eb('verdict', 'in', verdicts)] : []),
          ...(states ? [eb('resolved_state', 'in', states)] : []),
        ]),
      orderBy: [{ by: 'resolved_on', desc: true }],
    });
  }
  return segments;
}

function sortOrder(sort: Exclude<StoreListQuery['sort'], 'status'>): OrderTerm[] {
  const desc = sort.startsWith('-');
  switch (sort.replace(/^-/, '')) {
    case 'deadline':
      // The expressions of the deadline_asc/desc indexes: no deadline sorts last either way.
      return [{ by: desc ? sql`coalesce(deadline_latest, '')` : sql`coalesce(deadline_latest, '~')`, desc }];
    case 'announced':
      return [{ by: 'announced_on', desc }];
    case 'updated':
      return [{ by: 'updated_at', desc }];
    case 'slips':
      return [{ by: 'deadline_slips', desc }];
    case 'progress':
      // The expressions of the progress indexes: pledges without an amount last either way.
      return [{ by: sql`(progress is null)` }, { by: 'progress', desc }];
    default:
      return [{ by: 'title_key', desc }];
  }
}

const DAY_MS = 86_400_000;

/** Midnight UTC at the start of a YYYY-MM-DD date. */
function utcMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** What the two SQL dialects spell, or plan, differently in a list. */
export interface ListDialect {
  /**
   * A search word's test on search_text (already lower-cased, like the words): SQLite's instr(),
   * PostgreSQL's strpos().
   */
  contains: (word: string) => RawBuilder<SqlBool>;
  /** `opens_at` in the overdue and due segments' conditions (see sqliteDialect). */
  opensAt: RawBuilder<number>;
}

export const sqliteDialect: ListDialect = {
  contains: (word) => sql<SqlBool>`instr(search_text, ${word}) > 0`,
  /**
   * `opens_at` as a term no index may serve (the unary plus): the overdue and due segments are
   * then counted on the index by closing time, which holds opens_at too, without reading a row.
   * Left indexable, SQLite counted them on the index by opening time and read every row it named
   * for its closes_at: 110 ms of CPU for 32,000 overdue pledges, after every write. PostgreSQL's
   * planner has statistics for the column but none for the expression, and the plus led it to a
   * parallel scan of every pledge and a sort on disk (see the PostgreSQL store's dialect).
   */
  opensAt: sql<number>`+opens_at`,
};

export function planList(query: StoreListQuery, nowMs: number, dialect: ListDialect = sqliteDialect): ListPlan {
  const words = searchWords(query.q);
  const party = query.party;
  const tags = query.tag?.length ? [...new Set(query.tag)].sort() : undefined;
  const table: ListTable = words.length
    ? 'pledges'
    : party !== undefined
      ? 'pledge_parties'
      : tags
        ? 'pledge_tags'
        : 'pledges';
  const id = table === 'pledges' ? 'id' : 'pledge_id';
  const common: Condition[] = [];
  // The trash is out of every list. Only pledges keeps its rows (the party and tag tables have
  // none for it), and its list indexes are partial to this very literal (006).
  if (table === 'pledges') common.push(() => sql<SqlBool>`deleted_at is null`);
  if (party !== undefined) {
    common.push(
      table === 'pledge_parties'
        ? () => sql<SqlBool>`party_id = ${party}`
        : (eb) => eb('id', 'in', eb.selectFrom('pledge_parties').select('pledge_id').where('party_id', '=', party)),
    );
  }
  const role = party !== undefined ? query.role : undefined;
  if (role !== undefined) {
    common.push(
      table === 'pledge_parties'
        ? () => sql<SqlBool>`role = ${role}`
        : (eb) =>
            eb(
              'id',
              'in',
              eb
                .selectFrom('pledge_parties')
                .select('pledge_id')
                .where('party_id', '=', party!)
                .where('role', '=', role),
            ),
    );
  }
  // On pledge_tags, one range per tag: a condition of its own when there is one, else the union.
  const tagRanges =
    table === 'pledge_tags'
      ? tags!.map(
          (tag): Condition =>
            () =>
              sql<SqlBool>`tag = ${tag}`,
        )
      : undefined;
  const anyOf = tagRanges && tagRanges.length > 1 ? tagRanges : undefined;
  if (tagRanges && !anyOf) common.push(tagRanges[0]!);
  if (tags && !tagRanges) {
    // A probe of pledge_tags_by_pledge (pledge_id, then the key's tag) per row the walk reads.
    common.push(
      () =>
        sql<SqlBool>`exists (select 1 from pledge_tags t where t.pledge_id = ${sql.ref(`${table}.${id}`)} and t.tag in (${sql.join(tags)}))`,
    );
  }
  // The window [deadline_start, deadline_latest] overlaps [from, to]; no deadline never matches.
  // The opens_at/closes_at bounds are implied by the text comparisons (see the top of the file).
  const { from, to } = query;
  if (from !== undefined) {
    const after = utcMidnight(from) - DAY_MS;
    common.push(
      () => sql<SqlBool>`closes_at > ${sql.lit(after)}`,
      () => sql<SqlBool>`deadline_latest >= ${from}`,
    );
  }
  if (to !== undefined) {
    const before = utcMidnight(to) + 2 * DAY_MS;
    common.push(
      () => sql<SqlBool>`opens_at < ${sql.lit(before)}`,
      () => sql<SqlBool>`deadline_start <= ${to}`,
    );
  }
  const { slipped, progress } = query;
  if (slipped !== undefined)
    common.push(() => (slipped ? sql<SqlBool>`deadline_slips >= 1` : sql<SqlBool>`deadline_slips = 0`));
  if (progress?.length)
    common.push(() => sql<SqlBool>`progress_state in (${sql.join(progress.map((p) => sql.lit(p)))})`);
  for (const word of words) common.push(() => dialect.contains(word));
  const withCommon =
    (where: Condition | null): Condition =>
    (eb) =>
      eb.and([...(where ? [where(eb)] : []), ...common.map((c) => c(eb))]);
  // Every value of the conditions: compiled page queries are cached by this key (see SqlStore.pageRows).
  // Every filter of the query is in it, so a new filter's condition is keyed without a word here.
  const { sort: _sort, offset: _offset, limit: _limit, ...filters } = query;
  const filterKey = `${table} ${serializeFilters(filters).toString()}`;
  // A deadline range never matches a pledge without a deadline: its segment is left out.
  const ranged = from !== undefined || to !== undefined;
  const segments = statusSegments(query, nowMs, dialect).filter((s) => !(ranged && s.name === 'undated'));

  if (query.sort === 'status') {
    return {
      parts: segments.map((s) => ({
        table,
        where: withCommon(s.where),
        ...(anyOf ? { anyOf } : {}),
        orderBy: [...s.orderBy, { by: id }],
      })),
      countKey: `status ${segments.map((s) => s.name).join(',')} ${filterKey}`,
      scans: words.length > 0,
    };
  }
  // Other sorts: one query. The verdict and state filters become the union of the segments they
  // keep, or no condition at all when they keep everything.
  const filtered = query.verdict !== undefined || query.state !== undefined;
  const union: Condition | null = filtered ? (eb) => eb.or(segments.map((s) => s.where(eb))) : null;
  return {
    parts: segments.length
      ? [
          {
            table,
            where: withCommon(union),
            ...(anyOf ? { anyOf } : {}),
            orderBy: [...sortOrder(query.sort), { by: id }],
          },
        ]
      : [],
    countKey: `single ${filtered ? segments.map((s) => s.name).join(',') : '*'} ${filterKey}`,
    scans: words.length > 0,
  };
}
