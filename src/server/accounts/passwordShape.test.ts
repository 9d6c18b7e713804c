import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PASSWORD_MIN } from '@shared/contract';
import { passwordShapeProblem } from './passwordShape';

describe('passwords anyone would guess by their shape', () => {
  it.each([
    ['aaaaaaaaaa', /One character repeated/],
    ['AAAAAAAAAAAA', /One character repeated/],
    ['1234567890', /A run like/],
    ['0987654321', /A run like/],
    ['abcdefghijkl', /A run like/],
    ['qwertyuiop', /A run like/],
    ['POIUYTREWQ', /A run like/],
    ['asdfghjklz', /A run like/],
    ['abababababab', /A short pattern repeated/],
    ['12341234123', /A short pattern repeated/],
    ['abcdeabcdeabcde', /A short pattern repeated/],
  ])('refuses %s', (password, message) => {
    expect(passwordShapeProblem(password)).toMatch(message);
  });

  it.each(['a long journey password', 'correct horse battery', 'owner-password-1', 'Tr0ub4dor&3xyz', '1234567891'])(
    'accepts %s',
    (password) => {
      expect(passwordShapeProblem(password)).toBeNull();
    },
  );

  it('refuses any one character repeated, whatever the character', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 1 }), fc.integer({ min: PASSWORD_MIN, max: 60 }), (c, n) => {
        expect(passwordShapeProblem(c.repeat(n))).not.toBeNull();
      }),
    );
  });

  it('refuses any stretch of a run, forwards or backwards, long enough to be a password', () => {
    const runs = ['abcdefghijklmnopqrstuvwxyz', '01234567890', 'qwertyuiop'];
    fc.assert(
      fc.property(fc.constantFrom(...runs), fc.nat(), fc.boolean(), (run, start, backwards) => {
        const from = start % (run.length - PASSWORD_MIN + 1);
        const text = run.slice(from, from + PASSWORD_MIN);
        expect(passwordShapeProblem(backwards ? [...text].reverse().join('') : text)).not.toBeNull();
      }),
    );
  });

  it('accepts a few unrelated words, as the form suggests', () => {
    const word = fc.constantFrom('river', 'lamp', 'violet', 'seven', 'harbour', 'cactus', 'tuesday', 'orbit');
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 3, maxLength: 5 }), (words) => {
        expect(passwordShapeProblem(words.join(' '))).toBeNull();
      }),
    );
  });
});
