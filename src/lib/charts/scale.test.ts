import { describe, expect, test } from 'vitest';
import { linear, meetPeriodeMidden, niceStep, niceTicks, yearFraction, yearFractionEnd } from './scale.ts';

describe('linear', () => {
  test('maps the domain onto the range', () => {
    const x = linear([2020, 2030], [0, 100]);
    expect(x(2020)).toBe(0);
    expect(x(2025)).toBe(50);
    expect(x(2030)).toBe(100);
    expect(linear([0, 10], [100, 0])(2)).toBe(80);
  });
  test('maps a zero-width domain to the middle', () => {
    expect(linear([5, 5], [0, 100])(5)).toBe(50);
  });
});

describe('niceStep and niceTicks', () => {
  test.each([
    [500000, 5, 100000],
    [102, 5, 25],
    [7, 4, 2],
    [0, 4, 1],
  ])('niceStep(%s, %s) is %s', (span, ticks, expected) => {
    expect(niceStep(span, ticks)).toBe(expected);
  });

  test('covers the values with round ticks from 0', () => {
    expect(niceTicks(4, 102, 5)).toEqual({ min: 0, max: 125, ticks: [0, 25, 50, 75, 100, 125] });
    expect(niceTicks(82, 95, 4)).toEqual({ min: 0, max: 100, ticks: [0, 25, 50, 75, 100] });
  });

  test('goes below zero for negative values and copes with all zeros', () => {
    expect(niceTicks(-3, 5, 4)).toEqual({ min: -4, max: 6, ticks: [-4, -2, 0, 2, 4, 6] });
    expect(niceTicks(0, 0, 4).ticks).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('yearFraction', () => {
  test.each([
    ['2020-01-01', 2020],
    ['2021-07-02', 2021 + 182 / 365],
    ['2020-12-31', 2020 + 365 / 366],
  ])('%s starts at %s', (date, expected) => {
    expect(yearFraction(date)).toBeCloseTo(expected, 10);
  });
  test('a day ends where the next one starts', () => {
    expect(yearFractionEnd('2020-12-31')).toBe(2021);
    expect(yearFractionEnd('2026-03-31')).toBeCloseTo(yearFraction('2026-04-01'), 10);
  });
});

describe('meetPeriodeMidden', () => {
  test.each([
    [2020, 2020.5],
    ['2020', 2020.5],
    ['2020-Q1', 2020.125],
    ['2020-Q4', 2020.875],
    ['2021-H2', 2021.75],
    ['2021-06', 2021 + 5.5 / 12],
  ])('%s lies at %s', (periode, expected) => {
    expect(meetPeriodeMidden(periode)).toBeCloseTo(expected, 10);
  });
});
