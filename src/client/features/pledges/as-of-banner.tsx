// The pin of an as-of view: impossible to miss, and one click from today. Shown above the
// view whenever the URL carries asOf.
import { formatDate } from '@shared/domain';
import { Button } from '@client/components/button';
import './filters.css';

export function AsOfBanner({ asOf, onBackToToday }: { asOf: string; onBackToToday: () => void }) {
  return (
    <section className="as-of-banner" aria-labelledby="as-of-title">
      <span className="as-of-pin" aria-hidden="true">
        ◷
      </span>
      <div className="as-of-text">
        <h2 className="as-of-title" id="as-of-title">
          As of {formatDate(asOf)}
        </h2>
        <p className="as-of-detail">
          The record as it stood at the end of that day, rebuilt from its history: verdicts, deadlines and whether each
          was on time then, in each pledge’s own time zone. Nothing can be changed from this view.
        </p>
      </div>
      <Button small onClick={onBackToToday}>
        Back to today
      </Button>
    </section>
  );
}
