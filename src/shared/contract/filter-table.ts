// The filter language as one table: every parameter a page URL and GET /api/pledges share, with
// its kind, the values it takes, its default (never written in a URL) and what it means. The
// type, the parser, the serializer, the OpenAPI parameters, the store's query, the client's
// cache keys, chips and page URLs are all read from here: a new filter is one entry (plus its
// store predicates and its label, see docs/architecture.md).
import { DEADLINE_STATES, VERDICTS } from './pledge-words';

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
export const DEFAULT_SORT = 'status' satisfies Sort;
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
/**
 * The span a timeline shows at once: about a month, a quarter or a year across the screen, or
 * `fit`, every window of the view at once. Quarter is the default, never written.
 */
export const ZOOMS = ['month', 'quarter', 'year', 'fit'] as const;
export type Zoom = (typeof ZOOMS)[number];
export const DEFAULT_ZOOM = 'quarter' satisfies Zoom;

/** The kinds of parameter, each read, written and described one way (see filter-parse.ts). */
export type FilterParam =
  /** Any of these values, comma-separated, kept once each in the order of `values`. */
  | { kind: 'enum-list'; values: readonly string[]; description: string }
  /** One of `values`; `default` (one of them) is the same as leaving it out. */
  | { kind: 'enum'; values: readonly string[]; default: string; description: string }
  /** An id (lowercase letters, digits and dashes); `invalid` says what to write instead. */
  | { kind: 'slug'; invalid: string; description: string }
  /** Any of up to `max` slugs, sorted, once each. */
  | { kind: 'slug-list'; max: number; description: string }
  /** A real calendar date, YYYY-MM-DD. */
  | { kind: 'date'; description: string }
  /** true or false; `invalid` says what each means. */
  | { kind: 'boolean'; invalid: string; description: string }
  /** Free text, trimmed, up to `max` characters; `invalid` is the message when longer. */
  | { kind: 'text'; max: number; invalid: string; description: string };

/** An entry of the table: its kind, and how it stands to the others (see FILTER_TABLE). */
export type FilterEntry = FilterParam & {
  onlyWith?: string;
  orphan?: string;
  presentation?: boolean;
  typedWithDefault?: boolean;
};

/**
 * Every parameter of the filter language, in the order URLs write them. `onlyWith` names the
 * parameter without which this one means nothing: it is dropped then (and said so when
 * `orphan` gives the words). `presentation` marks what changes how a view is drawn, not which
 * pledges it holds: the API accepts it (a page URL and an API URL stay interchangeable) and
 * ignores it.
 */
export const FILTER_TABLE = {
  verdict: {
    kind: 'enum-list',
    values: VERDICTS,
    description: `Comma-separated verdicts: ${VERDICTS.join(', ')}`,
  },
  state: {
    kind: 'enum-list',
    values: DEADLINE_STATES,
    description: `Comma-separated deadline states: ${DEADLINE_STATES.join(', ')}`,
  },
  party: {
    kind: 'slug',
    invalid: 'A party is named by its id, e.g. united-states',
    description: 'A party id; matches pledgers, beneficiaries and guarantors (see role)',
  },
  role: {
    kind: 'enum',
    values: [...PARTY_ROLE_FILTERS, ANY_ROLE],
    default: ANY_ROLE,
    onlyWith: 'party',
    orphan: 'A role only applies together with a party',
    description: 'With party: the role it takes (default either: any role)',
  },
  tag: {
    kind: 'slug-list',
    max: MAX_TAGS,
    description: `Comma-separated tags, at most ${MAX_TAGS}; a pledge with any of them matches`,
  },
  from: { kind: 'date', description: 'YYYY-MM-DD: the deadline window ends on or after this date' },
  to: {
    kind: 'date',
    description:
      'YYYY-MM-DD: the deadline window starts on or before this date (a window without earliest starts on announcedOn)',
  },
  slipped: {
    kind: 'boolean',
    invalid: 'slipped is true (the deadline was moved later) or false',
    description: 'true: the deadline was moved later at least once (deadlineSlips ≥ 1); false: never',
  },
  progress: {
    kind: 'enum-list',
    values: PROGRESS_FILTERS,
    description: `Comma-separated delivery progress: ${PROGRESS_FILTERS.join(', ')} (delivered ÷ pledged is 0, between, ≥ 1); pledges without an amount match none`,
  },
  q: {
    kind: 'text',
    max: MAX_QUERY_TEXT,
    invalid: `Search text is limited to ${MAX_QUERY_TEXT} characters`,
    description: 'Words to find in the title, quote and tags',
  },
  sort: {
    kind: 'enum',
    values: SORTS,
    default: DEFAULT_SORT,
    // The API resolves the order and hands it on (to the store, to a cursor): its type keeps the default.
    typedWithDefault: true,
    description:
      'status (default: overdue, due, upcoming, no deadline, resolved) or a field (slips: times the deadline moved later; progress: delivered ÷ pledged, pledges without an amount last); a leading - reverses',
  },
  asOf: {
    kind: 'date',
    description:
      'YYYY-MM-DD: the view as it stood at the end of that day (in each pledge’s zone), rebuilt from history; not after today',
  },
  view: {
    kind: 'enum',
    values: VIEW_MODES,
    default: 'list',
    presentation: true,
    description: 'Presentation only (list or timeline); ignored by the API',
  },
  zoom: {
    kind: 'enum',
    values: ZOOMS,
    default: DEFAULT_ZOOM,
    // A zoom without the timeline is harmless and simply has nothing to apply to: no word said.
    onlyWith: 'view',
    presentation: true,
    description: 'Presentation only (the timeline’s span; fit: every deadline window at once); ignored by the API',
  },
} as const satisfies Record<string, FilterEntry>;

export type FilterTable = typeof FILTER_TABLE;
export type FilterName = keyof FilterTable;

/** Every parameter of the filter language, in the order the serializer writes them. */
export const FILTER_PARAMS = Object.keys(FILTER_TABLE) as FilterName[];

/** A parameter's entry, typed alike for every parameter: for code that handles each in turn. */
export const filterEntry = (name: FilterName): FilterEntry & { onlyWith?: FilterName } => FILTER_TABLE[name];

/** The parameters that only change how a view is drawn. */
export type PresentationParam = {
  [K in FilterName]: FilterTable[K] extends { presentation: true } ? K : never;
}[FilterName];
export const PRESENTATION_PARAMS = FILTER_PARAMS.filter(
  (name) => 'presentation' in FILTER_TABLE[name],
) as PresentationParam[];

/** The value a parameter of this kind holds once read (the parser never gives out a default). */
type ValueOf<P> = P extends { kind: 'enum-list'; values: readonly (infer V)[] }
  ? V[]
  : P extends { kind: 'enum'; values: readonly (infer V)[]; default: infer D }
    ? P extends { typedWithDefault: true }
      ? V
      : Exclude<V, D>
    : P extends { kind: 'slug-list' }
      ? string[]
      : P extends { kind: 'boolean' }
        ? boolean
        : string;

/** What a view shows: the filters, the order and the presentation, each optional. */
export type PledgeFilters = { -readonly [K in FilterName]?: ValueOf<FilterTable[K]> };

/** The filters that choose pledges: a view without its presentation. */
export type DataFilters = Omit<PledgeFilters, PresentationParam>;

/** The paging parameters of GET /api/pledges, beside the filters. */
export const PAGE_PARAMS = ['limit', 'cursor'] as const;

/** A page of a view, as GET /api/pledges takes it. */
export interface ListQuery extends PledgeFilters {
  limit?: number;
  cursor?: string;
}
