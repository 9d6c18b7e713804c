// Two people edited the same pledge. Field by field: what I changed and they did not is mine,
// what they changed and I did not is theirs, and what we both changed differently is a conflict
// only a person can settle. Nothing is dropped without being shown.
import { canonicalJson } from '@shared/domain';

export type Fields = Record<string, unknown>;

export interface ThreeWay {
  /** Fields only I changed: my value goes in. */
  mine: string[];
  /** Fields only they changed (or we both changed the same way): theirs stays. */
  theirs: string[];
  /** Fields we both changed, differently: the person chooses. */
  conflicts: string[];
}

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

export function threeWay(base: Fields, mine: Fields, theirs: Fields, fields: readonly string[]): ThreeWay {
  const result: ThreeWay = { mine: [], theirs: [], conflicts: [] };
  for (const field of fields) {
    const iChanged = !same(base[field], mine[field]);
    const theyChanged = !same(base[field], theirs[field]);
    if (iChanged && theyChanged && !same(mine[field], theirs[field])) result.conflicts.push(field);
    else if (iChanged && !theyChanged) result.mine.push(field);
    else if (theyChanged) result.theirs.push(field);
  }
  return result;
}

/**
 * The change to send after settling: my fields, plus each conflict resolved as chosen ("mine"
 * sends my value; "theirs" sends nothing, their value stands).
 */
export function mergedPatch(mine: Fields, split: ThreeWay, choices: Record<string, 'mine' | 'theirs'>): Fields {
  const patch: Fields = {};
  for (const field of split.mine) patch[field] = mine[field];
  for (const field of split.conflicts) if (choices[field] === 'mine') patch[field] = mine[field];
  return patch;
}

/** The fields of `next` that differ from `base`: what a PATCH needs to send. */
export function changedFields(base: Fields, next: Fields, fields: readonly string[]): Fields {
  const patch: Fields = {};
  for (const field of fields) if (!same(base[field], next[field])) patch[field] = next[field];
  return patch;
}
