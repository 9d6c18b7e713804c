// What was dropped from a shared link, in the words of the list's own controls: "Order: sorting
// by “popularity” (descending) is not offered…", not "Unknown sort "-popularity"". The shared
// parser says why, as data (ParamProblem.reason); the names and choices come from the labels, so
// a new filter or value is named here as soon as it has its label.
import {
  DEFAULT_SORT,
  filterEntry,
  FILTER_PARAMS,
  PARTY_ROLE_FILTERS,
  VIEW_MODES,
  ZOOMS,
  type FilterName,
  type ParamProblem,
} from '@shared/contract';
import { formatDate } from '@shared/domain';
import { labelOf, PARAM_NAMES, ROLE_LABELS, SORT_LABELS, VIEW_LABELS, ZOOM_LABELS } from './filter-labels';

const quote = (value: string) => `“${value}”`;

/** "“a”", "“a” and “b”", "“a”, “b” and “c”". */
function listed(values: readonly string[]): string {
  const quoted = values.map(quote);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

const isFilterName = (param: string): param is FilterName => (FILTER_PARAMS as string[]).includes(param);

/** The words for each value a parameter takes, in the order its control shows them. */
function choicesOf(name: FilterName): string[] {
  switch (name) {
    case 'role':
      return PARTY_ROLE_FILTERS.map((role) => ROLE_LABELS[role]);
    case 'view':
      return VIEW_MODES.map((mode) => VIEW_LABELS[mode]);
    case 'zoom':
      return ZOOMS.map((zoom) => ZOOM_LABELS[zoom]);
    default: {
      const label = labelOf(name);
      if (!label || !('each' in label) || !label.group) return [];
      const { options, order } = label.group;
      const entry = filterEntry(name);
      return (order ?? ('values' in entry ? entry.values : [])).map((value) => options[value] ?? value);
    }
  }
}

/** "-popularity" → "“popularity” (descending)": an order the list does not have, as people say it. */
function orderWords(token: string): string {
  const descending = token.startsWith('-');
  const field = token.replace(/^-+/, '').replace(/[-_]+/g, ' ').trim();
  return `${quote(field || token)}${descending ? ' (descending)' : ''}`;
}

/** One dropped part of a link, as a sentence in the words of the list's controls. */
export function linkProblemWords({ param, reason }: ParamProblem): string {
  // Paging belongs to the API: on a page, limit and cursor are parameters it does not have.
  if (reason.kind === 'unknown-param' || reason.kind === 'bad-paging' || !isFilterName(param))
    return `${quote(param)} is not something this list can be filtered or ordered by.`;
  const name = PARAM_NAMES[param];
  switch (reason.kind) {
    case 'not-text':
      return `${name}: the link gives it in a form that cannot be read.`;
    case 'unknown-values': {
      if (param === 'sort')
        return `${name}: sorting by ${orderWords(reason.values[0] ?? '')} is not offered, so the list keeps its usual order, ${SORT_LABELS[DEFAULT_SORT]}.`;
      const choices = choicesOf(param);
      const verb = reason.values.length === 1 ? 'is not one of the choices' : 'are not among the choices';
      return `${name}: ${listed(reason.values)} ${verb}${choices.length ? ` (${choices.join(', ')})` : ''}.`;
    }
    case 'not-ids':
      return param === 'party'
        ? `${name}: ${listed(reason.values)} is not how a link names a party; it uses the party’s id, e.g. united-states.`
        : `${name}: ${listed(reason.values)} ${reason.values.length === 1 ? 'is not a tag' : 'are not tags'} as links write them, in lowercase words joined by dashes, e.g. peace-talks.`;
    case 'too-many':
      return `${name}: a link can ask for ${reason.max} at most, and this one asks for more.`;
    case 'not-a-date':
      return `${name}: ${quote(reason.value)} is not a calendar date written year-month-day, e.g. 2025-09-01.`;
    case 'not-true-or-false': {
      const label = labelOf(param);
      const option = label && 'chip' in label && label.group ? label.group.option : name;
      return `${option}: ${quote(reason.value)} is neither true (yes) nor false (no).`;
    }
    case 'too-long':
      return `${name}: the text is longer than ${reason.max} characters.`;
    case 'needs':
      return `${name}: only applies together with a ${PARAM_NAMES[reason.needs].toLowerCase()}.`;
    case 'range-reversed':
      return `Deadline between: the range starts on ${formatDate(reason.from)}, after it ends on ${formatDate(reason.to)}.`;
    case 'not-begun':
      return `${name}: ${formatDate(reason.value)} has not begun yet, so the list shows the record as it is today.`;
  }
}

/** The sentences for what a link left out, each once (both ends of a reversed range say the same). */
export function linkProblemsWords(problems: readonly ParamProblem[]): string[] {
  return [...new Set(problems.map(linkProblemWords))];
}
