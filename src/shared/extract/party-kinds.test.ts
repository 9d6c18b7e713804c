import { describe, expect, it } from 'vitest';
import { CORPUS_PARTIES } from './corpus/parties';
import { extractPledges } from './index';
import { findParties } from './parties';
import { countryNames, isCountry } from './party-kinds';
import type { KnownParty } from './types';

/** What a tracker that knows no one proposes for a sentence: [id, kind] of every party named. */
const proposed = (sentence: string, parties: readonly KnownParty[] = []) =>
  findParties(sentence, parties).map((m) => [m.guess.id, m.guess.kind]);

describe('countries come from the runtime’s region names', () => {
  it.each([
    'Ukraine',
    'France',
    'the United States',
    'United Kingdom',
    'UK',
    'US',
    'Czechia',
    'Czech Republic',
    'Bosnia and Herzegovina',
    'Bosnia & Herzegovina',
    "Côte d'Ivoire",
    'Myanmar',
    'Burma',
    'Saint Lucia',
    'Republic of Moldova',
    'Kingdom of the Netherlands',
    'Türkiye',
    'Turkey',
  ])('%s is a country', (name) => {
    expect(isCountry(name)).toBe(true);
  });
  it.each(['European Union', 'United Nations', 'Eurozone', 'Antarctica', 'Rheinmetall', 'Anna Weber', 'Republic'])(
    '%s is none',
    (name) => {
      expect(isCountry(name)).toBe(false);
    },
  );
  it('knows every country, not a hand-picked few', () => {
    expect(countryNames().size).toBeGreaterThan(250);
  });
});

describe('a party the tracker does not know is proposed as the kind it is', () => {
  it.each([
    ['Commissioner Anna Weber pledged €500 million.', [['anna-weber', 'person']]],
    ['President Zelensky promised to sign the law.', [['zelensky', 'person']]],
    ['Secretary of State Marco Rubio said talks would resume.', [['marco-rubio', 'person']]],
    [
      'NATO Secretary General Mark Rutte promised an envoy.',
      [
        ['nato', 'organisation'],
        ['mark-rutte', 'person'],
      ],
    ],
    ['Dr Tedros promised generators.', [['tedros', 'person']]],
    [
      'Kaja Kallas will travel to Moldova.',
      [
        ['kaja-kallas', 'person'],
        ['moldova', 'state'],
      ],
    ],
    ['Ursula von der Leyen promised a decision.', [['ursula-von-der-leyen', 'person']]],
    ['Ukraine will send 40 trainers.', [['ukraine', 'state']]],
    ['They said the United States will help.', [['united-states', 'state']]],
    [
      'European Council President António Costa will chair it.',
      [
        ['european-council', 'organisation'],
        ['antonio-costa', 'person'],
      ],
    ],
    ['Attorney General Pam Bondi will review it.', [['pam-bondi', 'person']]],
    ['France pledged €2 billion.', [['france', 'state']]],
    [
      'The Netherlands and South Korea will help.',
      [
        ['netherlands', 'state'],
        ['south-korea', 'state'],
      ],
    ],
    ['The Czech Republic will deliver the shells.', [['czech-republic', 'state']]],
    ['The Nordic Investment Bank pledged €300 million.', [['nordic-investment-bank', 'organisation']]],
    ['Rheinmetall will open a plant.', [['rheinmetall', 'organisation']]],
    ['General Motors will build trucks.', [['general-motors', 'organisation']]],
    ['The Justice Department will review it.', [['justice-department', 'organisation']]],
    ['The Rockefeller Foundation pledged $50 million.', [['rockefeller-foundation', 'organisation']]],
    ['The Lockheed Martin plant will reopen.', [['lockheed-martin', 'organisation']]],
  ])('%s', (sentence, expected) => {
    expect(proposed(sentence)).toEqual(expected);
  });

  it('keeps the kind a party already has in the tracker', () => {
    const parties: KnownParty[] = [{ id: 'taiwan', name: 'Taiwan', kind: 'organisation', aliases: ['Taipei'] }];
    expect(proposed('Taiwan will send drones.', parties)).toEqual([['taiwan', 'organisation']]);
    expect(proposed('Taipei will send drones.', parties)).toEqual([['taiwan', 'organisation']]);
    expect(proposed('President Zelensky promised to act.', CORPUS_PARTIES)).toEqual([['volodymyr-zelensky', 'person']]);
  });

  it('reads a surname alone as the person the article named before', () => {
    const text =
      'Defence Minister Boris Pistorius said on Thursday that talks went well.\n\nPistorius also promised to open a repair hub within six months.';
    const [candidate] = extractPledges({ text, publishedOn: '2026-05-14', timeZone: 'Europe/Berlin' }, []).candidates;
    expect(candidate?.pledgers).toEqual([
      { id: 'boris-pistorius', name: 'Boris Pistorius', known: false, kind: 'person', matched: 'Pistorius' },
    ]);
  });
});
