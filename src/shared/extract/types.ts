// What the extractor knows about parties: the app's parties with their other names.
import type { PARTY_KINDS } from '../contract/pledge';

export interface KnownParty {
  id: string;
  name: string;
  kind: (typeof PARTY_KINDS)[number];
  /** Other names: "Kyiv" and "Ukrainian" for Ukraine; "U.S.", "Washington", "American" for the United States. */
  aliases: readonly string[];
  /** For a person or body acting for a state: that state's id (Volodymyr Zelensky → ukraine). */
  represents?: string;
}
