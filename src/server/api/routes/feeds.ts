// Views that leave the browser: the same view (same query parameters as GET /api/pledges) as an
// iCalendar feed, an Atom feed of its changes, and a CSV file. See docs/decisions/0010-feeds.md.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { API_PATHS, listQueryParamsSchema } from '@shared/contract';
import { LANGUAGE_PARAM, LOCALES, shownTitle } from '@shared/i18n';
import { languageOf, translatorFor } from '@server/i18n';
import type { HistoryEvent } from '@shared/contract';
import { dateInZone, endOfDayMs, instantFromEpochMs, latestEndOfDayMs } from '@shared/domain';
import type { PledgeStore } from '@server/store/types';
import { endpoint, openapiParsingQuery } from '../endpoint';
import type { ApiDeps, ApiEnv } from '../env';
import { toAtom } from '../feeds/atom';
import { toCsv } from '../feeds/csv';
import { calendarBuilder } from '../feeds/ical';
import {
  collectListed,
  collectView,
  feedFilters,
  linksFor,
  MAX_FEED_EVENTS,
  MAX_FEED_PLEDGES,
  partyNameOf,
  type ViewPledge,
} from '../feeds/view';

/** The list's filters, without its page parameters (a feed is the whole view), and its language. */
const feedQuerySchema = listQueryParamsSchema.omit({ limit: true, cursor: true }).extend({
  [LANGUAGE_PARAM]: z.enum(LOCALES).optional().meta({
    description:
      "The language of the feed's words (names of states and verdicts, descriptions, headers) and of the links in it. English when absent.",
  }),
});

const text = (description: string) => z.string().meta({ description });

const icsRoute = endpoint('pledgesIcs', 'GET', {
  summary: 'The view as an iCalendar (RFC 5545) feed: one all-day event per deadline window',
  description:
    `Same filters as GET /api/pledges (limit and cursor are refused: a feed is the whole view, up to ${MAX_FEED_PLEDGES} pledges). ` +
    'Each pledge with a deadline is an all-day event from its earliest day (its latest for "due by") to the day after its latest ' +
    '(DTEND is exclusive); its UID is "<pledge id>@pledge-tracker.invalid", the same on every request and after edits.',
  request: { query: feedQuerySchema },
  responses: {
    200: {
      description: 'The calendar',
      content: { 'text/calendar': { schema: text('iCalendar text, CRLF, lines folded at 75 octets') } },
    },
  },
  errors: ['invalid_input'],
});

const atomRoute = endpoint('pledgesAtom', 'GET', {
  summary: "The changes to the view's pledges as an Atom (RFC 4287) feed, newest first",
  description: `Same filters as GET /api/pledges. New pledges, verdicts, moved deadlines and other edits of the view's pledges (up to ${MAX_FEED_PLEDGES}), the latest ${MAX_FEED_EVENTS} events.`,
  request: { query: feedQuerySchema },
  responses: {
    200: { description: 'The feed', content: { 'application/atom+xml': { schema: text('An Atom feed document') } } },
  },
  errors: ['invalid_input'],
});

const csvRoute = endpoint('pledgesCsv', 'GET', {
  summary: 'The view as CSV (RFC 4180), for spreadsheets',
  description:
    `Same filters and order as GET /api/pledges, every pledge of the view (up to ${MAX_FEED_PLEDGES}). UTF-8 with a byte order mark, CRLF, a header row; ` +
    "cells starting with =, +, -, @, a tab or a carriage return are prefixed with ' so spreadsheets never run them as formulas.",
  request: { query: feedQuerySchema },
  responses: {
    200: { description: 'The file, as an attachment', content: { 'text/csv': { schema: text('CSV text') } } },
  },
  errors: ['invalid_input'],
});

/**
 * The latest events of the view's pledges; for a view as of a day, the latest up to the end of
 * that day in each pledge's zone (the store is asked for those before the day ends everywhere).
 */
async function changesOfView(
  store: PledgeStore,
  pledges: readonly ViewPledge[],
  asOf: string | undefined,
): Promise<HistoryEvent[]> {
  const ids = pledges.map((p) => p.record.id);
  if (asOf === undefined) return store.recentHistory(ids, MAX_FEED_EVENTS);
  const zones = new Map(pledges.map((p) => [p.record.id, p.record.timeZone]));
  const events = await store.recentHistory(ids, MAX_FEED_EVENTS, new Date(latestEndOfDayMs(asOf)).toISOString());
  return events.filter((e) => Date.parse(e.at) < endOfDayMs(asOf, zones.get(e.pledgeId)!)).slice(0, MAX_FEED_EVENTS);
}

export function registerFeeds(app: OpenAPIHono<ApiEnv>, { store, now }: ApiDeps): void {
  // Events kept from one build of a calendar to the next (see calendarBuilder).
  const buildCalendar = calendarBuilder();
  // The query is read by the shared parser, as for the list.
  openapiParsingQuery(app, icsRoute, async (c) => {
    const nowMs = now();
    const url = new URL(c.req.url);
    const filters = feedFilters(url, nowMs);
    const t = translatorFor(languageOf(url));
    const [{ pledges }, partyName] = await Promise.all([
      collectListed(store, filters, nowMs),
      partyNameOf(store, filters, t.locale),
    ]);
    const body = buildCalendar(pledges, filters, linksFor(c.req.url, t.locale), nowMs, t, partyName);
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="pledges.ics"',
    });
  });

  openapiParsingQuery(app, atomRoute, async (c) => {
    const url = new URL(c.req.url);
    const nowMs = now();
    const filters = feedFilters(url, nowMs);
    const t = translatorFor(languageOf(url));
    const [{ pledges }, partyName] = await Promise.all([
      collectView(store, filters, nowMs),
      partyNameOf(store, filters, t.locale),
    ]);
    const events = await changesOfView(store, pledges, filters.asOf);
    const links = linksFor(c.req.url, t.locale);
    const titles = new Map(pledges.map((p) => [p.record.id, shownTitle(p.record, t.locale).text]));
    const body = toAtom({
      events,
      titles,
      filters,
      links,
      selfUrl: links.feed(API_PATHS.pledgesAtom, filters),
      nowMs,
      t,
      partyName,
    });
    return c.body(body, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  openapiParsingQuery(app, csvRoute, async (c) => {
    const nowMs = now();
    const url = new URL(c.req.url);
    const filters = feedFilters(url, nowMs);
    const t = translatorFor(languageOf(url));
    const { pledges } = await collectView(store, filters, nowMs);
    const day = dateInZone(instantFromEpochMs(nowMs), 'UTC');
    return c.body(toCsv(pledges, linksFor(c.req.url, t.locale), t), 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="pledges-${day}.csv"`,
    });
  });
}
