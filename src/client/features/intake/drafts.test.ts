import { describe, expect, it } from 'vitest';
import type { Candidate, Party } from '@shared/contract';
import { checkDraft, confidenceWords, draftOf, errorsFromIssues, newPartyChip, pledgeBody } from './drafts';

const PARTIES: Party[] = [
  { id: 'ukraine', name: 'Ukraine', kind: 'state', aliases: ['Kyiv'] },
  { id: 'united-states', name: 'United States', kind: 'state', aliases: ['U.S.'] },
];

const CANDIDATE: Candidate = {
  sentence: ' Ukraine has offered to purchase roughly $90 billion worth of American weaponry within ten days.',
  start: 10,
  end: 108,
  title: 'Buy US weapons',
  pledgers: [{ id: 'ukraine', name: 'Ukraine', known: true, kind: 'state', matched: 'Ukraine' }],
  beneficiaries: [
    { id: 'united-states', name: 'United States', known: true, kind: 'state', matched: 'American' },
    { id: 'ukraine', name: 'Ukraine', known: true, kind: 'state', matched: 'Kyiv' },
    { id: 'arms-makers', name: 'Arms makers', known: false, kind: 'organisation', matched: 'arms makers' },
  ],
  deadline: {
    latest: '2025-08-28',
    text: 'within ten days',
    rule: 'Due within ten days of the announcement, by 28 Aug 2025.',
    start: 90,
    end: 105,
  },
  amount: { value: 90e9, currency: 'USD', text: 'roughly $90 billion', approximate: true },
  confidence: 0.9,
};

const ARTICLE = {
  text: '…',
  publishedOn: '2025-08-18',
  timeZone: 'America/New_York',
  source: { title: 'Summit', url: 'https://example.org/s', publishedOn: '2025-08-18' },
};

describe('intake drafts', () => {
  it('start from the candidate: a party takes one role, new parties are marked new', () => {
    const draft = draftOf(CANDIDATE, PARTIES);
    expect(draft.key).toBe('10-108');
    expect(draft.quote).toBe(CANDIDATE.sentence.trim());
    expect(draft.pledgers.map((p) => p.id)).toEqual(['ukraine']);
    expect(draft.beneficiaries.map((p) => [p.id, p.known])).toEqual([
      ['united-states', true],
      ['arms-makers', false],
    ]);
    expect([draft.earliest, draft.latest, draft.amountValue, draft.amountCurrency]).toEqual([
      '',
      '2025-08-28',
      '90000000000',
      'USD',
    ]);
  });

  it('propose a new party as the kind the reader took it for; a party the tracker has keeps its own', () => {
    const candidate: Candidate = {
      ...CANDIDATE,
      pledgers: [{ id: 'anna-weber', name: 'Anna Weber', known: false, kind: 'person', matched: 'Anna Weber' }],
      beneficiaries: [
        { id: 'moldova', name: 'Moldova', known: false, kind: 'state', matched: 'Moldova' },
        // Added to the tracker as a group since the article was read: the tracker's kind wins.
        { id: 'team-europe', name: 'Team Europe', known: false, kind: 'organisation', matched: 'Team Europe' },
      ],
    };
    const parties: Party[] = [...PARTIES, { id: 'team-europe', name: 'Team Europe', kind: 'group', aliases: [] }];
    const draft = draftOf(candidate, parties);
    expect(draft.pledgers.map((p) => [p.id, p.kind, p.known])).toEqual([['anna-weber', 'person', false]]);
    expect(draft.beneficiaries.map((p) => [p.id, p.kind])).toEqual([
      ['moldova', 'state'],
      ['team-europe', 'group'],
    ]);
  });

  it('become the POST /api/pledges body, announced on the publication date with the article as source', () => {
    const draft = {
      ...draftOf(CANDIDATE, PARTIES),
      amountValue: '1,500,000',
      amountCurrency: 'eur',
      earliest: '2025-08-25',
    };
    expect(pledgeBody(draft, ARTICLE)).toEqual({
      title: 'Buy US weapons',
      quote: CANDIDATE.sentence.trim(),
      pledgers: ['ukraine'],
      beneficiaries: ['united-states', 'arms-makers'],
      announcedOn: '2025-08-18',
      timeZone: 'America/New_York',
      deadline: { earliest: '2025-08-25', latest: '2025-08-28', text: 'within ten days' },
      amount: { value: 1_500_000, currency: 'EUR' },
      sources: [ARTICLE.source],
    });
    expect(pledgeBody({ ...draft, latest: '', earliest: '', amountValue: '' }, ARTICLE)).toMatchObject({
      deadline: null,
      amount: null,
    });
  });

  it('are checked before asking the server', () => {
    const draft = draftOf(CANDIDATE, PARTIES);
    expect(checkDraft(draft)).toEqual({});
    expect(
      checkDraft({
        ...draft,
        title: ' ',
        pledgers: [],
        latest: '',
        earliest: '2025-08-20',
        amountValue: 'lots',
        amountCurrency: 'dollars',
      }),
    ).toEqual({
      title: 'A title is needed',
      pledgers: 'Name at least one pledger',
      latest: 'Give the latest date too, or clear the earliest',
      amountValue: 'Use a positive number, e.g. 90000000000',
      amountCurrency: 'Use a three-letter code such as USD',
    });
  });

  it('take the server’s issues by field, the rest at the top of the card', () => {
    expect(
      errorsFromIssues(
        [
          { path: 'deadline.latest', message: 'Too early' },
          { path: 'beneficiaries.1', message: 'No party has the id "x"' },
          { path: 'sources.0.url', message: 'Use a link' },
        ],
        'The pledge would not be consistent.',
      ),
    ).toEqual({
      latest: 'Too early',
      beneficiaries: 'No party has the id "x"',
      form: 'Not saved: The pledge would not be consistent. sources.0.url: Use a link',
    });
  });

  it('make new parties from typed names, and say how sure they are calmly', () => {
    expect(newPartyChip('  Rüstem Umërov ', 'person')).toEqual({
      id: 'rustem-umerov',
      name: 'Rüstem Umërov',
      known: false,
      kind: 'person',
    });
    expect(newPartyChip('Ελλάδα')).toBeNull();
    expect([confidenceWords(0.95), confidenceWords(0.7), confidenceWords(0.4)]).toEqual([
      'Strong match',
      'Likely a pledge',
      'Worth a look',
    ]);
  });
});
