// Titles and proposed parties on sentences that are not in the corpus: a title never cuts inside
// a number or an initialism, drops the time the pledge was made ("pledged on Tuesday to…"),
// reads naturally for a promised amount, and multi-word proper names stay whole.
import { describe, expect, it } from 'vitest';
import { extractPledges } from './index';
import { proposeTitle } from './titles';
import { findParties } from './parties';
import { CORPUS_PARTIES } from './corpus/parties';

const REQUEST = { publishedOn: '2025-09-16', timeZone: 'Europe/Berlin' };
const extract = (text: string, parties = CORPUS_PARTIES) => extractPledges({ text, ...REQUEST }, parties).candidates;
const title = (text: string) => {
  const candidates = extract(text);
  expect(candidates).toHaveLength(1);
  return candidates[0]!.title;
};
// The corpus parties without the European Commission alias: it must then be proposed whole.
const WITHOUT_COMMISSION = CORPUS_PARTIES.map((p) => ({
  ...p,
  aliases: p.aliases.filter((a) => a !== 'the European Commission'),
}));

const ARTICLE =
  'Germany pledged on Tuesday to deliver four more Patriot systems to Ukraine by the end of the year. The European Commission said it would disburse a €4.2 billion tranche within 30 days. Officials in Kyiv expect the first shipments in early October. Poland agreed to train 10,000 Ukrainian soldiers over the next six months. The ceasefire talks collapsed in March. Britain will host a donor conference before Christmas, Prime Minister Keir Starmer announced. Japan has promised roughly $3 billion in reconstruction aid, with the first payment due no later than 15 November.';

describe('a fresh article (2025-09-16, Europe/Berlin)', () => {
  const candidates = extract(ARTICLE);
  const bySentence = (fragment: string) => candidates.find((c) => c.sentence.includes(fragment))!;

  it('proposes titles that keep numbers whole and drop when the pledge was made', () => {
    expect(candidates.map((c) => c.title)).toEqual([
      'Pledge to deliver four more Patriot systems to Ukraine',
      'Disburse a €4.2 billion tranche',
      'Agreement to train 10,000 Ukrainian soldiers',
      'Host a donor conference',
      'Promise of about $3 billion in reconstruction aid',
    ]);
  });
  it('keeps the deadlines and amounts it found', () => {
    expect(bySentence('Patriot').deadline).toMatchObject({ latest: '2025-12-31' });
    expect(bySentence('€4.2').deadline).toMatchObject({ latest: '2025-10-16' });
    expect(bySentence('€4.2').amount).toMatchObject({ value: 4_200_000_000, currency: 'EUR' });
    expect(bySentence('10,000').deadline).toMatchObject({ latest: '2026-03-16' });
    expect(bySentence('donor').deadline).toMatchObject({ latest: '2025-12-24' });
    expect(bySentence('$3 billion').deadline).toMatchObject({ latest: '2025-11-15' });
    expect(bySentence('$3 billion').amount).toMatchObject({ value: 3_000_000_000, currency: 'USD' });
  });
  it('matches the European Commission to a known party, or proposes it whole', () => {
    expect(bySentence('€4.2').pledgers.map((p) => p.id)).toEqual(['european-union']);
    const fresh = extract(ARTICLE, WITHOUT_COMMISSION).find((c) => c.sentence.includes('€4.2'))!;
    expect(fresh.pledgers).toEqual([
      {
        id: 'european-commission',
        name: 'European Commission',
        known: false,
        kind: 'organisation',
        matched: 'European Commission',
      },
    ]);
  });
  it('reads the other parties', () => {
    expect(bySentence('Patriot').pledgers.map((p) => p.id)).toEqual(['germany']);
    expect(bySentence('Patriot').beneficiaries.map((p) => p.id)).toEqual(['ukraine']);
    expect(bySentence('10,000').pledgers.map((p) => p.id)).toEqual(['poland']);
    expect(bySentence('donor').pledgers.map((p) => p.id)).toEqual(['united-kingdom']);
    expect(bySentence('$3 billion').pledgers.map((p) => p.id)).toEqual(['japan']);
  });
});

