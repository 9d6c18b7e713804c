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
import { deadlineStateWords, verdictWords } from '@shared/domain';
import { formatDateIn, formatDateRangeIn, type Message, type Translate } from '@shared/i18n';
import { choiceWords, chipWords, paramWords, sortWords } from './messages';

/**
 * What each parameter is called where people see it: the filter bar's labels and legends (the
 * bar's groups take theirs from here), and the notice about a link's dropped parts.
 */
export const PARAM_NAMES: Record<FilterName, Message> = paramWords;

export const SORT_LABELS: Record<Sort, Message> = {
  status: sortWords.status,
  deadline: sortWords.deadline,
  '-deadline': sortWords.deadlineLatest,
  '-announced': sortWords.announcedNewest,
  announced: sortWords.announced,
  '-updated': sortWords.updatedRecently,
  updated: sortWords.updated,
  title: sortWords.title,
  '-title': sortWords.titleBackwards,
  '-slips': sortWords.slipsMost,
  slips: sortWords.slips,
  '-progress': sortWords.progressMost,
  progress: sortWords.progress,
};

/** Deadline states in the order a reader scans them: what needs attention, then how it ended. */
export const STATE_ORDER: DeadlineState[] = ['overdue', 'due', 'upcoming', 'met', 'late', 'missed', 'none'];

export const ROLE_LABELS: Record<PartyRoleFilter, Message> = {
  pledger: choiceWords.pledger,
  beneficiary: choiceWords.beneficiary,
  guarantor: choiceWords.guarantor,
};

/** The party chip, by the role the party is filtered in (none: any role). */
const PARTY_CHIPS: Record<PartyRoleFilter, Message> = {
  pledger: chipWords.partyAsPledger,
  beneficiary: chipWords.partyAsBeneficiary,
  guarantor: chipWords.partyAsGuarantor,
};

export const VIEW_LABELS: Record<ViewMode, Message> = { list: choiceWords.list, timeline: choiceWords.timeline };

/** The timeline's spans (the timeline's zoom buttons say the same). */
export const ZOOM_LABELS: Record<Zoom, Message> = {
  month: choiceWords.month,
  quarter: choiceWords.quarter,
  year: choiceWords.year,
  fit: choiceWords.fit,
};

export const PROGRESS_LABELS: Record<ProgressFilter, Message> = {
  none: choiceWords.progressNone,
  partial: choiceWords.progressPartial,
  complete: choiceWords.progressComplete,
};

const PROGRESS_CHIPS: Record<ProgressFilter, Message> = {
  none: chipWords.progressNone,
  partial: chipWords.progressPartial,
  complete: chipWords.progressComplete,
};

/** "Deadline 1–30 Sep 2025", "Deadline from 1 Sep 2025", "Deadline until 30 Sep 2025". */
export function rangeLabel(from: string | undefined, to: string | undefined, t: Translate): string {
  if (from && to) return t(chipWords.range, { range: formatDateRangeIn(t.locale, from, to) });
  if (from) return t(chipWords.rangeFrom, { date: formatDateIn(t.locale, from) });
  return t(chipWords.rangeUntil, { date: formatDateIn(t.locale, to!) });
}

type ItemOf<K extends FilterName> = NonNullable<PledgeFilters[K]> extends readonly (infer V)[] ? V : never;

/** The words of one parameter, by the kind of value it holds. */
export type FilterLabel<K extends FilterName> =
  NonNullable<PledgeFilters[K]> extends readonly unknown[]
    ? {
        /** A chip per value; removing it removes that value. */
        each: (value: ItemOf<K>, t: Translate) => string;
        /** For a choice of known values: the filter bar's group of checkboxes, in `order`. */
        group?: { legend: Message; options: Record<ItemOf<K> & string, Message>; order?: readonly ItemOf<K>[] };
      }
    : | {
          /** One chip while this parameter (or one it `clears`) is set; removing it clears them all. */
          chip: (filters: PledgeFilters, partyName: (id: string) => string, t: Translate) => string;
          clears?: FilterName[];
          /** For true or false: the filter bar's one checkbox, which sets true. */
          group?: { legend: Message; option: Message };
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
    each: (state, t) => t(deadlineStateWords[state]),
    group: { legend: PARAM_NAMES.state, options: deadlineStateWords, order: STATE_ORDER },
  },
  verdict: {
    each: (verdict, t) => t(chipWords.verdict, { verdict: t(verdictWords[verdict]) }),
    group: { legend: PARAM_NAMES.verdict, options: verdictWords },
  },
  party: {
    chip: ({ party, role }, partyName, t) =>
      t(role ? PARTY_CHIPS[role] : chipWords.party, { party: partyName(party!) }),
    clears: ['role'],
  },
  role: { shownWith: 'party' },
  tag: { each: (tag, t) => t(chipWords.tag, { tag }) },
  from: { chip: ({ from, to }, _, t) => rangeLabel(from, to, t), clears: ['to'] },
  to: { shownWith: 'from' },
  progress: {
    each: (progress, t) => t(PROGRESS_CHIPS[progress]),
    group: { legend: PARAM_NAMES.progress, options: PROGRESS_LABELS },
  },
  slipped: {
    chip: ({ slipped }, _, t) => t(slipped ? chipWords.slipped : chipWords.neverSlipped),
    group: { legend: PARAM_NAMES.slipped, option: choiceWords.slippedOption },
  },
  q: { chip: ({ q }, _, t) => t(chipWords.search, { q }) },
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
      each(value: string, t: Translate): string;
      group?: { legend: Message; options: Record<string, Message>; order?: readonly string[] };
    }
  | {
      chip(filters: PledgeFilters, partyName: (id: string) => string, t: Translate): string;
      clears?: FilterName[];
      group?: { legend: Message; option: Message };
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
