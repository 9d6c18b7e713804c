// The optimistic picture of a pledge after a verdict change, computed with the same domain
// logic as the server, so the deadline state follows at once (met / late / missed).
import type { InfiniteData } from '@tanstack/react-query';
import type { Pledge, PledgePage } from '@shared/contract';
import { deadlineState } from '@shared/domain';
import { asStoredEvidence, type VerdictPatch } from './verdict-form';

export function applyVerdictPatch(pledge: Pledge, patch: VerdictPatch, nowMs: number): Pledge {
  const at = new Date(nowMs).toISOString();
  const evidence = patch.evidence.map((e) =>
    asStoredEvidence(e, pledge.evidence.find((old) => old.url === e.url)?.addedAt ?? at),
  );
  const next = { ...pledge, verdict: patch.verdict, resolvedOn: patch.resolvedOn ?? null, evidence, updatedAt: at };
  return { ...next, deadlineState: deadlineState(next, nowMs) };
}

/** Every loaded page of a list with one pledge swapped for its new version. */
export function replaceInPages(
  data: InfiniteData<PledgePage> | undefined,
  next: Pledge,
): InfiniteData<PledgePage> | undefined {
  if (!data) return data;
  let changed = false;
  const pages = data.pages.map((page) => {
    const index = page.items.findIndex((item) => item.id === next.id);
    if (index < 0) return page;
    changed = true;
    const items = page.items.slice();
    items[index] = next;
    return { ...page, items };
  });
  return changed ? { ...data, pages } : data;
}
