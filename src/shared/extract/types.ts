// What the extractor knows about parties: the app's parties with their other names.
import type { PARTY_KINDS } from '../contract/pledge';

export interface KnownParty {
  id: string;
  name: string;
  kind: (typeof PARTY_KINDS)[number];
  /** The name in the tracker's other languages ("Україна" for Ukraine), where someone wrote it. */
  nameTranslations?: Partial<Record<'en' | 'uk', string>> | undefined;
  /** Other names: "Kyiv" and "Ukrainian" for Ukraine; "U.S.", "Washington", "American" for the United States. */
  aliases: readonly string[];
  /** For a person or body acting for a state: that state's id (Volodymyr Zelensky → ukraine). */
  represents?: string;
}

/** Every name an article may call a party by: its name in each language, then its aliases. */
export function namesOf(party: KnownParty): string[] {
  return [party.name, ...Object.values(party.nameTranslations ?? {}).filter((n): n is string => !!n), ...party.aliases];
}
