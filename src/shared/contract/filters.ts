// The filter language shared by page URLs and GET /api/pledges: one parser, one serializer,
// so a page's URL and its API call always describe the same view.
import { z } from 'zod';
import { DEADLINE_STATES, VERDICTS, pledgeSchema, type DeadlineState, type Verdict } from './pledge';
import { isRealPlainDate } from '../domain/dates';
import { slugSchema } from './primitives';

export const SORTS = [
  'status',
  'deadline',
  '-deadline',
  'announced',
  '-announced',
  'updated',
  '-updated',
  'title',
  '-title',
  'slips',
  '-slips',
  'progress',
  '-progress',
] as const;
export type Sort = (typeof SORTS)[number];
export const DEFAULT_SORT: Sort = 'status';
export const MAX_LIMIT = 200;
export const DEFAULT_LIMIT = 50;
export const MAX_QUERY_TEXT = 200;
/** At most this many tags in one view: more is refused, not cut. */
export const MAX_TAGS = 10;
/**
 * The role a party filter asks for (`party=ukraine&role=pledger`). Without `role` a party matches
 * in any role, pledger, beneficiary or guarantor ("either", the default, never written).
 */
export const PARTY_ROLE_FILTERS = ['pledger', 'beneficiary', 'guarantor'] as const;
export type PartyRoleFilter = (typeof PARTY_ROLE_FILTERS)[number];
export const ANY_ROLE = 'either';

/**
 * How much of a pledged amount has been delivered: none yet, partly, all of it (or more).
 * Pledges without an amount match none of them.
 */
export const PROGRESS_FILTERS = ['none', 'partial', 'complete'] as const;
export type ProgressFilter = (typeof PROGRESS_FILTERS)[number];

/** How a view is drawn: a list (the default, never written) or a timeline. */
export const VIEW_MODES = ['list', 'timeline'] as const;
export type ViewMode = (typeof VIEW_MODES)[number];
/** The span a timeline shows at once; quarter is the default, never written. */
export const ZOOMS = ['month', 'quarter', 'year'] as const;
export type Zoom = (typeof ZOOMS)[number];
export const DEFAULT_ZOOM = 'quarter' satisfies Zoom;
/**
 * Parameters that change how a view is drawn, not which pledges it holds: the API accepts them
 * (a page URL and an API URL stay interchangeable) and ignores them.
 */
export const PRESENTATION_PARAMS = ['view', 'zoom'] as const;

/** What a view shows: the filters and the order. */
export interface PledgeFilters {
  verdict?: Verdict[];
  state?: DeadlineState[];
  party?: string;
  /** Only with `party`: the role the party takes in the pledge. */
  role?: PartyRoleFilter;
  /** Any of these tags (sorted, distinct). */
  tag?: string[];
  /** The deadline window overlaps [from, to] (calendar dates, either end may be open). */
  from?: string;
  to?: string;
  /** true: the deadline was moved later at least once; false: never. */
  slipped?: boolean;
  /** Any of these delivery progresses (canonical order, distinct). */
  progress?: ProgressFilter[];
  q?: string;
  sort?: Sort;
  /**
   * The view as it stood at the end of this calendar day (each pledge's own day, in its zone),
   * rebuilt from history; absent means now.
   */
  asOf?: string;
  /** Presentation only (see PRESENTATION_PARAMS): the timeline instead of the list. */
  view?: Exclude<ViewMode, 'list'>;
  /** Presentation only, with view=timeline: the span the timeline shows. */
  zoom?: Exclude<Zoom, typeof DEFAULT_ZOOM>;
}

/** A page of a view, as GET /api/pledges takes it. */
export interface ListQuery extends PledgeFilters {
  limit?: number;
  cursor?: string;
}

export interface ParamProblem {
  param: string;
  message: string;
}

type RawParams = URLSearchParams | Record<string, unknown>;

/** A search value as text, or undefined when it is not something a URL could have carried. */
function asText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    default:
      return undefined;
  }
}

/**
 * One parameter as text (repeated or array values joined by commas), or undefined when absent
 * or empty. A value that cannot be text (an object, from parsed JSON search params) is reported.
 */
function readParam(raw: RawParams, name: string, problems: ParamProblem[]): string | undefined {
  let text: string | undefined;
  if (raw instanceof URLSearchParams) {
    text = raw.getAll(name).join(',');
  } else {
    if (!Object.hasOwn(raw, name)) return undefined;
    const value = raw[name];
    if (value === undefined || value === null) return undefined;
    const parts = (Array.isArray(value) ? value : [value]).map(asText);
    if (parts.some((p) => p === undefined)) {
      problems.push({ param: name, message: `Expected text for ${name}` });
      return undefined;
    }
    text = parts.join(',');
  }
  return text === '' ? undefined : text;
}

