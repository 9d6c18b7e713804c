// Building the records that POST and PATCH store. Pure functions of their input and the clock.
import type { z } from 'zod';
import type { Evidence, Party, PartyRef, PledgeRecord, newPledgeSchema, pledgePatchSchema } from '../../shared/contract';
import type { PartyRole } from '../store/derived';

export type NewPledgeInput = z.output<typeof newPledgeSchema>;
export type PledgePatchInput = z.output<typeof pledgePatchSchema>;

export const ROLE_FIELDS: Record<PartyRole, 'pledgers' | 'beneficiaries' | 'guarantors'> = {
  pledger: 'pledgers',
  beneficiary: 'beneficiaries',
  guarantor: 'guarantors',
};

export function newPledgeRecord(input: NewPledgeInput, id: string, parties: ReadonlyMap<string, Party>, nowIso: string): PledgeRecord {
  const refs = (ids: string[]): PartyRef[] => ids.map((partyId) => ({ id: partyId, name: parties.get(partyId)?.name ?? partyId }));
  return {
    id,
    title: input.title,
    quote: input.quote,
    pledgers: refs(input.pledgers),
    beneficiaries: refs(input.beneficiaries),
    guarantors: refs(input.guarantors),
    announcedOn: input.announcedOn,
    timeZone: input.timeZone,
    deadline: input.deadline,
    amount: input.amount,
    tags: input.tags,
    sources: input.sources,
    evidence: [],
    verdict: 'open',
    resolvedOn: null,
    version: 1,
    createdAt: nowIso,
    updatedAt: nowIso,
  };
}

/**
 * The evidence list a PATCH asks for. It replaces the list, but an item whose link and note
 * are unchanged keeps the date it was first recorded; new ones are stamped now.
 */
export function mergeEvidence(previous: readonly Evidence[], next: PledgePatchInput['evidence'] & object, nowIso: string): Evidence[] {
  const unclaimed = [...previous];
  return next.map((item) => {
    const match = unclaimed.findIndex((old) => old.url === item.url && old.note === item.note);
    const addedAt = match >= 0 ? unclaimed.splice(match, 1)[0]!.addedAt : nowIso;
    return { ...item, addedAt };
  });
}

/** The pledge as it would be after the patch (version and timestamps untouched). */
export function applyPatch(current: PledgeRecord, patch: PledgePatchInput, nowIso: string): PledgeRecord {
  const { evidence, ...fields } = patch;
  return {
    ...current,
    ...fields,
    ...(evidence ? { evidence: mergeEvidence(current.evidence, evidence, nowIso) } : {}),
  };
}

/** A readable, unique-enough id: the title's words plus a random suffix. */
export function newPledgeId(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const suffix = [...bytes].map((b) => b.toString(36).padStart(2, '0')).join('').slice(0, 6);
  return `${words || 'pledge'}-${suffix}`;
}
