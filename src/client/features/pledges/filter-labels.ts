// Words for the list's controls and chips. Typed against the contract, so a new sort, state or
// filter cannot be added without its words.
import type {
  DeadlineState,
  FilterName,
  PartyRoleFilter,
  PledgeFilters,
  ProgressFilter,
  Sort,
  ViewMode,
  Zoom,
} from '@shared/contract';
import { DEADLINE_STATE_LABELS, VERDICT_LABELS, formatDate, formatDateRange } from '@shared/domain';

/**
 * What each parameter is called where people see it: the filter bar's labels and legends (the
 * bar's groups take theirs from here), and the notice about a link's dropped parts.
 */
export const PARAM_NAMES: Record<FilterName, string> = {
  state: 'Deadline',
  verdict: 'Verdict',
  party: 'Party',
  role: 'Party role',
  tag: 'Tags',
  from: 'Deadline from',
  to: 'Deadline until',
  progress: 'Delivered',
  slipped: 'Slipped',
  q: 'Search',
  sort: 'Order',
  asOf: 'As of',
  view: 'Show as',
  zoom: 'Timeline span',
};

export const SORT_LABELS: Record<Sort, string> = {
  status: 'Needs attention first',
  deadline: 'Deadline, soonest first',
  '-deadline': 'Deadline, latest first',
  '-announced': 'Announced, newest first',
  announced: 'Announced, oldest first',
  '-updated': 'Recently updated',
  updated: 'Least recently updated',
  title: 'Title, A to Z',
  '-title': 'Title, Z to A',
  '-slips': 'Deadline moved most often',
  slips: 'Deadline moved least often',
  '-progress': 'Most delivered',
  progress: 'Least delivered',
};

/** Deadline states in the order a reader scans them: what needs attention, then how it ended. */
export const STATE_ORDER: DeadlineState[] = ['overdue', 'due', 'upcoming', 'met', 'late', 'missed', 'none'];

export const ROLE_LABELS: Record<PartyRoleFilter, string> = {
  pledger: 'Pledger',
  beneficiary: 'Beneficiary',
  guarantor: 'Guarantor',
};

export const VIEW_LABELS: Record<ViewMode, string> = { list: 'List', timeline: 'Timeline' };

/** The timeline's spans (the timeline's zoom buttons say the same). */
export const ZOOM_LABELS: Record<Zoom, string> = { month: 'Month', quarter: 'Quarter', year: 'Year', fit: 'Fit' };

export const PROGRESS_LABELS: Record<ProgressFilter, string> = {
  none: 'Nothing yet',
  partial: 'In part',
  complete: 'In full',
};

/** "Deadline 1–30 Sep 2025", "Deadline from 1 Sep 2025", "Deadline until 30 Sep 2025". */
export function rangeLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return `Deadline ${formatDateRange(from, to)}`;
  if (from) return `Deadline from ${formatDate(from)}`;
  return `Deadline until ${formatDate(to!)}`;
}

type ItemOf<K extends FilterName> = NonNullable<PledgeFilters[K]> extends readonly (infer V)[] ? V : never;

/** The words of one parameter, by the kind of value it holds. */
export type FilterLabel<K extends FilterName> =
  NonNullable<PledgeFilters[K]> extends readonly unknown[]
    ? {
        /** A chip per value; removing it removes that value. */
        each: (value: ItemOf<K>) => string;
        /** For a choice of known values: the filter bar's group of checkboxes, in `order`. */
        group?: { legend: string; options: Record<ItemOf<K> & string, string>; order?: readonly ItemOf<K>[] };
      }
    : | {
          /** One chip while this parameter (or one it `clears`) is set; removing it clears them all. */
          chip: (filters: PledgeFilters, partyName: (id: string) => string) => string;
          clears?: FilterName[];
          /** For true or false: the filter bar's one checkbox, which sets true. */
          group?: { legend: string; option: string };
        }
      /** Shown in the chip of another parameter. */
      | { shownWith: FilterName }
      /** Not a filter but how the view is read (order, day, drawing): no chip, kept by "Clear all". */
      | null;

/**
 * Every parameter of the filter table, in the order the filter bar's groups and the chips show
 * them (which is not the URL's order: deadline states first, as the page is read).
 */
export const FILTER_LABELS: { [K in FilterName]: FilterLabel<K> } = {
  state: {
    each: (state) => DEADLINE_STATE_LABELS[state],
    group: { legend: PARAM_NAMES.state, options: DEADLINE_STATE_LABELS, order: STATE_ORDER },
  },
  verdict: {
    each: (verdict) => `Verdict: ${VERDICT_LABELS[verdict]}`,
    group: { legend: PARAM_NAMES.verdict, options: VERDICT_LABELS },
  },
  party: {
    // The role's own name reads as English here: "(as pledger)".
    chip: ({ party, role }, partyName) => `Party: ${partyName(party!)}${role ? ` (as ${role})` : ''}`,
    clears: ['role'],
  },
  role: { shownWith: 'party' },
  tag: { each: (tag) => `Tag: ${tag}` },
  from: { chip: ({ from, to }) => rangeLabel(from, to), clears: ['to'] },
  to: { shownWith: 'from' },
  progress: {
    each: (progress) => `Delivered: ${PROGRESS_LABELS[progress].toLowerCase()}`,
    group: { legend: PARAM_NAMES.progress, options: PROGRESS_LABELS },
  },
  slipped: {
    chip: ({ slipped }) => (slipped ? 'Deadline moved later' : 'Deadline never moved'),
    group: { legend: PARAM_NAMES.slipped, option: 'Deadline moved later' },
  },
  q: { chip: ({ q }) => `Search: “${q}”` },
  sort: null,
  asOf: null,
  view: null,
  zoom: null,
};

/** The parameters in the order the labels give them. */
export const LABELLED_PARAMS = Object.keys(FILTER_LABELS) as FilterName[];

/** A parameter's words, typed alike for every parameter: for code that walks them all. */
export type AnyFilterLabel =
  | {
      each(value: string): string;
      group?: { legend: string; options: Record<string, string>; order?: readonly string[] };
    }
  | {
      chip(filters: PledgeFilters, partyName: (id: string) => string): string;
      clears?: FilterName[];
      group?: { legend: string; option: string };
    }
  | { shownWith: FilterName }
  | null;
export const labelOf = (name: FilterName): AnyFilterLabel => FILTER_LABELS[name] as AnyFilterLabel;

/** Whether a parameter holds something (an empty list holds nothing). */
export function isSet(filters: PledgeFilters, name: FilterName): boolean {
  const value = filters[name];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** The parameters that have a group of checkboxes in the filter bar, in the labels' order. */
export const GROUPED_PARAMS = LABELLED_PARAMS.filter((name) => {
  const label = labelOf(name);
  return label !== null && 'group' in label && label.group !== undefined;
});
