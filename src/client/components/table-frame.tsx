// A table wider than a narrow screen, in a frame that scrolls sideways: a named region that takes
// the keyboard's focus, so it can be scrolled without a pointer. The table inside takes the kit's
// `data-table` class for its rows and headings; each page keeps its own spacing.
import type { ReactNode } from 'react';
import './table.css';

type Name = { label: string; labelledBy?: never } | { labelledBy: string; label?: never };

export function TableFrame({
  elevated = false,
  children,
  ...name
}: Name & {
  /** A card of its own on the page (a surface, a larger radius, a shadow), not a part of one. */
  elevated?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={elevated ? 'table-frame is-elevated' : 'table-frame'}
      role="region"
      aria-label={name.label}
      aria-labelledby={name.labelledBy}
      // A region that scrolls must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
    >
      {children}
    </div>
  );
}