function paramNames(raw: RawParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

function parseList<T extends string>(
  value: string,
  allowed: readonly T[],
  param: string,
  problems: ParamProblem[],
): T[] | undefined {
  const parts = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  // In the canonical order, so that equal views give equal filters (and equal query keys).
  const good = allowed.filter((a) => parts.includes(a));
  const bad = parts.filter((p) => !(allowed as readonly string[]).includes(p));
  if (bad.length) {
    problems.push({
      param,
      message: `Unknown ${param} ${bad.map((b) => `"${b.slice(0, 40)}"`).join(', ')}; use ${allowed.join(', ')}`,
    });
  }
  return good.length ? good : undefined;
}

/** Every parameter of the filter language, in the order the serializer writes them. */
export const FILTER_PARAMS = [
  'verdict',
  'state',
  'party',
  'role',
  'tag',
  'from',
  'to',
  'slipped',
  'progress',
  'q',
  'sort',
  'asOf',
  'view',
  'zoom',
] as const;

function parseTags(value: string, problems: ParamProblem[]): string[] | undefined {
  const parts = [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (parts.length > MAX_TAGS) {
    problems.push({ param: 'tag', message: `At most ${MAX_TAGS} tags at once` });
    return undefined;
  }
  const good = parts.filter((t) => slugSchema.safeParse(t).success).sort();
  const bad = parts.filter((t) => !slugSchema.safeParse(t).success);
  if (bad.length) {
    problems.push({
      param: 'tag',
      message: `A tag is written in lowercase letters, digits and dashes: not ${bad
        .slice(0, 3)
        .map((b) => `"${b.slice(0, 40)}"`)
        .join(', ')}`,
    });
  }
  return good.length ? good : undefined;
}

function parseDate(raw: RawParams, name: 'from' | 'to' | 'asOf', problems: ParamProblem[]): string | undefined {
  const value = readParam(raw, name, problems)?.trim();
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealPlainDate(value)) return value;
  problems.push({ param: name, message: `${name} is a calendar date written YYYY-MM-DD, e.g. 2025-09-01` });
  return undefined;
}

/**
 * The latest calendar date anywhere on Earth at `nowMs` (the date in UTC+14, the furthest-ahead
 * zone): an as-of day after it has not begun for anyone, so it has no record to show.
 */
export function latestCalendarDay(nowMs: number): string {
  return new Date(nowMs + 14 * 3_600_000).toISOString().slice(0, 10);
}

export interface ParseFiltersOptions {
  /** Parameters that belong to someone else (e.g. paging) and are ignored. */
  extraParams?: readonly string[];
  /** The clock, when known: an `asOf` in the future is refused. */
  nowMs?: number;
}
const PAGE_PARAMS = ['limit', 'cursor'] as const;

/** Reads filters leniently: whatever is invalid is dropped and reported, never thrown. */
export function parseFilters(
  raw: RawParams,
  options: ParseFiltersOptions = {},
): { filters: PledgeFilters; problems: ParamProblem[] } {
  const { extraParams = [], nowMs } = options;
  const problems: ParamProblem[] = [];
  const filters: PledgeFilters = {};
  for (const name of paramNames(raw)) {
    if (!(FILTER_PARAMS as readonly string[]).includes(name) && !extraParams.includes(name)) {
      problems.push({ param: name.slice(0, 40), message: `Unknown parameter "${name.slice(0, 40)}"` });
    }
  }
  const verdict = readParam(raw, 'verdict', problems);
  if (verdict !== undefined) filters.verdict = parseList(verdict, VERDICTS, 'verdict', problems);
  const state = readParam(raw, 'state', problems);
  if (state !== undefined) filters.state = parseList(state, DEADLINE_STATES, 'state', problems);
  const party = readParam(raw, 'party', problems);
  if (party !== undefined) {
    if (slugSchema.safeParse(party).success) filters.party = party;
    else problems.push({ param: 'party', message: 'A party is named by its id, e.g. united-states' });
  }
  const role = readParam(raw, 'role', problems);
  if (role !== undefined && role !== ANY_ROLE) {
    if (!(PARTY_ROLE_FILTERS as readonly string[]).includes(role)) {
      problems.push({
        param: 'role',
        message: `Unknown role "${role.slice(0, 40)}"; use ${[...PARTY_ROLE_FILTERS, ANY_ROLE].join(', ')}`,
      });
    } else if (filters.party === undefined) {
      problems.push({ param: 'role', message: 'A role only applies together with a party' });
    } else filters.role = role as PartyRoleFilter;
  }
  const tag = readParam(raw, 'tag', problems);
  if (tag !== undefined) filters.tag = parseTags(tag, problems);
  const from = parseDate(raw, 'from', problems);
  const to = parseDate(raw, 'to', problems);
  if (from !== undefined && to !== undefined && from > to) {
    problems.push({ param: 'from', message: `The deadline range starts (${from}) after it ends (${to})` });
    problems.push({ param: 'to', message: `The deadline range ends (${to}) before it starts (${from})` });
  } else {
    if (from !== undefined) filters.from = from;
    if (to !== undefined) filters.to = to;
  }
  const slipped = readParam(raw, 'slipped', problems);
  if (slipped !== undefined) {
    if (slipped === 'true' || slipped === 'false') filters.slipped = slipped === 'true';
    else problems.push({ param: 'slipped', message: 'slipped is true (the deadline was moved later) or false' });
  }
  const progress = readParam(raw, 'progress', problems);
  if (progress !== undefined) filters.progress = parseList(progress, PROGRESS_FILTERS, 'progress', problems);
  const q = readParam(raw, 'q', problems);
  if (q !== undefined) {
    const trimmed = q.trim();
    if (trimmed.length > MAX_QUERY_TEXT)
      problems.push({ param: 'q', message: `Search text is limited to ${MAX_QUERY_TEXT} characters` });
    else if (trimmed) filters.q = trimmed;
  }
  const sort = readParam(raw, 'sort', problems);
  if (sort !== undefined) {
    if ((SORTS as readonly string[]).includes(sort)) filters.sort = sort as Sort;
    else problems.push({ param: 'sort', message: `Unknown sort "${sort.slice(0, 40)}"; use ${SORTS.join(', ')}` });
  }
  const asOf = parseDate(raw, 'asOf', problems);
  if (asOf !== undefined) {
    const latest = nowMs === undefined ? undefined : latestCalendarDay(nowMs);
    if (latest !== undefined && asOf > latest)
      problems.push({ param: 'asOf', message: `asOf is a day that has already begun: ${latest} at the latest` });
    else filters.asOf = asOf;
  }
  const view = readParam(raw, 'view', problems);
  if (view !== undefined && view !== 'list') {
    if (view === 'timeline') filters.view = view;
    else problems.push({ param: 'view', message: `Unknown view "${view.slice(0, 40)}"; use ${VIEW_MODES.join(', ')}` });
  }
  const zoom = readParam(raw, 'zoom', problems);
  if (zoom !== undefined && zoom !== DEFAULT_ZOOM) {
    if (!(ZOOMS as readonly string[]).includes(zoom))
      problems.push({ param: 'zoom', message: `Unknown zoom "${zoom.slice(0, 40)}"; use ${ZOOMS.join(', ')}` });
    // A zoom without the timeline is harmless and simply has nothing to apply to.
    else if (filters.view === 'timeline') filters.zoom = zoom as Exclude<Zoom, typeof DEFAULT_ZOOM>;
  }
  for (const key of Object.keys(filters) as (keyof PledgeFilters)[]) {
    if (filters[key] === undefined) delete filters[key];
  }
  if (filters.sort === DEFAULT_SORT) delete filters.sort;
  return { filters, problems };
}

/** Reads a list query (filters plus paging) leniently, like parseFilters. */
export function parseListQuery(raw: RawParams, nowMs?: number): { query: ListQuery; problems: ParamProblem[] } {
  const { filters, problems } = parseFilters(raw, { extraParams: PAGE_PARAMS, nowMs });
  const query: ListQuery = { ...filters };
  const limit = readParam(raw, 'limit', problems);
  if (limit !== undefined) {
    const n = /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT) query.limit = n;
    else problems.push({ param: 'limit', message: `limit is a whole number from 1 to ${MAX_LIMIT}` });
  }
  const cursor = readParam(raw, 'cursor', problems);
  if (cursor !== undefined) {
    if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) query.cursor = cursor;
    else problems.push({ param: 'cursor', message: 'This cursor is not one the API gave out' });
  }
  return { query, problems };
}

