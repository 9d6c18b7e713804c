// Reading the filter language leniently, one kind of parameter at a time (see filter-table.ts):
// whatever is invalid is dropped and reported, never thrown. The few rules that tie parameters
// together are written out at the end of parseFilters.
import { isRealPlainDate } from '../domain/dates';
import {
  FILTER_PARAMS,
  filterEntry,
  MAX_LIMIT,
  PAGE_PARAMS,
  type FilterName,
  type FilterParam,
  type ListQuery,
  type PledgeFilters,
} from './filter-table';
import { isSlug } from './slugs';

/**
 * Why a parameter was dropped, as data: the API says it in its own words (`message`), and a page
 * says it in the words of its controls, from `reason`.
 */
export type ParamProblemReason =
  /** A parameter this language does not have. */
  | { kind: 'unknown-param' }
  /** A value that is not text (an object, from parsed JSON search params). */
  | { kind: 'not-text' }
  /** Values that are not among the parameter's `values` (an enum or a list of them). */
  | { kind: 'unknown-values'; values: string[] }
  /** Values that are not ids (a party, tags). */
  | { kind: 'not-ids'; values: string[] }
  /** More values than a list takes; all of them were dropped. */
  | { kind: 'too-many'; max: number }
  | { kind: 'not-a-date'; value: string }
  | { kind: 'not-true-or-false'; value: string }
  | { kind: 'too-long'; max: number }
  /** A parameter that means nothing without `needs` (a role without a party). */
  | { kind: 'needs'; needs: FilterName }
  /** A deadline range that starts after it ends; both ends were dropped. */
  | { kind: 'range-reversed'; from: string; to: string }
  /** An as-of day that has not begun anywhere yet; `latest` is the latest that has. */
  | { kind: 'not-begun'; value: string; latest: string }
  /** A paging parameter (limit, cursor) of the API that is not valid. */
  | { kind: 'bad-paging' };

export interface ParamProblem {
  param: string;
  message: string;
  reason: ParamProblemReason;
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
      problems.push({ param: name, message: `Expected text for ${name}`, reason: { kind: 'not-text' } });
      return undefined;
    }
    text = parts.join(',');
  }
  return text === '' ? undefined : text;
}

function paramNames(raw: RawParams): string[] {
  return raw instanceof URLSearchParams ? [...new Set(raw.keys())] : Object.keys(raw);
}

