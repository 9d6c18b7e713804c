// The first data the app ships with: the commitments made at the White House summit of
// Monday 18 August 2025 (../shared/seeds/article-white-house-summit.txt). Titles are our words;
// quotes are the article's, verbatim (a test holds them to it). The article names no publisher
// or link, so the source carries neither. One pledge carries a report of the next day as its
// evidence, with a note in English and Ukrainian. Each party has its Ukrainian name (the same
// names migration 013 gives the parties of a database seeded before it).
import type { Evidence, Party, PledgeRecord } from '@shared/contract';
import { newPledgeRecord, type NewPledgeInput } from '../api/changes';

const SUMMIT_DATE = '2025-08-18';
const SUMMIT_ZONE = 'America/New_York';

export const SUMMIT_PARTIES: Party[] = [
  {
    id: 'united-states',
    name: 'United States',
    nameTranslations: { uk: 'США' },
    kind: 'state',
    aliases: ['the United States', 'U.S.', 'US', 'USA', 'Washington', 'American', 'America'],
  },
  {
    id: 'ukraine',
    name: 'Ukraine',
    nameTranslations: { uk: 'Україна' },
    kind: 'state',
    aliases: ['Kyiv', 'Ukrainian'],
  },
  {
    id: 'russia',
    name: 'Russia',
    nameTranslations: { uk: 'Росія' },
    kind: 'state',
    aliases: ['Moscow', 'Kremlin', 'Russian'],
  },
  {
    id: 'european-allies',
    name: 'European allies',
    nameTranslations: { uk: 'Європейські союзники' },
    kind: 'group',
    aliases: ['European nations', 'European allies', 'European leaders', 'European officials', 'Europe'],
  },
  {
    id: 'donald-trump',
    name: 'Donald Trump',
    nameTranslations: { uk: 'Дональд Трамп' },
    kind: 'person',
    aliases: ['Trump'],
    represents: 'united-states',
  },
  {
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    nameTranslations: { uk: 'Володимир Зеленський' },
    kind: 'person',
    aliases: ['Zelensky'],
    represents: 'ukraine',
  },
  {
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    nameTranslations: { uk: 'Володимир Путін' },
    kind: 'person',
    aliases: ['Putin'],
    represents: 'russia',
  },
  // France is not a party of the seed, so Macron represents no one here.
  {
    id: 'emmanuel-macron',
    name: 'Emmanuel Macron',
    nameTranslations: { uk: 'Емманюель Макрон' },
    kind: 'person',
    aliases: ['Macron'],
  },
];

const SOURCE = {
  title: 'White House summit on Ukraine: security guarantees promised, Zelensky ready to meet Putin',
  publishedOn: SUMMIT_DATE,
};

/** A summit pledge as a POST body would carry it, with its readable id. */
type SeedPledge = Pick<
  NewPledgeInput,
  'title' | 'titleTranslations' | 'quote' | 'pledgers' | 'beneficiaries' | 'deadline' | 'amount' | 'tags'
> & { id: string };

export const SUMMIT_PLEDGES: SeedPledge[] = [
  {
    id: 'security-guarantees-in-writing',
    title: 'Put the security guarantees for Ukraine in writing',
    titleTranslations: { uk: 'Закріпити гарантії безпеки для України на папері' },
    quote: 'the guarantees are slated to be formally written within the next week to ten days',
    pledgers: ['united-states', 'european-allies'],
    beneficiaries: ['ukraine'],
    deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within the next week to ten days' },
    amount: null,
    tags: ['security-guarantees', 'ukraine'],
  },
  {
    id: 'ukraine-buys-us-weapons',
    title: 'Buy about $90 billion of American weapons',
    titleTranslations: { uk: 'Купити американської зброї приблизно на 90 млрд доларів' },
    quote: 'Ukraine has offered to purchase roughly $90 billion worth of American weaponry',
    pledgers: ['ukraine'],
    beneficiaries: ['united-states'],
    deadline: null,
    amount: { value: 90_000_000_000, currency: 'USD', delivered: 0 },
    tags: ['arms', 'ukraine'],
  },
  {
    id: 'zelensky-meets-putin',
    title: 'Meet Vladimir Putin face to face to end the war',
    titleTranslations: { uk: 'Зустрітися з Володимиром Путіним віч-на-віч, щоб завершити війну' },
    quote:
      'declaring his willingness to meet directly with Russian President Vladimir Putin in an effort to end the war',
    pledgers: ['volodymyr-zelensky'],
    beneficiaries: ['vladimir-putin'],
    deadline: null,
    amount: null,
    tags: ['peace-talks'],
  },
  {
    id: 'us-help-on-security',
    title: 'Help secure Ukraine, with Europe as the first line of defence',
    titleTranslations: { uk: 'Допомогти з безпекою України, де Європа — перша лінія оборони' },
    quote:
      '“a lot of help” would be forthcoming on security, with European nations acting as a “first line of defence” supported by the U.S.',
    pledgers: ['united-states'],
    beneficiaries: ['ukraine'],
    deadline: null,
    amount: null,
    tags: ['security-guarantees', 'ukraine'],
  },
];

/**
 * What was reported the day after, by pledge: a report that exists, linked as published, with a
 * note in our words that says no more than the report does, in English and in Ukrainian. No
 * title: the link is named by its site, which reads the same in both languages.
 */
const SUMMIT_EVIDENCE: Record<string, Omit<Evidence, 'addedAt'>[]> = {
  'us-help-on-security': [
    {
      url: 'https://www.eunews.it/en/2025/08/19/west-regains-unity-on-ukraine-with-work-underway-on-security-guarantees-and-a-putin-zelensky-bilateral-meeting',
      date: '2025-08-19',
      note: 'The day after the summit, the guarantees were not yet defined, but Washington was to take part in them.',
      noteLanguage: 'en',
      noteTranslations: {
        uk: 'Наступного дня після саміту гарантії ще не були визначені, але Вашингтон мав узяти в них участь.',
      },
    },
  ],
};

export function summitRecords(nowIso: string): PledgeRecord[] {
  const parties = new Map(SUMMIT_PARTIES.map((p) => [p.id, p]));
  return SUMMIT_PLEDGES.map(({ id, ...pledge }) => {
    const { record } = newPledgeRecord(
      {
        ...pledge,
        titleLanguage: 'en',
        guarantors: [],
        deliveries: [],
        announcedOn: SUMMIT_DATE,
        timeZone: SUMMIT_ZONE,
        sources: [SOURCE],
      },
      id,
      parties,
      nowIso,
    );
    const evidence = SUMMIT_EVIDENCE[id] ?? [];
    return { ...record, evidence: evidence.map((item) => ({ ...item, addedAt: nowIso })) };
  });
}