/** Writes filters in one canonical order, leaving defaults out, so equal views give equal URLs. */
export function serializeFilters(filters: ListQuery): URLSearchParams {
  const out = new URLSearchParams();
  if (filters.verdict?.length) out.set('verdict', VERDICTS.filter((v) => filters.verdict!.includes(v)).join(','));
  if (filters.state?.length) out.set('state', DEADLINE_STATES.filter((s) => filters.state!.includes(s)).join(','));
  if (filters.party) {
    out.set('party', filters.party);
    if (filters.role) out.set('role', filters.role);
  }
  if (filters.tag?.length) out.set('tag', [...new Set(filters.tag)].sort().join(','));
  if (filters.from) out.set('from', filters.from);
  if (filters.to) out.set('to', filters.to);
  if (filters.slipped !== undefined) out.set('slipped', String(filters.slipped));
  if (filters.progress?.length)
    out.set('progress', PROGRESS_FILTERS.filter((p) => filters.progress!.includes(p)).join(','));
  if (filters.q) out.set('q', filters.q);
  if (filters.sort && filters.sort !== DEFAULT_SORT) out.set('sort', filters.sort);
  if (filters.asOf) out.set('asOf', filters.asOf);
  if (filters.view === 'timeline') {
    out.set('view', filters.view);
    // Typed without the default, but a hand-built object may still carry it.
    if (filters.zoom && (filters.zoom as Zoom) !== DEFAULT_ZOOM) out.set('zoom', filters.zoom);
  }
  if (filters.limit !== undefined) out.set('limit', String(filters.limit));
  if (filters.cursor) out.set('cursor', filters.cursor);
  return out;
}

