// The strip above the drawing that says what lies beyond its edges: "← 1 pledge earlier" on the
// left, "2 pledges later →" on the right, each a button that scrolls there; "Nothing earlier" or
// "Nothing later" when that side is empty, so a reader knows nothing is hidden. It is drawn at
// every zoom that scrolls, whatever the counts, so scrolling never moves the drawing up or down.
import { Button } from '@client/components/button';
import { useT } from '@client/i18n/language';
import { timelineWords } from './messages';
import type { OffscreenCounts, Side } from './offscreen';

interface EdgeMarkersProps {
  counts: OffscreenCounts;
  onReveal: (side: Side) => void;
}

const WORDS = {
  earlier: {
    none: timelineWords.nothingEarlier,
    what: timelineWords.earlier,
    show: timelineWords.showEarlier,
    scroll: timelineWords.scrollBack,
  },
  later: {
    none: timelineWords.nothingLater,
    what: timelineWords.later,
    show: timelineWords.showLater,
    scroll: timelineWords.scrollOn,
  },
} as const;

function EdgeMarker({ side, count, onReveal }: { side: Side; count: number; onReveal: (side: Side) => void }) {
  const t = useT();
  const words = WORDS[side];
  if (!count) return <span className={`timeline-edge-none is-${side}`}>{t(words.none)}</span>;
  return (
    <Button
      small
      className={`timeline-edge is-${side}`}
      aria-label={t(words.show, { count })}
      title={t(words.scroll)}
      onClick={() => onReveal(side)}
    >
      {side === 'earlier' ? <span aria-hidden="true">←</span> : null}
      {t(words.what, { count })}
      {side === 'later' ? <span aria-hidden="true">→</span> : null}
    </Button>
  );
}

export function EdgeMarkers({ counts, onReveal }: EdgeMarkersProps) {
  return (
    <div className="timeline-edges">
      <EdgeMarker side="earlier" count={counts.earlier} onReveal={onReveal} />
      <EdgeMarker side="later" count={counts.later} onReveal={onReveal} />
    </div>
  );
}
