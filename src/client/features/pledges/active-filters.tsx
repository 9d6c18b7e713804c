// Every active filter of the view as a removable chip ("Overdue ×", "Tag: security ×"), with
// "Clear all". Like the controls, the chips only read the URL and only change it.
import { useQuery } from '@tanstack/react-query';
import { filterEntry, type PledgeFilters } from '@shared/contract';
import { shownName, type Translate } from '@shared/i18n';
import { useT } from '@client/i18n/language';
import { partiesOptions } from '@client/lib/endpoints/parties';
import { withoutFilters, type ChangeFilters } from './filter-bar';
import { LABELLED_PARAMS, isSet, labelOf } from './filter-labels';
import { chipWords } from './messages';
import './filters.css';

interface Chip {
  key: string;
  label: string;
  without: PledgeFilters;
}

/** The chips of a view, in the labels' order: one per value of a list, one per other filter. */
export function chipsOf(filters: PledgeFilters, partyName: (id: string) => string, t: Translate): Chip[] {
  const chips: Chip[] = [];
  for (const name of LABELLED_PARAMS) {
    const label = labelOf(name);
    if (label === null || 'shownWith' in label) continue;
    if ('each' in label) {
      const values = (filters[name] ?? []) as readonly string[];
      const entry = filterEntry(name);
      const order = label.group?.order ?? ('values' in entry ? entry.values : values);
      for (const value of order.filter((v) => values.includes(v))) {
        const rest = values.filter((v) => v !== value);
        chips.push({
          key: `${name}:${value}`,
          label: label.each(value, t),
          without: { ...filters, [name]: rest.length ? rest : undefined },
        });
      }
    } else {
      const cleared = [name, ...(label.clears ?? [])];
      if (!cleared.some((n) => isSet(filters, n))) continue;
      chips.push({
        key: name,
        label: label.chip(filters, partyName, t),
        without: { ...filters, ...Object.fromEntries(cleared.map((n) => [n, undefined])) },
      });
    }
  }
  return chips;
}

export function ActiveFilters({ filters, onChange }: { filters: PledgeFilters; onChange: ChangeFilters }) {
  const parties = useQuery(partiesOptions());
  const t = useT();
  const name = (id: string) => {
    const party = parties.data?.find((p) => p.id === id);
    return party ? shownName(party, t.locale).text : id;
  };
  const chips = chipsOf(filters, name, t);
  if (!chips.length) return null;
  return (
    <section className="active-filters" aria-label={t(chipWords.region)}>
      <ul className="active-filter-list">
        {chips.map((chip) => (
          <li key={chip.key} className="active-filter">
            <span className="active-filter-label">{chip.label}</span>
            <button
              type="button"
              className="active-filter-remove"
              aria-label={t(chipWords.remove, { label: chip.label })}
              onClick={() => onChange(chip.without)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => onChange(withoutFilters(filters))}
      >
        {t(chipWords.clearAll)}
      </button>
    </section>
  );
}
