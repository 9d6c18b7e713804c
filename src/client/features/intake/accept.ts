// Accepting a card: create the new parties it names (or use them if they exist by now), then the
// pledge with the article as its source. Whatever fails is said on the card, by field; the
// card keeps every edit, so trying again is one click.
import type { QueryClient } from '@tanstack/react-query';
import { useLanguage } from '@client/i18n/language';
import { errorMessage, isApiError } from '@client/lib/api-client';
import { createParty } from '@client/lib/endpoints/create-party';
import { createPledge } from '@client/lib/endpoints/create-pledge';
import { partiesOptions } from '@client/lib/endpoints/parties';
import { partyKeys, pledgeKeys } from '@client/lib/query-keys';
import { checkDraft, errorsFromIssues, pledgeBody, type CandidateDraft, type PartyChip } from './drafts';
import { currentDraft, useIntake } from './intake-store';
import { issueText } from './issue-text';
import { draftCheckWords as words } from './messages';
import { languageOfText } from '@shared/i18n';

type Role = 'pledgers' | 'beneficiaries';

/** A new party the server would not add, and the role it was named in. */
class PartyRefused extends Error {
  constructor(
    readonly role: Role,
    readonly chip: PartyChip,
    message: string,
  ) {
    super(message);
  }
}

async function ensureParties(queryClient: QueryClient, draft: CandidateDraft): Promise<CandidateDraft> {
  const fresh = draft.pledgers.some((p) => !p.known) || draft.beneficiaries.some((p) => !p.known);
  if (!fresh) return draft;
  const existing = new Set((await queryClient.fetchQuery({ ...partiesOptions(), staleTime: 0 })).map((p) => p.id));
  let created = false;
  const settle = async (chip: PartyChip, role: Role): Promise<PartyChip> => {
    if (chip.known) return chip;
    if (!existing.has(chip.id)) {
      try {
        await createParty({ id: chip.id, name: chip.name, nameLanguage: languageOfText(chip.name), kind: chip.kind });
      } catch (error) {
        const why =
          isApiError(error) && error.issues[0]
            ? issueText(error.issues[0].message, useLanguage.getState().t)
            : errorMessage(error);
        throw new PartyRefused(role, chip, why);
      }
      created = true;
      existing.add(chip.id);
    }
    return { ...chip, known: true };
  };
  try {
    const pledgers: PartyChip[] = [];
    for (const chip of draft.pledgers) pledgers.push(await settle(chip, 'pledgers'));
    const beneficiaries: PartyChip[] = [];
    for (const chip of draft.beneficiaries) beneficiaries.push(await settle(chip, 'beneficiaries'));
    return { ...draft, pledgers, beneficiaries };
  } finally {
    if (created) void queryClient.invalidateQueries({ queryKey: partyKeys.all });
  }
}

/** Accepts one card; resolves when it is saved or refused (never throws). */
export async function acceptDraft(queryClient: QueryClient, key: string): Promise<void> {
  const { updateDraft, extraction } = useIntake.getState();
  const start = currentDraft(key);
  if (!start || !extraction || start.status === 'saving' || start.status === 'accepted') return;
  // Said in the language of the moment: the reader may switch while a card is being saved.
  const t = () => useLanguage.getState().t;
  const problems = checkDraft(start, t());
  if (Object.keys(problems).length) {
    updateDraft(key, (d) => ({ ...d, errors: { ...problems, form: t()(words.notSavedYet) } }));
    return;
  }
  updateDraft(key, (d) => ({ ...d, status: 'saving', errors: {} }));
  try {
    const withParties = await ensureParties(queryClient, start);
    // New parties now exist: say so on the card, so a retry does not create them again.
    updateDraft(key, (d) => ({ ...d, pledgers: withParties.pledgers, beneficiaries: withParties.beneficiaries }));
    const pledge = await createPledge(pledgeBody(currentDraft(key) ?? withParties, extraction.article));
    updateDraft(key, (d) => ({ ...d, status: 'accepted', pledgeId: pledge.id, errors: {} }));
    void queryClient.invalidateQueries({ queryKey: pledgeKeys.all });
  } catch (error) {
    const errors =
      error instanceof PartyRefused
        ? {
            [error.role]: t()(words.couldNotAddParty, { name: error.chip.name, reason: error.message }),
            form: t()(words.partyRefused),
          }
        : isApiError(error) && error.code === 'invalid_input'
          ? errorsFromIssues(error.issues, error.message, t())
          : { form: t()(words.notSaved, { reason: errorMessage(error) }) };
    updateDraft(key, (d) => ({ ...d, status: 'open', errors }));
  }
}
