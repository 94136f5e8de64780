import { describe, expect, test } from 'vitest';
import { daysBetween, isValidIsoDate, weekday } from './dates.ts';
import {
  REGIOS,
  SCHOOLVAKANTIES,
  SCHOOLVAKANTIES_BEREIK,
  isCoveredBySchoolHolidays,
  schoolHolidayName,
} from './school-holidays.ts';

describe('schoolHolidayName', () => {
  test.each([
    // Herfstvakantie 2026 differs per region.
    ['2026-10-13', 'noord', 'Herfstvakantie'],
    ['2026-10-13', 'midden', undefined],
    ['2026-10-20', 'noord', undefined],
    ['2026-10-20', 'midden', 'Herfstvakantie'],
    ['2026-10-10', 'noord', 'Herfstvakantie'],
    ['2026-10-18', 'noord', 'Herfstvakantie'],
    ['2026-10-19', 'noord', undefined],
    // Kerstvakantie is the same everywhere.
    ['2026-12-22', 'noord', 'Kerstvakantie'],
    ['2026-12-22', 'zuid', 'Kerstvakantie'],
    ['2027-01-03', 'midden', 'Kerstvakantie'],
    ['2027-01-04', 'midden', undefined],
    ['2026-02-24', 'noord', 'Voorjaarsvakantie'],
    ['2026-02-24', 'midden', undefined],
    ['2026-04-28', 'zuid', 'Meivakantie'],
    ['2026-07-06', 'noord', 'Zomervakantie'],
    ['2026-07-06', 'midden', undefined],
    ['2028-09-03', 'zuid', 'Zomervakantie'],
    ['2027-12-31', 'noord', 'Kerstvakantie'],
    ['2026-11-24', 'noord', undefined],
  ] as const)('%s in region %s is %s', (date, regio, expected) => {
    expect(schoolHolidayName(date, regio)).toBe(expected);
  });
});

describe('SCHOOLVAKANTIES', () => {
  test('each school year has all five holidays in every region', () => {
    for (const schooljaar of ['2025-2026', '2026-2027', '2027-2028']) {
      for (const regio of REGIOS) {
        const soorten = SCHOOLVAKANTIES.filter((v) => v.schooljaar === schooljaar && v.regio === regio).map((v) => v.soort);
        expect(soorten.sort(), `${schooljaar} ${regio}`).toEqual([
          'herfstvakantie',
          'kerstvakantie',
          'meivakantie',
          'voorjaarsvakantie',
          'zomervakantie',
        ]);
      }
    }
  });

  test('every holiday runs from a Saturday to a Sunday within its school year', () => {
    const wrong = SCHOOLVAKANTIES.filter((v) => {
      const [first, second] = v.schooljaar.split('-').map(Number) as [number, number];
      return (
        !isValidIsoDate(v.van) ||
        !isValidIsoDate(v.tot_en_met) ||
        weekday(v.van) !== 6 ||
        weekday(v.tot_en_met) !== 7 ||
        v.van > v.tot_en_met ||
        v.van < `${first}-08-01` ||
        v.tot_en_met > `${second}-09-30`
      );
    });
    expect(wrong).toEqual([]);
  });

  test('summer lasts six weeks and the other holidays one or two', () => {
    for (const v of SCHOOLVAKANTIES) {
      const days = daysBetween(v.van, v.tot_en_met) + 1;
      if (v.soort === 'zomervakantie') expect(days, `${v.schooljaar} ${v.regio}`).toBe(44);
      else expect([9, 16], `${v.soort} ${v.schooljaar} ${v.regio}`).toContain(days);
    }
  });

  test('holidays in one region never overlap', () => {
    for (const regio of REGIOS) {
      const list = SCHOOLVAKANTIES.filter((v) => v.regio === regio).sort((a, b) => (a.van < b.van ? -1 : 1));
      for (let i = 1; i < list.length; i++) expect(list[i]!.van > list[i - 1]!.tot_en_met).toBe(true);
    }
  });

  test('2027-2028 is taken from the Rijksoverheid page; nothing is left without a source', () => {
    expect(SCHOOLVAKANTIES.filter((v) => v.schooljaar === '2027-2028').every((v) => v.bron === 'rijksoverheid')).toBe(true);
    expect(SCHOOLVAKANTIES.every((v) => ['rijksoverheid', 'schoolgidsen', 'onbevestigd'].includes(v.bron))).toBe(true);
  });
});

describe('isCoveredBySchoolHolidays', () => {
  test('the table covers autumn 2025 up to the end of summer 2028', () => {
    expect(isCoveredBySchoolHolidays('2026-11-25')).toBe(true);
    expect(isCoveredBySchoolHolidays(SCHOOLVAKANTIES_BEREIK.tot_en_met)).toBe(true);
    expect(isCoveredBySchoolHolidays('2028-10-21')).toBe(false);
    expect(isCoveredBySchoolHolidays('2025-07-15')).toBe(false);
    const last = SCHOOLVAKANTIES.reduce((max, v) => (v.tot_en_met > max ? v.tot_en_met : max), '');
    expect(last).toBe(SCHOOLVAKANTIES_BEREIK.tot_en_met);
  });
});
