// Link previews: the words a chat app or a social site shows for a page URL (its <title> and
// Open Graph / Twitter tags). Pure functions of a view's filters and count, or of one pledge.
import {
  dataFilters,
  DEFAULT_SORT,
  parseFilters,
  pledgeIdSchema,
  type PledgeFilters,
  type PledgeRecord,
} from '@shared/contract';
import {
  DEADLINE_STATE_LABELS,
  VERDICT_LABELS,
  deadlineState,
  describeTiming,
  describeWindow,
  formatDate,
} from '@shared/domain';
import type { PledgeStore } from '../store/types';

export const SITE_NAME = 'Pledge Tracker';

export interface PageDescription {
  title: string;
  description: string;
}

export const GENERIC_PAGE: PageDescription = {
  title: SITE_NAME,
  description: 'Track public commitments: who promised what to whom, and by when.',
};

function or(words: readonly string[]): string {
  return words.join(' or ');
}

/**
 * "3 overdue pledges · party: United States · Pledge Tracker". `partyName` gives a party's name
 * from its id (the id itself when unknown). With no filters: "All pledges · Pledge Tracker".
 */
export function describeView(
  filters: PledgeFilters,
  total: number,
  partyName: (id: string) => string = (id) => id,
): PageDescription {
  const states = filters.state?.length
    ? `${or(filters.state.map((s) => DEADLINE_STATE_LABELS[s].toLowerCase()))} `
    : '';
  const count = `${total} ${states}${total === 1 ? 'pledge' : 'pledges'}`;
  const parts = [
    filters.verdict?.length ? `verdict: ${or(filters.verdict.map((v) => VERDICT_LABELS[v].toLowerCase()))}` : '',
    filters.party ? `party: ${partyName(filters.party)}${filters.role ? ` (as ${filters.role})` : ''}` : '',
    filters.tag?.length ? `tag: ${or(filters.tag)}` : '',
    filters.from || filters.to ? `deadline: ${filters.from ?? '…'} to ${filters.to ?? '…'}` : '',
    filters.q ? `matching “${filters.q}”` : '',
    filters.asOf ? `as of ${formatDate(filters.asOf)}` : '',
  ].filter(Boolean);
  if (!states && !parts.length) {
    return {
      title: `All pledges · ${SITE_NAME}`,
      description: `${count} tracked: who promised what, to whom, by when, and whether it was kept.`,
    };
  }
  return {
    title: [count, ...parts, SITE_NAME].join(' · '),
    description: `${[count, ...parts].join(', ')}. Who promised what, to whom, by when, and whether it was kept.`,
  };
}

function names(parties: readonly { name: string }[]): string {
  return parties.map((p) => p.name).join(', ');
}

/** "Put the security guarantees for Ukraine in writing — due 25–28 Aug 2025, overdue". */
export function describePledge(record: PledgeRecord, nowMs: number): PageDescription {
  const state = deadlineState(record, nowMs);
  const window = describeWindow(record.deadline);
  const when = state === 'none' ? window : `${window}, ${DEADLINE_STATE_LABELS[state].toLowerCase()}`;
  const sentences = [
    `${describeTiming(record, nowMs).replace(/^./, (c) => c.toUpperCase())}.`,
    record.pledgers.length
      ? `Pledged by ${names(record.pledgers)}${record.beneficiaries.length ? ` to ${names(record.beneficiaries)}` : ''}.`
      : '',
    `Verdict: ${VERDICT_LABELS[record.verdict]}.`,
  ].filter(Boolean);
  return { title: `${record.title} — ${when}`, description: sentences.join(' ') };
}

/**
 * What a page URL shows: the home page's view (counted with the store's list, the same filters
 * as GET /api/pledges; invalid parameters are ignored, as the page drops them), one pledge, or
 * the generic words for anything else (an unknown pledge included: the app shows its own 404).
 */
export function createDescriber({
  store,
  now,
}: {
  store: PledgeStore;
  now: () => number;
}): (url: URL) => Promise<PageDescription> {
  return async (url) => {
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const nowMs = now();
      const { filters } = parseFilters(url.searchParams, { nowMs });
      const { sort = DEFAULT_SORT, ...rest } = dataFilters(filters);
      const [{ total }, parties] = await Promise.all([
        store.list({ ...rest, sort, offset: 0, limit: 1 }, nowMs),
        filters.party ? store.getParties([filters.party]) : Promise.resolve([]),
      ]);
      return describeView(filters, total, (id) => parties.find((p) => p.id === id)?.name ?? id);
    }
    const pledge = /^\/pledges\/([^/]+)\/?$/.exec(url.pathname);
    if (pledge) {
      let id: string;
      try {
        id = decodeURIComponent(pledge[1]!);
      } catch {
        return GENERIC_PAGE;
      }
      if (!pledgeIdSchema.safeParse(id).success) return GENERIC_PAGE;
      const record = await store.get(id);
      return record ? describePledge(record, now()) : GENERIC_PAGE;
    }
    return GENERIC_PAGE;
  };
}
