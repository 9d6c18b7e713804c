// The pin of an as-of view: impossible to miss, and one click from today. Shown above the
// view whenever the URL carries asOf.
import { formatDateIn } from '@shared/i18n';
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { asOfWords } from './as-of-banner.messages';
import './filters.css';

export function AsOfBanner({ asOf, onBackToToday }: { asOf: string; onBackToToday: () => void }) {
  const t = useT();
  return (
    <section className="as-of-banner" aria-labelledby="as-of-title">
      <span className="as-of-pin" aria-hidden="true">
        ◷
      </span>
      <div className="as-of-text">
        <h2 className="as-of-title" id="as-of-title">
          {t(asOfWords.title, { date: formatDateIn(t.locale, asOf) })}
        </h2>
        <p className="as-of-detail">{t(asOfWords.detail)}</p>
      </div>
      <Button small onClick={onBackToToday}>
        {t(asOfWords.backToToday)}
      </Button>
    </section>
  );
}
