// One tab stop for the whole timeline (a roving tabindex): which bar a key moves focus to.

/** The index focus moves to for a key, or null when the key does not move it. */
export function rovingTarget(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  const at = Math.min(Math.max(current, 0), count - 1);
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(at + 1, count - 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(at - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
