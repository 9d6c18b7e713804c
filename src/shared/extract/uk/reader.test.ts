import { describe, expect, it } from 'vitest';
import { extractPledges } from '../index';
import { detectLanguage } from '../language';
import { CORPUS_PARTIES } from '../corpus/parties';
import { findUkAmount } from './amounts';
import { findUkCues } from './cues';
import { findUkParties } from './parties';
import { ukText } from './text';

const cues = (s: string) => findUkCues(ukText(s), 2025).map((c) => c.kind);
const ids = (s: string) => findUkParties(ukText(s), CORPUS_PARTIES).map((m) => m.guess.id);

describe('the language of an article', () => {
  it.each([
    ['Німеччина передасть Україні ще чотири системи IRIS-T до кінця року.', 'uk'],
    ['Germany will deliver four more IRIS-T systems to Ukraine by the end of the year.', 'en'],
    ['Германия передаст Украине еще четыре системы до конца года.', 'en'],
    ['KYIV — Зеленський пообіцяв, що гарантії буде оформлено протягом тижня.', 'uk'],
  ])('%s → %s', (text, language) => expect(detectLanguage(text)).toBe(language));

  it('follows the caller when it says which', () => {
    const text = 'Німеччина передасть Україні чотири системи до кінця року.';
    const request = { text, publishedOn: '2025-08-18', timeZone: 'Europe/Kyiv' };
    expect(extractPledges(request, CORPUS_PARTIES).candidates).toHaveLength(1);
    expect(extractPledges({ ...request, language: 'en' }, CORPUS_PARTIES).candidates).toHaveLength(0);
  });
});

describe('Ukrainian commitment cues', () => {
  it.each([
    ['Японія зобов’язалася надати кошти.', 'commitment'],
    ['Уряд Канади зобов’язався надати кошти.', 'commitment'],
    ['Країни зобов’язалися надати кошти.', 'commitment'],
    ['Міністерство зобов’язалося надати кошти.', 'commitment'],
    ['Зеленський пообіцяв провести реформу.', 'promise'],
    ['Норвегія пообіцяла допомогти.', 'promise'],
    ['Уряд обіцяє відновити світло.', 'promise'],
    ['Польща має намір відкрити пункт пропуску.', 'plan'],
    ['Швеція планує передати літаки.', 'plan'],
    ['Вашингтон готовий надати дані.', 'willingness'],
    ['Німеччина передасть Україні системи.', 'intent'],
    ['Нідерланди спрямовуватимуть кошти.', 'intent'],
    ['Рада ЄС має затвердити рішення.', 'intent'],
    ['Рішення буде ухвалене до саміту.', 'intent'],
  ])('%s → %s', (sentence, kind) => expect(cues(sentence)).toContain(kind));

  it.each([
    'Чи передасть Вашингтон Україні ракети?',
    'Німеччина не передаватиме Україні ракети Taurus.',
    'Путін заявив, що не збирається зустрічатися.',
    'Ціни на пальне зростуть восени, прогнозують експерти.',
    'Аналітики очікують, що гривня послабиться.',
    'Шольц у 2023 році обіцяв передати Україні танки.',
    'Минулого року Японія виділила Україні 4,5 млрд доларів.',
    'Угоду можуть підписати наступного тижня.',
    'Обіцянки партнерів досі не виконані.',
  ])('no commitment in: %s', (sentence) => expect(cues(sentence)).toEqual([]));
});

describe('Ukrainian amounts', () => {
  it.each([
    ['90 мільярдів доларів', 9e10, 'USD'],
    ['€2 млрд', 2e9, 'EUR'],
    ['2,5 млрд грн', 2.5e9, 'UAH'],
    ['500 млн канадських доларів', 5e8, 'CAD'],
    ['Данія надасть 1,3 млрд крон', 1.3e9, 'DKK'],
    ['Швеція виділить 100 млн крон', 1e8, 'SEK'],
    ['по 8 млрд євро щороку протягом чотирьох років', 3.2e10, 'EUR'],
    ['по 50 млн євро щомісяця', 5e7, 'EUR'],
  ])('%s', (text, value, currency) => {
    expect(findUkAmount(ukText(text))).toMatchObject({ value, currency });
  });
  it('marks a hedge as approximate', () => {
    expect(findUkAmount('близько 90 мільярдів доларів')?.approximate).toBe(true);
  });
});

