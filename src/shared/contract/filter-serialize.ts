// Writing the filter language: one canonical order (the table's), defaults left out, so equal
// views give equal URLs, page and API alike.
import {
  FILTER_PARAMS,
  filterEntry,
  PRESENTATION_PARAMS,
  type FilterParam,
  type ListQuery,
  type PledgeFilters,
  type PresentationParam,
} from './filter-table';

/** One parameter's value as URL text, or undefined when it says nothing (empty or the default). */
function writeValue(param: FilterParam, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  switch (param.kind) {
    case 'enum-list': {
      const given = value as readonly unknown[];
      return param.values.filter((v) => given.includes(v)).join(',') || undefined;
    }
    case 'slug-list':
      return [...new Set(value as readonly string[])].sort().join(',') || undefined;
    case 'enum':
      // Typed without the default, but a hand-built object may still carry it.
      return value === param.default ? undefined : String(value);
    default:
      return String(value);
  }
}

/** Writes filters in one canonical order, leaving defaults out, so equal views give equal URLs. */
export function serializeFilters(filters: ListQuery): URLSearchParams {
  const out = new URLSearchParams();
  const written = new Set<string>();
  for (const name of FILTER_PARAMS) {
    const param = filterEntry(name);
    if (param.onlyWith !== undefined && !written.has(param.onlyWith)) continue;
    const text = writeValue(param, filters[name]);
    if (text === undefined) continue;
    out.set(name, text);
    written.add(name);
  }
  if (filters.limit !== undefined) out.set('limit', String(filters.limit));
  if (filters.cursor) out.set('cursor', filters.cursor);
  return out;
}

/** The filters that choose pledges: the view without its presentation (view, zoom). */
export function dataFilters<T extends PledgeFilters>(filters: T): Omit<T, PresentationParam> {
  const rest: Partial<T> = { ...filters };
  for (const name of PRESENTATION_PARAMS) delete rest[name];
  return rest as Omit<T, PresentationParam>;
}
