// Why the reader proposes a deadline, for the editor checking a card. The extractor explains it
// in English ("Due within 30 days of the announcement, by 17 Sep 2025."), which an English
// reader sees as it is; in another language the card says it from the deadline's parts: the
// words, the window, and whether a year had to be supplied.
import type { ExtractedDeadline } from '@shared/contract';
import { NEXT_OCCURRENCE } from '@shared/extract/explain';
import { formatDateIn, formatDateRangeIn, type Translate } from '@shared/i18n';
import { explainWords as words } from './messages';

export function explainDeadline(deadline: ExtractedDeadline, t: Translate): string {
  if (t.locale === 'en') return deadline.rule;
  const { earliest, latest, text } = deadline;
  const said =
    earliest === undefined
      ? t(words.by, { words: text, date: formatDateIn(t.locale, latest) })
      : earliest === latest
        ? t(words.on, { words: text, date: formatDateIn(t.locale, latest) })
        : t(words.range, { words: text, range: formatDateRangeIn(t.locale, earliest, latest) });
  return deadline.rule.endsWith(NEXT_OCCURRENCE) ? `${said} ${t(words.noYear)}` : said;
}