/** The filters that choose pledges: the view without its presentation (view, zoom). */
export function dataFilters<T extends PledgeFilters>(filters: T): Omit<T, 'view' | 'zoom'> {
  const { view: _view, zoom: _zoom, ...rest } = filters;
  return rest;
}

/** For the OpenAPI document: the query parameters of GET /api/pledges. */
export const listQueryParamsSchema = z.object({
  verdict: z
    .string()
    .optional()
    .meta({ description: `Comma-separated verdicts: ${VERDICTS.join(', ')}` }),
  state: z
    .string()
    .optional()
    .meta({ description: `Comma-separated deadline states: ${DEADLINE_STATES.join(', ')}` }),
  party: z
    .string()
    .optional()
    .meta({ description: 'A party id; matches pledgers, beneficiaries and guarantors (see role)' }),
  role: z
    .enum([...PARTY_ROLE_FILTERS, ANY_ROLE])
    .optional()
    .meta({ description: 'With party: the role it takes (default either: any role)' }),
  tag: z
    .string()
    .optional()
    .meta({ description: `Comma-separated tags, at most ${MAX_TAGS}; a pledge with any of them matches` }),
  from: z.string().optional().meta({ description: 'YYYY-MM-DD: the deadline window ends on or after this date' }),
  to: z
    .string()
    .optional()
    .meta({
      description:
        'YYYY-MM-DD: the deadline window starts on or before this date (a window without earliest starts on announcedOn)',
    }),
  slipped: z
    .enum(['true', 'false'])
    .optional()
    .meta({ description: 'true: the deadline was moved later at least once (deadlineSlips ≥ 1); false: never' }),
  progress: z
    .string()
    .optional()
    .meta({
      description: `Comma-separated delivery progress: ${PROGRESS_FILTERS.join(', ')} (delivered ÷ pledged is 0, between, ≥ 1); pledges without an amount match none`,
    }),
  q: z.string().max(MAX_QUERY_TEXT).optional().meta({ description: 'Words to find in the title, quote and tags' }),
  sort: z
    .enum(SORTS)
    .optional()
    .meta({
      description:
        'status (default: overdue, due, upcoming, no deadline, resolved) or a field (slips: times the deadline moved later; progress: delivered ÷ pledged, pledges without an amount last); a leading - reverses',
    }),
  asOf: z
    .string()
    .optional()
    .meta({
      description:
        'YYYY-MM-DD: the view as it stood at the end of that day (in each pledge’s zone), rebuilt from history; not after today',
    }),
  view: z.enum(VIEW_MODES).optional().meta({ description: 'Presentation only (list or timeline); ignored by the API' }),
  zoom: z.enum(ZOOMS).optional().meta({ description: 'Presentation only (the timeline’s span); ignored by the API' }),
  limit: z
    .string()
    .optional()
    .meta({ description: `Page size, 1 to ${MAX_LIMIT} (default ${DEFAULT_LIMIT})` }),
  cursor: z.string().optional().meta({ description: 'The nextCursor of the previous page' }),
});

export const pledgePageSchema = z
  .object({
    items: z.array(pledgeSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0),
  })
  .meta({ id: 'PledgePage' });
export type PledgePage = z.infer<typeof pledgePageSchema>;
