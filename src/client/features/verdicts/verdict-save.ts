// Sending a verdict. If someone saved the pledge first (412), their version is read: when their
// change left the verdict, its date and the evidence alone, the same change goes onto their
// version, once; otherwise (or if it is refused again) a VerdictConflictError says what they
// set, for the form to show with everything typed still in it.
import type { Pledge } from '@shared/contract';
import { isApiError } from '@client/lib/api-client';
import { fetchPledge } from '@client/lib/endpoints/pledge-detail';
import { fetchPledgeHistory } from '@client/lib/endpoints/pledge-history';
import { updatePledge } from '@client/lib/endpoints/update-pledge';
import { conflictOf, verdictChanges, type VerdictConflict } from './verdict-conflict';
import type { VerdictPatch } from './verdict-form';

export class VerdictConflictError extends Error {
  constructor(readonly conflict: VerdictConflict) {
    super('Someone else changed the verdict or the evidence of this pledge first.');
    this.name = 'VerdictConflictError';
  }
}

export function isVerdictConflict(error: unknown): error is VerdictConflictError {
  return error instanceof VerdictConflictError;
}

const isStale = (error: unknown) => isApiError(error) && error.status === 412;

/** Sends `patch` against `before`'s version, carrying it over one unrelated change (see above). */
export async function saveVerdict(before: Pledge, patch: VerdictPatch): Promise<Pledge> {
  try {
    return await updatePledge({ id: before.id, version: before.version, patch });
  } catch (error) {
    if (!isStale(error)) throw error;
  }
  let theirs = await fetchPledge(before.id);
  // The patch holds the verdict, the date and the whole evidence list as the form built them from
  // `before`: with those three unchanged, it is the same patch on their version.
  if (!verdictChanges(before, theirs).length) {
    try {
      return await updatePledge({ id: before.id, version: theirs.version, patch });
    } catch (error) {
      if (!isStale(error)) throw error;
      theirs = await fetchPledge(before.id);
    }
  }
  const history = await fetchPledgeHistory(before.id).catch(() => []);
  throw new VerdictConflictError(conflictOf(before, theirs, history));
}
