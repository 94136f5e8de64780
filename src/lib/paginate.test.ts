import { describe, expect, test } from 'vitest';
import { dayStarts, pageHref, pageParam, pagerNumbers, paginate } from './paginate.ts';

describe('paginate', () => {
  test.each([
    { items: [], size: 3, pages: [[]] },
    { items: [1], size: 3, pages: [[1]] },
    { items: [1, 2, 3], size: 3, pages: [[1, 2, 3]] },
    { items: [1, 2, 3, 4], size: 3, pages: [[1, 2, 3], [4]] },
    { items: [1, 2, 3, 4, 5, 6, 7], size: 2, pages: [[1, 2], [3, 4], [5, 6], [7]] },
  ])('$items.length items by $size', ({ items, size, pages }) => {
    expect(paginate(items, size)).toEqual(pages);
  });

  test.each([0, -1, 1.5, Number.NaN])('refuses page size %s', (size) => {
    expect(() => paginate([1], size)).toThrow(RangeError);
  });
});

describe('pageHref and pageParam', () => {
  test.each([
    { base: '/agenda/2026/12/', n: 1, href: '/agenda/2026/12/', param: undefined },
    { base: '/agenda/2026/12/', n: 2, href: '/agenda/2026/12/2/', param: '2' },
    { base: '/agenda/filter/gratis/', n: 14, href: '/agenda/filter/gratis/14/', param: '14' },
  ])('page $n of $base', ({ base, n, href, param }) => {
    expect(pageHref(base, n)).toBe(href);
    expect(pageParam(n)).toBe(param);
  });

  test('a base without trailing slash is a programming error', () => {
    expect(() => pageHref('/agenda', 2)).toThrow(/end with/);
  });
});

describe('pagerNumbers', () => {
  test.each([
    { current: 1, count: 1, shown: [1] },
    { current: 1, count: 3, shown: [1, 2, 3] },
    { current: 1, count: 10, shown: [1, 2, 3, null, 10] },
    { current: 4, count: 10, shown: [1, 2, 3, 4, 5, 6, null, 10] },
    { current: 5, count: 10, shown: [1, 2, 3, 4, 5, 6, 7, null, 10] },
    { current: 7, count: 20, shown: [1, null, 5, 6, 7, 8, 9, null, 20] },
    { current: 20, count: 20, shown: [1, null, 18, 19, 20] },
    // A gap of exactly one page shows that page instead of "…".
    { current: 5, count: 7, shown: [1, 2, 3, 4, 5, 6, 7] },
  ])('page $current of $count', ({ current, count, shown }) => {
    expect(pagerNumbers(current, count)).toEqual(shown);
  });

  test('stays short for hundreds of pages', () => {
    expect(pagerNumbers(200, 400).length).toBeLessThanOrEqual(9);
  });
});

describe('dayStarts', () => {
  test('each day points at the page where its first row stands', () => {
    const row = (datum: string) => ({ datum });
    const pages = [
      [row('2026-12-01'), row('2026-12-01'), row('2026-12-02')],
      [row('2026-12-02'), row('2026-12-02'), row('2026-12-02')],
      [row('2026-12-02'), row('2026-12-05')],
    ];
    expect(dayStarts(pages)).toEqual([
      { datum: '2026-12-01', page: 1 },
      { datum: '2026-12-02', page: 1 },
      { datum: '2026-12-05', page: 3 },
    ]);
  });

  test('an empty list has no days', () => {
    expect(dayStarts([[]])).toEqual([]);
  });
});
