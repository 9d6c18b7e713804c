// Tick labels that never collide. Labels come in levels of importance (0 first: a year or a
// month, then weeks, then days). A label is skipped when it would overlap a more important one
// already placed; a whole level is skipped when its own labels would overlap each other (the
// axis is too dense for it), so the labels that stay are evenly spaced.

export interface LabelCandidate {
  /** Left edge of the label, in px along the axis. */
  x: number;
  /** Its (measured or estimated) width in px. */
  width: number;
  level: number;
}

/** Characters' widths as a share of the font size, for a system sans-serif (a little generous). */
function charEm(c: string): number {
  if (c === ' ') return 0.3;
  if (/[0-9]/.test(c)) return 0.6;
  if (/[A-ZА-ЯІЇЄҐ]/.test(c)) return 0.72;
  if (/[mwшщжюфм]/.test(c)) return 0.85;
  if (/[ijlt.,'·]/.test(c)) return 0.32;
  return 0.58;
}

/** An estimate of how wide a short label is at a font size, without a layout engine. */
export function estimateLabelWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return Math.ceil(em * fontPx);
}

function overlaps(a: LabelCandidate, b: LabelCandidate, gap: number): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap;
}

/**
 * Which labels to show (by index). Labels must lie within [0, maxX]; shown labels are at least
 * `gap` px apart.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: { gap: number; maxX: number },
): Set<number> {
  const { gap, maxX } = options;
  const shown = new Set<number>();
  const placed: LabelCandidate[] = [];
  const levels = [...new Set(candidates.map((c) => c.level))].sort((a, b) => a - b);
  for (const level of levels) {
    const inLevel = candidates
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => c.level === level && c.x >= 0 && c.x + c.width <= maxX)
      .sort((a, b) => a.c.x - b.c.x);
    // Crowded or not is judged on the whole level, so the labels that stay are evenly spaced.
    const crowded = inLevel.some(({ c }, k) => k > 0 && overlaps(inLevel[k - 1]!.c, c, gap));
    if (crowded) {
      // The most important level is never dropped whole: keep what fits, left to right.
      if (level !== levels[0]) continue;
      for (const { c, i } of inLevel) {
        if (placed.some((p) => overlaps(p, c, gap))) continue;
        placed.push(c);
        shown.add(i);
      }
      continue;
    }
    for (const { c, i } of inLevel.filter(({ c }) => !placed.some((p) => overlaps(p, c, gap)))) {
      placed.push(c);
      shown.add(i);
    }
  }
  return shown;
}
