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
import { formatDateIn, INTL_LOCALE, type Translate } from '@shared/i18n';
import { currentT } from '@client/lib/current-language';
import { labelOf, PARAM_NAMES, ROLE_LABELS, SORT_LABELS, VIEW_LABELS, ZOOM_LABELS } from './filter-labels';
import { linkProblemWords as words } from './link-problems.messages';

/** "“a”", "“a” and “b”", "“a”, “b” and “c”" / "«a», «b» та «c»". */
function listed(values: readonly string[], t: Translate): string {
  const quoted = values.map((text) => t(words.quoted, { text }));
  return new Intl.ListFormat(INTL_LOCALE[t.locale], { type: 'conjunction' }).format(quoted);
}

const isFilterName = (param: string): param is FilterName => (FILTER_PARAMS as string[]).includes(param);

/** The words for each value a parameter takes, in the order its control shows them. */
function choicesOf(name: FilterName, t: Translate): string[] {
  switch (name) {
    case 'role':
      return PARTY_ROLE_FILTERS.map((role) => t(ROLE_LABELS[role]));
    case 'view':
      return VIEW_MODES.map((mode) => t(VIEW_LABELS[mode]));
    case 'zoom':
      return ZOOMS.map((zoom) => t(ZOOM_LABELS[zoom]));
    default: {
      const label = labelOf(name);
      if (!label || !('each' in label) || !label.group) return [];
      const { options, order } = label.group;
      const entry = filterEntry(name);
      return (order ?? ('values' in entry ? entry.values : [])).map((value) => {
        const option = options[value];
        return option ? t(option) : value;
      });
    }
  }
}

/** "-popularity" → "“popularity” (descending)": an order the list does not have, as people say it. */
function orderWords(token: string, t: Translate): string {
  const descending = token.startsWith('-');
  const field = token.replace(/^-+/, '').replace(/[-_]+/g, ' ').trim() || token;
  return descending ? t(words.descending, { field }) : t(words.quoted, { text: field });
}

/** One dropped part of a link, as a sentence in the words of the list's controls. */
export function linkProblemWords({ param, reason }: ParamProblem, t: Translate = currentT()): string {
  // Paging belongs to the API: on a page, limit and cursor are parameters it does not have.
  if (reason.kind === 'unknown-param' || reason.kind === 'bad-paging' || !isFilterName(param))
    return t(words.notAFilter, { param });
  const name = t(PARAM_NAMES[param]);
  switch (reason.kind) {
    case 'not-text':
      return t(words.notText, { name });
    case 'unknown-values': {
      if (param === 'sort')
        return t(words.unknownSort, {
          name,
          order: orderWords(reason.values[0] ?? '', t),
          usual: t(SORT_LABELS[DEFAULT_SORT]),
        });
      const choices = choicesOf(param, t);
      const values = listed(reason.values, t);
      const count = reason.values.length;
      return choices.length
        ? t(words.unknownValues, { name, values, count, choices: choices.join(', ') })
        : t(words.unknownValuesNoChoices, { name, values, count });
    }
    case 'not-ids':
      return t(param === 'party' ? words.notPartyIds : words.notTags, {
        name,
        values: listed(reason.values, t),
        count: reason.values.length,
      });
    case 'too-many':
      return t(words.tooMany, { name, max: reason.max });
    case 'not-a-date':
      return t(words.notADate, { name, value: reason.value });
    case 'not-true-or-false': {
      const label = labelOf(param);
      const option = label && 'chip' in label && label.group ? t(label.group.option) : name;
      return t(words.notTrueOrFalse, { name: option, value: reason.value });
    }
    case 'too-long':
      return t(words.tooLong, { name, max: reason.max });
    case 'needs':
      return t(words.needs, { name, other: t(PARAM_NAMES[reason.needs]).toLowerCase() });
    case 'range-reversed':
      return t(words.rangeReversed, {
        from: formatDateIn(t.locale, reason.from),
        to: formatDateIn(t.locale, reason.to),
      });
    case 'not-begun':
      return t(words.notBegun, { name, date: formatDateIn(t.locale, reason.value) });
  }
}

/** The sentences for what a link left out, each once (both ends of a reversed range say the same). */
export function linkProblemsWords(problems: readonly ParamProblem[], t: Translate = currentT()): string[] {
  return [...new Set(problems.map((problem) => linkProblemWords(problem, t)))];
}
