// Every active filter of the view as a removable chip ("Overdue ×", "Tag: security ×"), with
// "Clear all". Like the controls, the chips only read the URL and only change it.
import { useQuery } from '@tanstack/react-query';
import type { PledgeFilters } from '@shared/contract';
import { DEADLINE_STATE_LABELS, VERDICT_LABELS, formatDate, formatDateRange } from '@shared/domain';
import { partiesOptions } from '@client/lib/endpoints/parties';
import { withoutFilters, type ChangeFilters } from './filter-bar';
import { PROGRESS_LABELS, STATE_ORDER } from './filter-labels';
import './filters.css';

const ROLE_WORDS = { pledger: 'as pledger', beneficiary: 'as beneficiary', guarantor: 'as guarantor' } as const;

interface Chip {
  key: string;
  label: string;
  without: PledgeFilters;
}

function without<T>(list: readonly T[] | undefined, value: T): T[] | undefined {
  const next = (list ?? []).filter((v) => v !== value);
  return next.length ? next : undefined;
}

/** "Deadline 1–30 Sep 2025", "Deadline from 1 Sep 2025", "Deadline until 30 Sep 2025". */
export function rangeLabel(from: string | undefined, to: string | undefined): string {
  if (from && to) return `Deadline ${formatDateRange(from, to)}`;
  if (from) return `Deadline from ${formatDate(from)}`;
  return `Deadline until ${formatDate(to!)}`;
}

export function chipsOf(filters: PledgeFilters, partyName: (id: string) => string): Chip[] {
  const chips: Chip[] = [];
  for (const state of STATE_ORDER.filter((s) => filters.state?.includes(s))) {
    chips.push({
      key: `state:${state}`,
      label: DEADLINE_STATE_LABELS[state],
      without: { ...filters, state: without(filters.state, state) },
    });
  }
  for (const verdict of filters.verdict ?? []) {
    chips.push({
      key: `verdict:${verdict}`,
      label: `Verdict: ${VERDICT_LABELS[verdict]}`,
      without: { ...filters, verdict: without(filters.verdict, verdict) },
    });
  }
  if (filters.party) {
    const role = filters.role ? ` (${ROLE_WORDS[filters.role]})` : '';
    chips.push({
      key: 'party',
      label: `Party: ${partyName(filters.party)}${role}`,
      without: { ...filters, party: undefined, role: undefined },
    });
  }
  for (const tag of filters.tag ?? []) {
    chips.push({ key: `tag:${tag}`, label: `Tag: ${tag}`, without: { ...filters, tag: without(filters.tag, tag) } });
  }
  if (filters.from || filters.to) {
    chips.push({
      key: 'range',
      label: rangeLabel(filters.from, filters.to),
      without: { ...filters, from: undefined, to: undefined },
    });
  }
  for (const progress of filters.progress ?? []) {
    chips.push({
      key: `progress:${progress}`,
      label: `Delivered: ${PROGRESS_LABELS[progress].toLowerCase()}`,
      without: { ...filters, progress: without(filters.progress, progress) },
    });
  }
  if (filters.slipped !== undefined) {
    chips.push({
      key: 'slipped',
      label: filters.slipped ? 'Deadline moved later' : 'Deadline never moved',
      without: { ...filters, slipped: undefined },
    });
  }
  if (filters.q) chips.push({ key: 'q', label: `Search: “${filters.q}”`, without: { ...filters, q: undefined } });
  return chips;
}

export function ActiveFilters({ filters, onChange }: { filters: PledgeFilters; onChange: ChangeFilters }) {
  const parties = useQuery(partiesOptions());
  const name = (id: string) => parties.data?.find((p) => p.id === id)?.name ?? id;
  const chips = chipsOf(filters, name);
  if (!chips.length) return null;
  return (
    <section className="active-filters" aria-label="Active filters">
      <ul className="active-filter-list">
        {chips.map((chip) => (
          <li key={chip.key} className="active-filter">
            <span className="active-filter-label">{chip.label}</span>
            <button
              type="button"
              className="active-filter-remove"
              aria-label={`Remove filter: ${chip.label}`}
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
        Clear all
      </button>
    </section>
  );
}
