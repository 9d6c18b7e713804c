import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { findUkDeadlines, learnEvents, type EventDates } from './deadlines';
import { ukText } from './text';

// D = Monday 18 August 2025 in Kyiv, as in the Ukrainian corpus.
const D = { date: '2025-08-18', timeZone: 'Europe/Kyiv' };
const window = (
  text: string,
  ref: { date: string; timeZone: string; publishedAt?: string } = D,
  events?: EventDates,
) => {
  const m = findUkDeadlines(ukText(text), ref, events).find((x) => x.latest !== null);
  return m ? [m.earliest ?? null, m.latest] : null;
};

describe('Ukrainian deadline words (D = Monday 2025-08-18, Kyiv)', () => {
  it.each([
    ['протягом наступних семи–десяти днів', '2025-08-25', '2025-08-28'],
    ['протягом наступних тижня-десяти днів', '2025-08-25', '2025-08-28'],
    ['протягом 2–3 тижнів', '2025-09-01', '2025-09-08'],
    ['до кінця року', null, '2025-12-31'],
    ['до кінця наступного року', null, '2026-12-31'],
    ['до кінця тижня', null, '2025-08-22'],
    ['до кінця вересня', null, '2025-09-30'],
    ['до кінця першого півріччя 2026 року', null, '2026-06-30'],
    ['впродовж місяця', null, '2025-09-18'],
    ['упродовж тижня', null, '2025-08-25'],
    ['протягом трьох років', null, '2028-08-18'],
    ['за сорок п’ять днів', null, '2025-10-02'],
    ['через два тижні', '2025-09-01', '2025-09-01'],
    ['не пізніше 1 вересня', null, '2025-09-01'],
    ['до 25 серпня', null, '2025-08-25'],
    ['23 жовтня', '2025-10-23', '2025-10-23'],
    ['у вересні', '2025-09-01', '2025-09-30'],
    ['на початку жовтня', '2025-10-01', '2025-10-10'],
    ['в середині вересня', '2025-09-11', '2025-09-20'],
    ['наприкінці вересня', '2025-09-21', '2025-09-30'],
    ['до середини жовтня', null, '2025-10-20'],
    ['у другій половині вересня', '2025-09-16', '2025-09-30'],
    ['на початку наступного року', '2026-01-01', '2026-04-30'],
    ['у першому кварталі наступного року', '2026-01-01', '2026-03-31'],
    ['у 2026 році', '2026-01-01', '2026-12-31'],
    ['впродовж 2026–2027 років', '2026-01-01', '2027-12-31'],
    ['цього року', null, '2025-12-31'],
    ['наступного тижня', '2025-08-25', '2025-08-31'],
    ['цієї осені', '2025-09-01', '2025-11-30'],
    ['до зими', null, '2025-11-30'],
    ['найближчими днями', null, '2025-08-25'],
    ['найближчими тижнями', null, '2025-09-15'],
    ['в середу', '2025-08-20', '2025-08-20'],
    ['до саміту НАТО в Гаазі 24 червня 2026 року', null, '2026-06-23'],
  ])('%s', (text, earliest, latest) => {
    expect(window(text)).toEqual([earliest, latest]);
  });

  it('counts hours from the publication instant in its zone, or whole days without one', () => {
    expect(window('протягом 48 годин', { ...D, publishedAt: '2025-08-18T20:30:00Z' })).toEqual([null, '2025-08-20']);
    expect(window('протягом 24 годин')).toEqual([null, '2025-08-19']);
    expect(window('протягом доби')).toEqual([null, '2025-08-19']);
  });

  it('gives no window for a span counted from an undated event', () => {
    expect(window('протягом шести місяців після припинення вогню')).toBeNull();
    expect(window('до саміту')).toBeNull();
  });

  it('dates "до саміту" by the summit an earlier sentence dated', () => {
    const events: EventDates = new Map();
    learnEvents('Лідери зберуться на саміт у Брюсселі 23 жовтня.', D, events);
    expect(window('Єврокомісія пообіцяла представити пропозицію до саміту.', D, events)).toEqual([null, '2025-10-22']);
  });

  it('reads "протягом N днів" as D + N for any N and any D', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (n, when) => {
          const date = when.toISOString().slice(0, 10);
          const expected = Temporal.PlainDate.from(date).add({ days: n }).toString();
          expect(window(`протягом ${n} днів`, { date, timeZone: 'Europe/Kyiv' })).toEqual([null, expected]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