describe('titles never cut inside a number or an initialism', () => {
  it.each([
    ['Canada will send 1.5m rounds of ammunition to Ukraine.', 'Send 1.5m rounds of ammunition to Ukraine'],
    ['Sweden pledged to finance 2,500 drones for Kyiv.', 'Pledge to finance 2,500 drones for Kyiv'],
    [
      'Norway will buy 12,000 shells from U.S. manufacturers, the minister said.',
      'Buy 12,000 shells from U.S. manufacturers',
    ],
    ['Italy will contribute €1,250,000 to the demining fund.', 'Contribute €1,250,000 to the demining fund'],
    ['Denmark will spend 3.5% of its budget on air defence.', 'Spend 3.5% of its budget on air defence'],
    ['The Netherlands promised €0.75 billion, officials said.', 'Promise of €0.75 billion'],
  ])('%s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
  it('keeps an amount and its size together at the word limit', () => {
    expect(proposeTitle('intent', ' provide air defence systems, radars and spare parts worth $3 billion', null)).toBe(
      'Provide air defence systems',
    );
    expect(
      proposeTitle('intent', ' send the first eight batteries and ammunition worth 4.5 billion euros next', null),
    ).toBe('Send the first eight batteries and ammunition worth 4.5 billion euros');
    expect(
      proposeTitle(
        'pledge',
        ' on Monday to send the first eight batteries and ammunition for 1.2 million dollars soon',
        null,
      ),
    ).toBe('Pledge to send the first eight batteries and ammunition for 1.2 million dollars');
  });
  it('still ends at a clause break after a number', () => {
    expect(title('Spain will send 300 troops, and Portugal is expected to follow.')).toBe('Send 300 troops');
  });
});

describe('titles drop a time adverbial between the cue and the verb', () => {
  it.each([
    [
      'Germany pledged on Monday to rebuild the bridge at Zaporizhzhia.',
      'Pledge to rebuild the bridge at Zaporizhzhia',
    ],
    ['Poland agreed last week to open a second training centre.', 'Agreement to open a second training centre'],
    ['France vowed on Tuesday evening to keep its embassy in Kyiv open.', 'Vow to keep its embassy in Kyiv open'],
    ['Canada promised earlier this month to send more winter equipment.', 'Promise to send more winter equipment'],
    ['Japan pledged, on Friday, to fund the power grid repairs.', 'Pledge to fund the power grid repairs'],
    ['The EU promised again on Sept. 3 to speed up the accession talks.', 'Promise to speed up the accession talks'],
  ])('%s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
});

describe('titles read naturally for a promised amount, thing or clause', () => {
  it.each([
    [
      'Japan has promised roughly $3 billion in reconstruction aid.',
      'Promise of about $3 billion in reconstruction aid',
    ],
    [
      'Britain pledged nearly £500 million in winter support for Ukraine.',
      'Pledge of nearly £500 million in winter support for Ukraine',
    ],
    ['Canada offered C$80 million in demining aid.', 'Offer of C$80 million in demining aid'],
    ['Merz promised new sanctions on Russian banks.', 'Promise of new sanctions on Russian banks'],
    [
      'Macron promised that French instructors will stay in Ukraine.',
      'Promise that French instructors will stay in Ukraine',
    ],
  ])('%s', (sentence, expected) => {
    expect(title(sentence)).toBe(expected);
  });
});

describe('proposed parties keep multi-word proper names whole', () => {
  const proposed = (sentence: string) =>
    findParties(sentence, WITHOUT_COMMISSION)
      .filter((m) => !m.guess.known)
      .map((m) => m.guess);
  it.each([
    ['The European Commission said it would disburse the funds.', 'european-commission', 'European Commission'],
    ['The United Nations will send observers to the plant.', 'united-nations', 'United Nations'],
    ['The Royal Navy will escort the grain ships.', 'royal-navy', 'Royal Navy'],
    ['The European Investment Bank pledged €500 million.', 'european-investment-bank', 'European Investment Bank'],
    ['The European Council President will chair the talks.', 'european-council', 'European Council'],
  ])('%s', (sentence, id, name) => {
    expect(proposed(sentence)).toEqual([{ id, name, known: false, kind: 'organisation', matched: name }]);
  });
  it('still matches known parties and proposes nothing for a lone adjective', () => {
    expect(proposed('European leaders will meet in Brussels.')).toEqual([]);
    expect(findParties('The European Union will adopt the package.', CORPUS_PARTIES).map((m) => m.guess.id)).toEqual([
      'european-union',
    ]);
    expect(proposed('The United States will send more Patriot interceptors.')).toEqual([]);
  });
});
