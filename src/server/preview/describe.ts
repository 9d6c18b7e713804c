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
import { deadlineState, deadlineStateWords, describeTiming, describeWindow, verdictWords } from '@shared/domain';
import {
  englishTranslator,
  formatDateIn,
  shownName,
  shownNames,
  shownTitle,
  LANGUAGE_PARAM,
  type Message,
  type Translate,
  type Locale,
} from '@shared/i18n';
import { languageOf, translatorFor } from '../i18n';
import type { PledgeStore } from '../store/types';
import { previewWords } from './messages';

export interface PageDescription {
  title: string;
  description: string;
  /** The language the words are in: the page's <html lang> and og:locale. */
  locale: Locale;
  siteName: string;
}

/** The words for any page without its own (and for a private tracker's pages). */
export function genericPage(t: Translate): PageDescription {
  const siteName = t(previewWords.siteName);
  return { title: siteName, description: t(previewWords.siteDescription), locale: t.locale, siteName };
}

/** "a or b or c", in the translator's language. */
export function orList(t: Translate, or: Message, words: readonly string[]): string {
  return words.reduce((list, word) => (list === '' ? word : t(or, { first: list, second: word })), '');
}

const ROLE_WORDS = {
  pledger: previewWords.pledger,
  beneficiary: previewWords.beneficiary,
  guarantor: previewWords.guarantor,
};

/**
 * "3 overdue pledges · party: United States · Pledge Tracker". `partyName` gives a party's name
 * from its id (the id itself when unknown). With no filters: "All pledges · Pledge Tracker".
 */
export function describeView(
  filters: PledgeFilters,
  total: number,
  partyName: (id: string) => string = (id) => id,
  t: Translate = englishTranslator(),
): PageDescription {
  const w = previewWords;
  const siteName = t(w.siteName);
  const or = (words: readonly string[]) => orList(t, w.or, words);
  const states = filters.state?.length ? or(filters.state.map((s) => t(deadlineStateWords[s]).toLowerCase())) : '';
  const count = states ? t(w.countInState, { count: total, states }) : t(w.count, { count: total });
  const party = filters.party ? partyName(filters.party) : '';
  const parts = [
    filters.verdict?.length
      ? t(w.verdict, { verdicts: or(filters.verdict.map((v) => t(verdictWords[v]).toLowerCase())) })
      : '',
    party ? (filters.role ? t(w.partyAs, { party, role: t(ROLE_WORDS[filters.role]) }) : t(w.party, { party })) : '',
    filters.tag?.length ? t(w.tag, { tags: or(filters.tag) }) : '',
    filters.from || filters.to ? t(w.deadlineBetween, { from: filters.from ?? '…', to: filters.to ?? '…' }) : '',
    filters.q ? t(w.matching, { q: filters.q }) : '',
    filters.asOf ? t(w.asOf, { date: formatDateIn(t.locale, filters.asOf) }) : '',
  ].filter(Boolean);
  if (!states && !parts.length) {
    return {
      title: t(w.allTitle, { siteName }),
      description: t(w.allDescription, { count }),
      locale: t.locale,
      siteName,
    };
  }
  return {
    title: [count, ...parts, siteName].join(' · '),
    description: t(w.viewDescription, { parts: [count, ...parts].join(', ') }),
    locale: t.locale,
    siteName,
  };
}

const names = (parties: PledgeRecord['pledgers'], t: Translate): string => shownNames(parties, t.locale).join(', ');

/** "Put the security guarantees for Ukraine in writing — due 25–28 Aug 2025, overdue". */
export function describePledge(
  record: PledgeRecord,
  nowMs: number,
  t: Translate = englishTranslator(),
): PageDescription {
  const w = previewWords;
  const state = deadlineState(record, nowMs);
  const window = describeWindow(record.deadline, t);
  const when =
    state === 'none' ? window : t(w.whenInState, { window, state: t(deadlineStateWords[state]).toLowerCase() });
  const pledgers = names(record.pledgers, t);
  const sentences = [
    `${describeTiming(record, nowMs, undefined, t).replace(/^./, (c) => c.toUpperCase())}.`,
    record.pledgers.length
      ? record.beneficiaries.length
        ? t(w.pledgedByTo, { pledgers, beneficiaries: names(record.beneficiaries, t) })
        : t(w.pledgedBy, { pledgers })
      : '',
    t(w.verdictIs, { verdict: t(verdictWords[record.verdict]) }),
  ].filter(Boolean);
  return {
    title: t(w.pledgeTitle, { title: shownTitle(record, t.locale).text, when }),
    description: sentences.join(' '),
    locale: t.locale,
    siteName: t(w.siteName),
  };
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
    // A shared link opens in the sender's language; its preview is in that language too.
    const t = translatorFor(languageOf(url));
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const nowMs = now();
      const { filters } = parseFilters(url.searchParams, { nowMs, extraParams: [LANGUAGE_PARAM] });
      const { sort = DEFAULT_SORT, ...rest } = dataFilters(filters);
      const [{ total }, parties] = await Promise.all([
        store.list({ ...rest, sort, offset: 0, limit: 1 }, nowMs),
        filters.party ? store.getParties([filters.party]) : Promise.resolve([]),
      ]);
      return describeView(
        filters,
        total,
        (id) => {
          const party = parties.find((p) => p.id === id);
          return party ? shownName(party, t.locale).text : id;
        },
        t,
      );
    }
    const pledge = /^\/pledges\/([^/]+)\/?$/.exec(url.pathname);
    if (pledge) {
      let id: string;
      try {
        id = decodeURIComponent(pledge[1]!);
      } catch {
        return genericPage(t);
      }
      if (!pledgeIdSchema.safeParse(id).success) return genericPage(t);
      const record = await store.get(id);
      return record ? describePledge(record, now(), t) : genericPage(t);
    }
    return genericPage(t);
  };
}
