// Whole articles for the corpus: the seed story (verbatim, glitches included) and short
// articles written for the corpus. Sentences not listed in `expected` are not pledges.
import type { CorpusArticle } from './types';

const none = { amount: null, deadline: null };

export const SEED_STORY = "Ukrainian President Volodymyr Zelensky took a decisive step toward diplomacy on Monday, declaring his willingness to meet directly with Russian President Vladimir Putin in an effort to end the war. The announcement followed a major summit at the White House with U.S. President Donald Trump and leaders from several European nations. Zelensky emphasized that this move towards bilateral talks, which would be the first face-to-face encounter between the two leaders since the invasion began nearly three and a half years ago, was met with unanimous support from all European officials present.\nThe meeting occurred against a backdrop of increased Russian battlefield advances and mounting pressure on Ukraine to cede territory. Ahead of the talks, President Trump had publicly urged Ukraine to concede the Crimean peninsula and abandon its ambition to join NATO—two central demands from the Kremlin. However, President Zelensky countered that the Oval Office discussion provided a critical opportunity to present a detailed, map-based assessment of the current military situation to American officials, which he called “the best of our meetings.”\nRather than focusing on Ukrainian concessions, the summit’s primary outcome was a firm commitment from the United States and its European allies to provide security guarantees for Ukraine in the event of a peace agreement. President Trump assured reporters that “a lot of help” would be forthcoming on security, with European nations acting as a “first line of defence” supported by the U.S. French President Emmanuel Macron clarified that the discussions centered on arranging these international assurances as a foundation for a future deal.\nPresident Zelensky celebrated the security pledge as “a major step forward,” revealing that the guarantees are slated to be formally written within the next week to ten days. In a significant parallel move, Ukraine has offered to purchase roughly $90 billion worth of American weaponry. While the warm tone of Monday’s meeting marked a stark contrast to previous diplomatic friction, a comprehensive peace deal between the warring nations remains a distant prospect.";

