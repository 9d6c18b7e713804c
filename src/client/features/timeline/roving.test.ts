import fc from 'fast-check';
import { expect, test } from 'vitest';
import { rovingTarget } from './roving';

test('arrows move one pledge, Home and End go to the ends, other keys do nothing', () => {
  expect(rovingTarget('ArrowDown', 0, 3)).toBe(1);
  expect(rovingTarget('ArrowRight', 1, 3)).toBe(2);
  expect(rovingTarget('ArrowDown', 2, 3)).toBe(2);
  expect(rovingTarget('ArrowUp', 2, 3)).toBe(1);
  expect(rovingTarget('ArrowLeft', 0, 3)).toBe(0);
  expect(rovingTarget('Home', 2, 3)).toBe(0);
  expect(rovingTarget('End', 0, 3)).toBe(2);
  expect(rovingTarget('Enter', 1, 3)).toBeNull();
  expect(rovingTarget('a', 1, 3)).toBeNull();
  expect(rovingTarget('ArrowDown', 0, 0)).toBeNull();
});

test('always lands on a pledge, even from a stale index', () => {
  fc.assert(
    fc.property(
      fc.constantFrom('ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End'),
      fc.integer({ min: -5, max: 300 }),
      fc.integer({ min: 1, max: 200 }),
      (key, current, count) => {
        const next = rovingTarget(key, current, count)!;
        expect(Number.isInteger(next)).toBe(true);
        expect(next).toBeGreaterThanOrEqual(0);
        expect(next).toBeLessThan(count);
      },
    ),
  );
});

test('down then up comes back, except at the end', () => {
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 100 }), fc.nat(), (count, raw) => {
      const at = raw % (count - 1);
      expect(rovingTarget('ArrowUp', rovingTarget('ArrowDown', at, count)!, count)).toBe(at);
    }),
  );
});