/** The distinct, non-empty items of a comma-separated value. */
function items(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** A value as a problem keeps it: cut short, so that a hostile link cannot fill the page. */
const kept = (value: string) => value.slice(0, 40);
const quoted = (values: string[]) => values.map((v) => `"${kept(v)}"`).join(', ');

/** One parameter's text as its value, or undefined (with the reason in `problems`). */
function readValue(name: string, param: FilterParam, value: string, problems: ParamProblem[]): unknown {
  const problem = (message: string, reason: ParamProblemReason) => void problems.push({ param: name, message, reason });
  switch (param.kind) {
    case 'enum-list': {
      const parts = items(value);
      const bad = parts.filter((p) => !param.values.includes(p));
      if (bad.length)
        problem(`Unknown ${name} ${quoted(bad)}; use ${param.values.join(', ')}`, {
          kind: 'unknown-values',
          values: bad.map(kept),
        });
      // In the canonical order, so that equal views give equal filters (and equal query keys).
      const good = param.values.filter((v) => parts.includes(v));
      return good.length ? good : undefined;
    }
    case 'enum':
      if (value === param.default) return undefined;
      if (param.values.includes(value)) return value;
      return problem(`Unknown ${name} ${quoted([value])}; use ${param.values.join(', ')}`, {
        kind: 'unknown-values',
        values: [kept(value)],
      });
    case 'slug':
      return isSlug(value) ? value : problem(param.invalid, { kind: 'not-ids', values: [kept(value)] });
    case 'slug-list': {
      const parts = items(value);
      if (parts.length > param.max)
        return problem(`At most ${param.max} ${name}s at once`, { kind: 'too-many', max: param.max });
      const bad = parts.filter((t) => !isSlug(t));
      if (bad.length)
        problem(`A ${name} is written in lowercase letters, digits and dashes: not ${quoted(bad.slice(0, 3))}`, {
          kind: 'not-ids',
          values: bad.slice(0, 3).map(kept),
        });
      const good = parts.filter(isSlug).sort();
      return good.length ? good : undefined;
    }
    case 'date': {
      const date = value.trim();
      if (!date) return undefined;
      if (/^\d{4}-\d{2}-\d{2}$/.test(date) && isRealPlainDate(date)) return date;
      return problem(`${name} is a calendar date written YYYY-MM-DD, e.g. 2025-09-01`, {
        kind: 'not-a-date',
        value: kept(date),
      });
    }
    case 'boolean':
      return value === 'true' || value === 'false'
        ? value === 'true'
        : problem(param.invalid, { kind: 'not-true-or-false', value: kept(value) });
    case 'text': {
      const text = value.trim();
      if (text.length > param.max) return problem(param.invalid, { kind: 'too-long', max: param.max });
      return text || undefined;
    }
  }
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

/** Reads filters leniently: whatever is invalid is dropped and reported, never thrown. */
export function parseFilters(
  raw: RawParams,
  options: ParseFiltersOptions = {},
): { filters: PledgeFilters; problems: ParamProblem[] } {
  const { extraParams = [], nowMs } = options;
  const problems: ParamProblem[] = [];
  for (const name of paramNames(raw)) {
    if (!(FILTER_PARAMS as string[]).includes(name) && !extraParams.includes(name)) {
      problems.push({
        param: kept(name),
        message: `Unknown parameter "${kept(name)}"`,
        reason: { kind: 'unknown-param' },
      });
    }
  }
  // Each parameter's problems in its own list, so that the rules below report in table order too.
  const found: Partial<Record<FilterName, unknown>> = {};
  const said = {} as Record<FilterName, ParamProblem[]>;
  for (const name of FILTER_PARAMS) {
    said[name] = [];
    const text = readParam(raw, name, said[name]);
    const value = text === undefined ? undefined : readValue(name, filterEntry(name), text, said[name]);
    if (value !== undefined) found[name] = value;
  }
  const filters = found as PledgeFilters;

  // The rules that tie parameters together.
  for (const name of FILTER_PARAMS) {
    const param = filterEntry(name);
    if (param.onlyWith === undefined || filters[name] === undefined || filters[param.onlyWith] !== undefined) continue;
    delete filters[name];
    if (param.orphan)
      said[name].push({ param: name, message: param.orphan, reason: { kind: 'needs', needs: param.onlyWith } });
  }
  const { from, to } = filters;
  if (from !== undefined && to !== undefined && from > to) {
    const reason = { kind: 'range-reversed', from, to } as const;
    said.from.push({ param: 'from', message: `The deadline range starts (${from}) after it ends (${to})`, reason });
    said.to.push({ param: 'to', message: `The deadline range ends (${to}) before it starts (${from})`, reason });
    delete filters.from;
    delete filters.to;
  }
  const latest = nowMs === undefined ? undefined : latestCalendarDay(nowMs);
  if (filters.asOf !== undefined && latest !== undefined && filters.asOf > latest) {
    said.asOf.push({
      param: 'asOf',
      message: `asOf is a day that has already begun: ${latest} at the latest`,
      reason: { kind: 'not-begun', value: filters.asOf, latest },
    });
    delete filters.asOf;
  }
  return { filters, problems: [...problems, ...FILTER_PARAMS.flatMap((name) => said[name])] };
}

/** Reads a list query (filters plus paging) leniently, like parseFilters. */
export function parseListQuery(raw: RawParams, nowMs?: number): { query: ListQuery; problems: ParamProblem[] } {
  const { filters, problems } = parseFilters(raw, { extraParams: PAGE_PARAMS, nowMs });
  const query: ListQuery = { ...filters };
  const limit = readParam(raw, 'limit', problems);
  if (limit !== undefined) {
    const n = /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= MAX_LIMIT) query.limit = n;
    else
      problems.push({
        param: 'limit',
        message: `limit is a whole number from 1 to ${MAX_LIMIT}`,
        reason: { kind: 'bad-paging' },
      });
  }
  const cursor = readParam(raw, 'cursor', problems);
  if (cursor !== undefined) {
    if (/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) query.cursor = cursor;
    else
      problems.push({
        param: 'cursor',
        message: 'This cursor is not one the API gave out',
        reason: { kind: 'bad-paging' },
      });
  }
  return { query, problems };
}