describe('Ukrainian parties', () => {
  it('finds a known party in every case by its one Ukrainian name', () => {
    for (const form of ['Україна', 'України', 'Україні', 'Україну', 'Україною', 'Києву', 'Києва'])
      expect(ids(`Це ${form} сказала.`), form).toEqual(['ukraine']);
    for (const form of ['Зеленський', 'Зеленського', 'Зеленському', 'Зеленським'])
      expect(ids(`Це ${form} сказав.`), form).toEqual(['volodymyr-zelensky']);
    expect(ids('Великої Британії')).toEqual(['united-kingdom']);
    expect(ids('Сполученим Штатам')).toEqual(['united-states']);
  });
  it('proposes an unknown state under its English name, whatever its case', () => {
    expect(ids('Естонія')).toEqual(['estonia']);
    expect(ids('від Естонії')).toEqual(['estonia']);
    expect(ids('Новій Зеландії')).toEqual(['new-zealand']);
  });
  it('transliterates a person by the national standard, and skips names in «quotes» and places after "у"', () => {
    const found = findUkParties(
      ukText('Юлія Свириденко пообіцяла у Женеві підтримати бригаду «Анна Київська».'),
      CORPUS_PARTIES,
    );
    expect(found.map((m) => [m.guess.id, m.guess.kind])).toEqual([['yuliia-svyrydenko', 'person']]);
  });
  it('reads pledger and beneficiary from a reported clause', () => {
    const { candidates } = extractPledges(
      {
        text: 'Канцлер Мерц пообіцяв, що Берлін профінансує закупівлю систем Patriot для України.',
        publishedOn: '2025-08-18',
        timeZone: 'Europe/Kyiv',
      },
      CORPUS_PARTIES,
    );
    expect(candidates[0]?.pledgers.map((p) => p.id)).toEqual(['germany']);
    expect(candidates[0]?.beneficiaries.map((p) => p.id)).toEqual(['ukraine']);
  });
});

describe('parties by their name in the other language', () => {
  // The tracker's parties, as the API lists them: English names, the Ukrainian ones as
  // translations, and no Ukrainian alias. Their Ukrainian names, in any case, find them.
  const tracker = [
    { id: 'ukraine', name: 'Ukraine', nameTranslations: { uk: 'Україна' }, kind: 'state' as const, aliases: ['Kyiv'] },
    {
      id: 'volodymyr-zelensky',
      name: 'Volodymyr Zelensky',
      nameTranslations: { uk: 'Володимир Зеленський' },
      kind: 'person' as const,
      aliases: [],
      represents: 'ukraine',
    },
    {
      id: 'council-of-the-eu',
      name: 'Рада ЄС',
      nameLanguage: 'uk',
      nameTranslations: { en: 'Council of the EU' },
      kind: 'organisation' as const,
      aliases: [],
    },
  ];

  it('finds a party named in Ukrainian only by its translation, declined', () => {
    expect(findUkParties(ukText('Володимира Зеленського запросили на саміт.'), tracker).map((m) => m.guess.id)).toEqual(
      ['volodymyr-zelensky'],
    );
    expect(findUkParties(ukText('Гроші отримає Україна.'), tracker).map((m) => m.guess.id)).toEqual(['ukraine']);
  });

  it('finds a Ukrainian-named party by its English translation in an English article', () => {
    const { candidates } = extractPledges(
      {
        text: 'The Council of the EU pledged to deliver €2 billion to Ukraine by the end of the year.',
        publishedOn: '2025-08-18',
        timeZone: 'Europe/Brussels',
        language: 'en',
      },
      tracker,
    );
    expect(candidates[0]?.pledgers.map((p) => p.id)).toEqual(['council-of-the-eu']);
  });
});
