// The first calendar a server builds runs code V8 has not optimised yet: a 5,000-event calendar
// took 280–350 ms as the first after a start, against 50–90 ms for one built again after a write.
// Calendar apps poll every few minutes, so after a restart the first builds of every subscribed
// view come at once. The server warms that code at start, before anyone asks: it words calendars
// of its own pledges in each language and drops them. Nothing of them is kept or served: the
// builder, the translators and the bytes are the warm-up's own, so a reader's first calendar is
// still built from scratch. It works in slices and yields between them, so a request that comes
// meanwhile waits for one slice at most.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createTranslator, LOCALES } from '@shared/i18n';
import { SERVER_UKRAINIAN } from '@server/i18n';
import type { PledgeStore } from '@server/store/types';
import { calendarBuilder } from './ical';
import { collectListed, linksFor, MAX_FEED_PLEDGES } from './view';

/** Events per slice: about 15 ms of work before a waiting request is answered. */
const SLICE = 250;

/** Builds and drops calendars of up to `count` of the tracker's pledges in each language; tells how many bytes. */
export async function warmUpCalendars(store: PledgeStore, nowMs: number, count = MAX_FEED_PLEDGES): Promise<number> {
  const { pledges } = await collectListed(store, {}, nowMs, count);
  let bytes = 0;
  for (const locale of LOCALES) {
    const t = createTranslator(locale, locale === 'uk' ? SERVER_UKRAINIAN : {});
    const links = linksFor('http://localhost/api/pledges.ics', locale);
    const build = calendarBuilder();
    for (let from = 0; from < pledges.length; from += SLICE) {
      await nextTurn();
      bytes += build(pledges.slice(from, from + SLICE), {}, links, nowMs, t).byteLength;
    }
  }
  return bytes;
}
