import { describe, expect, test } from 'vitest';
import {
  MAANDEN,
  MAANDEN_KORT,
  WEEKDAGEN,
  WEEKDAGEN_KORT,
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  firstDayOfMonth,
  formatDatum,
  formatDatumBereik,
  formatDatumKort,
  formatDatumZonderWeekdag,
  formatMaand,
  formatTijd,
  formatTijdstip,
  fromDayNumber,
  isValidIsoDate,
  isValidMonth,
  isValidTijd,
  lastDayOfMonth,
  maxDate,
  minDate,
  monthOf,
  parseTijd,
  startOfWeek,
  toDayNumber,
  toIcsDate,
  toUtcStamp,
  weekday,
  zonedIso,
} from './dates.ts';

const AMS = 'Europe/Amsterdam';

describe('addDays', () => {
  test.each([
    ['2026-12-01', 1, '2026-12-02'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-06', 364, '2027-01-05'],
    ['2026-10-25', 0, '2026-10-25'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});

describe('day numbers', () => {
  test('1970-01-01 is day 0 and round-trips', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(fromDayNumber(0)).toBe('1970-01-01');
  });

  test('every day from 1999 to 2031 round-trips and steps by one', () => {
    let n = toDayNumber('1999-12-25');
    let previous = fromDayNumber(n - 1);
    const wrong: string[] = [];
    for (let i = 0; i < 12_000; i++, n++) {
      const iso = fromDayNumber(n);
      if (!isValidIsoDate(iso) || toDayNumber(iso) !== n || iso <= previous) wrong.push(iso);
      previous = iso;
    }
    expect(wrong).toEqual([]);
    expect(previous).toBe('2032-10-31');
  });
});

describe('weekday', () => {
  test.each([
    ['2026-12-01', 2],
    ['2026-12-06', 7],
    ['2026-12-07', 1],
    ['2027-04-27', 2],
    ['2025-04-27', 7],
    ['2000-02-29', 2],
    ['1969-12-31', 3],
  ])('%s is ISO weekday %i', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('daysBetween and compareDates', () => {
  test.each([
    ['2026-12-01', '2026-12-08', 7],
    ['2026-12-08', '2026-12-01', -7],
    ['2026-12-31', '2027-01-01', 1],
    ['2028-01-01', '2029-01-01', 366],
  ])('from %s to %s is %i days', (a, b, expected) => {
    expect(daysBetween(a, b)).toBe(expected);
  });

  test('sorts dates chronologically and picks the earlier and later one', () => {
    expect(['2027-01-05', '2026-12-31', '2027-01-01'].sort(compareDates)).toEqual(['2026-12-31', '2027-01-01', '2027-01-05']);
    expect(compareDates('2026-12-01', '2026-12-01')).toBe(0);
    expect(minDate('2027-01-01', '2026-12-31')).toBe('2026-12-31');
    expect(maxDate('2027-01-01', '2026-12-31')).toBe('2027-01-01');
  });
});

describe('startOfWeek', () => {
  test.each([
    ['2026-12-01', '2026-11-30'],
    ['2026-11-30', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts on Monday %s', (date, expected) => {
    expect(startOfWeek(date)).toBe(expected);
  });
});

describe('month helpers', () => {
  test.each([
    [2026, 2, 28],
    [2028, 2, 29],
    [2100, 2, 28],
    [2000, 2, 29],
    [2026, 4, 30],
    [2026, 12, 31],
  ])('%i-%i has %i days', (year, month, expected) => {
    expect(daysInMonth(year, month)).toBe(expected);
  });

  test('first and last day of a month, and month arithmetic across years', () => {
    expect(monthOf('2026-12-15')).toBe('2026-12');
    expect(firstDayOfMonth('2026-12')).toBe('2026-12-01');
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastDayOfMonth('2026-11')).toBe('2026-11-30');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', 6)).toBe('2027-05');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
  });

  test.each([
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
  ])('isValidMonth(%s) is %s', (value, expected) => {
    expect(isValidMonth(value)).toBe(expected);
  });
});

describe('isValidIsoDate', () => {
  test.each([
    ['2026-12-01', true],
    ['2028-02-29', true],
    ['2026-02-28', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-12-00', false],
    ['2026-12-1', false],
    ['26-12-01', false],
    ['2026-12-01T10:00', false],
    [' 2026-12-01', false],
  ])('%j is %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });

  test('rejects values that are not strings', () => {
    expect(isValidIsoDate(new Date('2026-12-01'))).toBe(false);
    expect(isValidIsoDate(20261201)).toBe(false);
    expect(isValidIsoDate(undefined)).toBe(false);
  });
});

describe('parseTijd', () => {
  test.each([
    ['10:00-12:00', { start: '10:00', eind: '12:00' }],
    ['10:00', { start: '10:00' }],
    ['00:00-23:59', { start: '00:00', eind: '23:59' }],
    ['09:30 - 11:15', { start: '09:30', eind: '11:15' }],
  ])('%j is read as %j', (value, expected) => {
    expect(parseTijd(value)).toEqual(expected);
  });

  test.each([
    '24:00',
    '25:61',
    '10:60',
    '10:00-24:00',
    '9:00',
    '10.00',
    '10:00-',
    '12:00-10:00',
    '10:00-10:00',
    '',
    'morgen',
  ])('%j is rejected', (value) => {
    expect(parseTijd(value)).toBeUndefined();
    expect(isValidTijd(value)).toBe(false);
  });

  test('undefined stays undefined', () => {
    expect(parseTijd(undefined)).toBeUndefined();
  });
});

describe('zonedIso', () => {
  test.each([
    ['2026-12-01', '10:00', '2026-12-01T10:00:00+01:00'],
    ['2026-07-01', '10:00', '2026-07-01T10:00:00+02:00'],
    // Last Sunday of October 2026: summer time ends at 03:00 local.
    ['2026-10-24', '10:00', '2026-10-24T10:00:00+02:00'],
    ['2026-10-25', '10:00', '2026-10-25T10:00:00+01:00'],
    ['2026-10-25', '01:30', '2026-10-25T01:30:00+02:00'],
    ['2026-10-25', '03:30', '2026-10-25T03:30:00+01:00'],
    // Last Sunday of March 2027: summer time starts at 02:00 local.
    ['2027-03-27', '10:00', '2027-03-27T10:00:00+01:00'],
    ['2027-03-28', '01:30', '2027-03-28T01:30:00+01:00'],
    ['2027-03-28', '10:00', '2027-03-28T10:00:00+02:00'],
    ['2027-03-29', '10:00', '2027-03-29T10:00:00+02:00'],
    ['2027-10-30', '23:00', '2027-10-30T23:00:00+02:00'],
    ['2027-10-31', '10:00', '2027-10-31T10:00:00+01:00'],
  ])('%s %s in Amsterdam is %s', (date, time, expected) => {
    expect(zonedIso(date, time, AMS)).toBe(expected);
  });

  test('uses the offset of the given zone, not the machine', () => {
    expect(zonedIso('2026-12-01', '10:00', 'UTC')).toBe('2026-12-01T10:00:00+00:00');
    expect(zonedIso('2026-12-01', '10:00', 'America/New_York')).toBe('2026-12-01T10:00:00-05:00');
    expect(zonedIso('2026-12-01', '10:00', 'Asia/Kolkata')).toBe('2026-12-01T10:00:00+05:30');
  });

  test('the result denotes the right instant', () => {
    expect(new Date(zonedIso('2027-03-29', '10:00', AMS)).toISOString()).toBe('2027-03-29T08:00:00.000Z');
    expect(new Date(zonedIso('2026-12-01', '10:00', AMS)).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  test('an unknown time zone is a clear error', () => {
    expect(() => zonedIso('2026-12-01', '10:00', 'Europe/Amsterdm')).toThrow(/Unknown time zone "Europe\/Amsterdm"/);
  });

  // Speed is measured by `npm run bench`, not here; this checks that the cached path stays correct over a year.
  test('gives the right offset for every day of a year, also when served from the cache', () => {
    const start = toDayNumber('2026-11-25');
    for (let i = 0; i < 730; i++) {
      const date = fromDayNumber(start + (i % 365));
      const iso = zonedIso(date, '10:00', AMS);
      const summer = date >= '2027-03-28' && date < '2027-10-31';
      expect(iso).toBe(`${date}T10:00:00+0${summer ? 2 : 1}:00`);
    }
  });
});

describe('iCalendar stamps', () => {
  test.each([
    ['2026-12-01T10:00:00+01:00', '20261201T090000Z'],
    ['2027-03-29T10:00:00+02:00', '20270329T080000Z'],
    ['2027-01-01T00:30:00+01:00', '20261231T233000Z'],
  ])('%s is %s', (iso, expected) => {
    expect(toUtcStamp(iso)).toBe(expected);
  });

  test('a whole day becomes a DATE value', () => {
    expect(toIcsDate('2026-12-05')).toBe('20261205');
  });
});

describe('Dutch names', () => {
  test('weekdays start on Monday and months on January', () => {
    expect(WEEKDAGEN).toHaveLength(7);
    expect(WEEKDAGEN[0]).toBe('maandag');
    expect(WEEKDAGEN[6]).toBe('zondag');
    expect(WEEKDAGEN_KORT.join(' ')).toBe('ma di wo do vr za zo');
    expect(MAANDEN).toHaveLength(12);
    expect(MAANDEN[2]).toBe('maart');
    expect(MAANDEN_KORT[2]).toBe('mrt');
    expect(MAANDEN_KORT).toHaveLength(12);
  });
});

describe('formatDatum and friends', () => {
  test.each([
    ['2026-12-01', 'dinsdag 1 december 2026', 'di 1 dec', '1 december 2026'],
    ['2026-12-05', 'zaterdag 5 december 2026', 'za 5 dec', '5 december 2026'],
    ['2027-03-28', 'zondag 28 maart 2027', 'zo 28 mrt', '28 maart 2027'],
    ['2027-01-04', 'maandag 4 januari 2027', 'ma 4 jan', '4 januari 2027'],
    ['2027-05-13', 'donderdag 13 mei 2027', 'do 13 mei', '13 mei 2027'],
  ])('%s reads as %j, %j and %j', (date, full, short, noWeekday) => {
    expect(formatDatum(date)).toBe(full);
    expect(formatDatumKort(date)).toBe(short);
    expect(formatDatumZonderWeekdag(date)).toBe(noWeekday);
  });
});

describe('formatTijd', () => {
  test.each([
    [{ start: '10:00', eind: '12:00' }, '10.00 – 12.00 uur'],
    [{ start: '10:00' }, '10.00 uur'],
    [{ start: '09:30', eind: '21:45' }, '09.30 – 21.45 uur'],
  ])('%j reads as %j', (tijd, expected) => {
    expect(formatTijd(tijd)).toBe(expected);
  });

  test('a single time uses a full stop', () => {
    expect(formatTijdstip('19:30')).toBe('19.30');
  });
});

describe('formatMaand', () => {
  test.each([
    ['2026-12', 'december 2026'],
    ['2027-01', 'januari 2027'],
    ['2027-05', 'mei 2027'],
  ])('%s reads as %j', (month, expected) => {
    expect(formatMaand(month)).toBe(expected);
  });
});

describe('formatDatumBereik', () => {
  test.each([
    ['2027-06-12', '2027-06-13', true, 'zaterdag 12 t/m zondag 13 juni 2027'],
    ['2027-07-31', '2027-08-01', true, 'zaterdag 31 juli t/m zondag 1 augustus 2027'],
    ['2026-12-31', '2027-01-01', true, 'donderdag 31 december 2026 t/m vrijdag 1 januari 2027'],
    ['2027-01-01', '2027-01-07', false, '1 t/m 7 januari 2027'],
    ['2026-12-28', '2027-01-03', false, '28 december 2026 t/m 3 januari 2027'],
    ['2027-06-12', '2027-06-12', true, 'zaterdag 12 juni 2027'],
  ])('%s to %s (weekday %s) reads as %j', (van, tot, weekdag, expected) => {
    expect(formatDatumBereik(van, tot, { weekdag })).toBe(expected);
  });
});