export const CORPUS_ARTICLES: CorpusArticle[] = [
  {
    name: 'seed: White House summit',
    text: SEED_STORY,
    publishedOn: '2025-08-18',
    timeZone: 'America/New_York',
    expected: [
      { contains: 'declaring his willingness to meet directly', isPledge: true, ...none, pledgers: ['volodymyr-zelensky'], beneficiaries: ['vladimir-putin'], covers: 'willingness to; no deadline from "on Monday" before the cue or "years ago"' },
      { contains: 'a firm commitment from the United States', isPledge: true, ...none, pledgers: ['united-states', 'european-allies'], beneficiaries: ['ukraine'], covers: 'commitment from X and Y for Z' },
      { contains: 'assured reporters', isPledge: true, ...none, pledgers: ['donald-trump'], beneficiaries: ['ukraine'], covers: 'assured that … would be forthcoming; beneficiary from context' },
      { contains: 'slated to be formally written', isPledge: true, amount: null, deadline: { earliest: '2025-08-25', latest: '2025-08-28' }, pledgers: ['united-states', 'european-allies'], beneficiaries: ['ukraine'], covers: 'within the next week to ten days; pledgers from context' },
      { contains: 'offered to purchase roughly $90 billion', isPledge: true, deadline: null, amount: { value: 90e9, currency: 'USD' }, pledgers: ['ukraine'], beneficiaries: ['united-states'], covers: 'purchase offer' },
    ],
  },
  {
    name: 'Berlin air defence (written for the corpus)',
    text: [
      'BERLIN — Chancellor Friedrich Merz announced on Monday that Germany will supply four more IRIS-T systems to Ukraine by the end of the year.',
      'The first of them is due to arrive before Christmas, officials said.',
      'Merz also pledged €1.5 billion for Ukrainian drone production, to be paid in early 2026.',
      'Last year Germany delivered 17 air-defence systems, more than any other European country.',
      'Opposition lawmakers criticised the pace of deliveries.',
      'The defence ministry said a new training centre would open in the first half of 2026.',
    ].join(' '),
    publishedOn: '2025-11-03',
    timeZone: 'Europe/Berlin',
    expected: [
      { contains: 'Germany will supply four more', isPledge: true, amount: null, deadline: { latest: '2025-12-31' }, pledgers: ['germany'], beneficiaries: ['ukraine'], covers: 'by the end of the year; "on Monday" before the cue' },
      { contains: 'due to arrive before Christmas', isPledge: true, amount: null, deadline: { latest: '2025-12-24' }, pledgers: ['germany'], beneficiaries: ['ukraine'], covers: 'before Christmas; pledger from context' },
      { contains: 'Merz also pledged', isPledge: true, amount: { value: 1.5e9, currency: 'EUR' }, deadline: { earliest: '2026-01-01', latest: '2026-04-30' }, pledgers: ['friedrich-merz'], beneficiaries: ['ukraine'], covers: 'early year' },
      { contains: 'training centre would open', isPledge: true, amount: null, deadline: { earliest: '2026-01-01', latest: '2026-06-30' }, pledgers: ['germany'], beneficiaries: [], covers: 'first half of a year; unnamed ministry' },
    ],
  },
  {
    name: 'Tokyo loans (written for the corpus)',
    text: [
      'Japan will provide Ukraine with $3 billion in loans over the next three years, Prime Minister Shigeru Ishiba said on Tuesday.',
      'The first disbursement is scheduled to arrive within 48 hours, officials said.',
      'Tokyo also offered to send a team of demining experts to Kharkiv in mid-October.',
      "Japan's support so far totals about $12 billion.",
      'Ishiba did not promise any military equipment.',
    ].join('\n'),
    publishedOn: '2025-09-30',
    publishedAt: '2025-09-30T14:00:00Z',
    timeZone: 'Asia/Tokyo',
    expected: [
      { contains: 'Japan will provide Ukraine', isPledge: true, amount: { value: 3e9, currency: 'USD' }, deadline: { latest: '2028-09-30' }, pledgers: ['japan'], beneficiaries: ['ukraine'], covers: 'over the next N years; speaker after' },
      { contains: 'within 48 hours', isPledge: true, amount: null, deadline: { latest: '2025-10-02' }, pledgers: ['japan'], beneficiaries: ['ukraine'], covers: 'within 48 hours from 23:00 in Tokyo' },
      { contains: 'demining experts', isPledge: true, amount: null, deadline: { earliest: '2025-10-11', latest: '2025-10-20' }, pledgers: ['japan'], beneficiaries: [], covers: 'mid-month' },
    ],
  },
  {
    name: 'London at the turn of the year (written for the corpus)',
    text: [
      'LONDON — Britain will send 50 more armoured vehicles to Ukraine by the end of January, Defence Secretary John Healey said on Monday.',
      'He also promised to double drone deliveries next year.',
      'The government spent £3 billion on military aid in 2025.',
      'Healey said the UK would host a donor meeting on 6 January.',
    ].join(' '),
    publishedOn: '2025-12-29',
    timeZone: 'Europe/London',
    expected: [
      { contains: 'Britain will send 50 more', isPledge: true, amount: null, deadline: { latest: '2026-01-31' }, pledgers: ['united-kingdom'], beneficiaries: ['ukraine'], covers: 'by the end of a month in the next year' },
      { contains: 'He also promised', isPledge: true, amount: null, deadline: { earliest: '2026-01-01', latest: '2026-12-31' }, pledgers: ['united-kingdom'], beneficiaries: ['ukraine'], covers: 'next year; "he" from context' },
      { contains: 'donor meeting on 6 January', isPledge: true, amount: null, deadline: { earliest: '2026-01-06', latest: '2026-01-06' }, pledgers: ['united-kingdom'], beneficiaries: [], covers: 'a date without a year across the new year' },
    ],
  },
];
