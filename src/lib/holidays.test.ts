import { describe, expect, test } from 'vitest';
import { weekday } from './dates.ts';
import { HOLIDAY_POLICY, easterSunday, holidayName, publicHolidays } from './holidays.ts';

describe('easterSunday', () => {
  test.each([
    [2008, '2008-03-23'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i falls on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
    expect(weekday(expected)).toBe(7);
  });
});

describe('publicHolidays', () => {
  test('2026 has the nine general days off, in date order', () => {
    expect(publicHolidays(2026)).toEqual([
      { datum: '2026-01-01', naam: 'Nieuwjaarsdag' },
      { datum: '2026-04-05', naam: 'Eerste Paasdag' },
      { datum: '2026-04-06', naam: 'Tweede Paasdag' },
      { datum: '2026-04-27', naam: 'Koningsdag' },
      { datum: '2026-05-14', naam: 'Hemelvaartsdag' },
      { datum: '2026-05-24', naam: 'Eerste Pinksterdag' },
      { datum: '2026-05-25', naam: 'Tweede Pinksterdag' },
      { datum: '2026-12-25', naam: 'Eerste Kerstdag' },
      { datum: '2026-12-26', naam: 'Tweede Kerstdag' },
    ]);
  });

  test('2027 follows Easter on 28 March', () => {
    const dates = Object.fromEntries(publicHolidays(2027).map((f) => [f.naam, f.datum]));
    expect(dates).toMatchObject({
      'Tweede Paasdag': '2027-03-29',
      Koningsdag: '2027-04-27',
      Hemelvaartsdag: '2027-05-06',
      'Eerste Pinksterdag': '2027-05-16',
      'Tweede Pinksterdag': '2027-05-17',
    });
  });

  test.each([
    [2025, '2025-04-26'],
    [2026, '2026-04-27'],
    [2027, '2027-04-27'],
    [2031, '2031-04-26'],
    [2036, '2036-04-26'],
  ])('Koningsdag %i is on %s (the 26th when the 27th is a Sunday)', (year, expected) => {
    expect(publicHolidays(year).find((f) => f.naam === 'Koningsdag')?.datum).toBe(expected);
    expect(weekday(expected)).not.toBe(7);
  });

  test('Koningsdag 2027 is a Tuesday', () => {
    expect(weekday('2027-04-27')).toBe(2);
    expect(holidayName('2027-04-27')).toBe('Koningsdag');
  });

  test('before 2014 the day is Koninginnedag on 30 April (29th when the 30th is a Sunday)', () => {
    expect(holidayName('2013-04-30')).toBe('Koninginnedag');
    expect(holidayName('2006-04-29')).toBe('Koninginnedag');
  });

  test.each([
    [2025, true],
    [2026, false],
    [2027, false],
    [2029, false],
    [2030, true],
  ])('Bevrijdingsdag %i counts as a day off: %s (lustrum years only)', (year, expected) => {
    expect(holidayName(`${year}-05-05`) === 'Bevrijdingsdag').toBe(expected);
  });

  test('Goede Vrijdag is not a day off', () => {
    expect(holidayName('2026-04-03')).toBeUndefined();
    expect(holidayName('2027-03-26')).toBeUndefined();
    expect(publicHolidays(2027).map((f) => f.naam)).not.toContain('Goede Vrijdag');
  });

  test('the policy documents both choices', () => {
    expect(HOLIDAY_POLICY.goedeVrijdag).toBe('niet');
    expect(HOLIDAY_POLICY.bevrijdingsdag).toBe('alleen-in-lustrumjaren');
    expect(HOLIDAY_POLICY.uitleg).toMatch(/Goede Vrijdag/);
    expect(HOLIDAY_POLICY.uitleg).toMatch(/lustrumjaren/);
  });

  test('the result is memoised and frozen', () => {
    expect(publicHolidays(2028)).toBe(publicHolidays(2028));
    expect(Object.isFrozen(publicHolidays(2028))).toBe(true);
  });
});

describe('holidayName', () => {
  test.each([
    ['2026-01-01', 'Nieuwjaarsdag'],
    ['2026-04-06', 'Tweede Paasdag'],
    ['2026-12-25', 'Eerste Kerstdag'],
    ['2026-12-26', 'Tweede Kerstdag'],
    ['2027-05-06', 'Hemelvaartsdag'],
    ['2026-12-24', undefined],
    ['2026-12-31', undefined],
    ['2026-12-01', undefined],
  ])('%s is %s', (date, expected) => {
    expect(holidayName(date)).toBe(expected);
  });
});
