import { describe, expect, it } from 'vitest';
import { withInnerQuoteMarks } from './quote-marks';

describe('withInnerQuoteMarks', () => {
  it('turns the marks inside an English quote single', () => {
    expect(withInnerQuoteMarks('“a lot of help” would be forthcoming, a “first line of defence”', 'en')).toBe(
      '‘a lot of help’ would be forthcoming, a ‘first line of defence’',
    );
    expect(withInnerQuoteMarks('he called it "a deal"', 'en')).toBe('he called it ‘a deal’');
  });

  it('gives a Ukrainian quote the inner Ukrainian marks', () => {
    expect(withInnerQuoteMarks('він назвав це «угодою століття»', 'uk')).toBe('він назвав це „угодою століття“');
    expect(withInnerQuoteMarks('це “перша лінія оборони”', 'uk')).toBe('це „перша лінія оборони“');
  });

  it('leaves a quote without marks, and apostrophes, as they are', () => {
    expect(withInnerQuoteMarks('Ukraine’s guarantees will be written', 'en')).toBe(
      'Ukraine’s guarantees will be written',
    );
    expect(withInnerQuoteMarks('м’ята', 'uk')).toBe('м’ята');
  });
});
