import { describe, expect, test } from 'vitest';
import { median, ratio, summarize } from './stats.ts';

describe('bench statistics', () => {
  test('median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  test('summary gives median, minimum, maximum and relative spread', () => {
    expect(summarize([10, 12, 11])).toEqual({ n: 3, median: 11, min: 10, max: 12, spread: 2 / 11 });
    expect(summarize([5]).spread).toBe(0);
  });
  test('ratio is undefined without both figures', () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(undefined, 3)).toBeUndefined();
    expect(ratio(3, 0)).toBeUndefined();
  });
});
