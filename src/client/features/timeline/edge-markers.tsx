// The strip above the drawing that says what lies beyond its edges: "← 1 pledge earlier" on the
// left, "2 pledges later →" on the right, each a button that scrolls there; "Nothing earlier" or
// "Nothing later" when that side is empty, so a reader knows nothing is hidden. It is drawn at
// every zoom that scrolls, whatever the counts, so scrolling never moves the drawing up or down.
import { Button } from '@client/components/button';
import { plural } from '@client/lib/format';
import type { OffscreenCounts, Side } from './offscreen';

interface EdgeMarkersProps {
  counts: OffscreenCounts;
  onReveal: (side: Side) => void;
}

function EdgeMarker({ side, count, onReveal }: { side: Side; count: number; onReveal: (side: Side) => void }) {
  if (!count) return <span className={`timeline-edge-none is-${side}`}>Nothing {side}</span>;
  const what = `${plural(count, 'pledge')} ${side}`;
  return (
    <Button
      small
      className={`timeline-edge is-${side}`}
      aria-label={`Show ${what}`}
      title={side === 'earlier' ? 'Scroll back to them' : 'Scroll on to them'}
      onClick={() => onReveal(side)}
    >
      {side === 'earlier' ? <span aria-hidden="true">←</span> : null}
      {what}
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
