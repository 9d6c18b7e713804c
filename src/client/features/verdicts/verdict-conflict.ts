// Someone saved the pledge while a verdict was being written. Only the verdict, its date and the
// evidence matter to the verdict form: a change to anything else (a title, a tag, a delivery) is
// no reason to ask, and the verdict goes onto the new version as typed. A change to one of those
// three is for the person to settle, shown with who made it and what they set.
import type { HistoryChange, HistoryEvent, Pledge } from '@shared/contract';
import { canonicalJson, evidenceInputOf } from '@shared/domain';

/** The fields a verdict sets (what `buildPatch` sends). */
export const VERDICT_FIELDS = ['verdict', 'resolvedOn', 'evidence'] as const;
type VerdictField = (typeof VERDICT_FIELDS)[number];

export interface VerdictConflict {
  /** The pledge as it is now, with their change. */
  theirs: Pledge;
  /** What they changed of the verdict, date and evidence: from the version the form started at to theirs. */
  changes: HistoryChange[];
  /** Who made those changes, as the history names them, in order; empty if it could not be read. */
  by: string[];
  /** When the last of them was made; null if the history could not be read. */
  at: string | null;
}

/** A field's value as the verdict form compares it: evidence as sent (not by when it was added). */
function valueOf(pledge: Pledge, field: VerdictField): unknown {
  return field === 'evidence' ? pledge.evidence.map(evidenceInputOf) : pledge[field];
}

/** What changed of the verdict, its date and its evidence between two versions of a pledge. */
export function verdictChanges(before: Pledge, after: Pledge): HistoryChange[] {
  return VERDICT_FIELDS.flatMap((field) => {
    const from = valueOf(before, field);
    const to = valueOf(after, field);
    return canonicalJson(from) === canonicalJson(to) ? [] : [{ field, from, to }];
  });
}

/**
 * The conflict between a verdict written against `before` and the pledge as it is now, naming who
 * touched the verdict, date or evidence since (from the history, `history` may be empty).
 */
export function conflictOf(before: Pledge, theirs: Pledge, history: readonly HistoryEvent[]): VerdictConflict {
  const touching = history.filter(
    (e) =>
      e.version > before.version &&
      e.version <= theirs.version &&
      e.changes.some((c) => (VERDICT_FIELDS as readonly string[]).includes(c.field)),
  );
  return {
    theirs,
    changes: verdictChanges(before, theirs),
    by: [...new Set(touching.map((e) => e.actor))],
    at: touching.at(-1)?.at ?? null,
  };
}
