/**
 * Dutch public holidays (feestdagen), computed per year.
 *
 * Used by the recurrence engine: a recurring activity with
 * `feestdagen: overslaan` (the default) does not take place on these days.
 */
import { dayNumberFromParts, fromDayNumber, toDayNumber, weekdayOfDayNumber, type IsoDate } from './dates.ts';

/** A public holiday on a date. */
export interface Feestdag {
  datum: IsoDate;
  naam: string;
}

/**
 * Which national days count as holidays, and why.
 *
 * - Goede Vrijdag is not included: most people work, and shops and
 *   community centres stay open, so weekly activities go on.
 * - Bevrijdingsdag (5 May) is a national holiday, but only a general day off
 *   in lustrum years (2025, 2030, …); it is included in those years only.
 * - Everything else is a general day off: Nieuwjaarsdag, Eerste en Tweede
 *   Paasdag, Koningsdag (26 April when the 27th is a Sunday), Hemelvaartsdag,
 *   Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag.
 *
 * `uitleg` is the same choice in B1 Dutch, for editors' documentation.
 */
export const HOLIDAY_POLICY = {
  goedeVrijdag: 'niet',
  bevrijdingsdag: 'alleen-in-lustrumjaren',
  uitleg:
    'Een activiteit gaat niet door op feestdagen, tenzij er "feestdagen: doorgaan" staat. ' +
    'Goede Vrijdag telt niet mee: de meeste mensen werken dan en buurthuizen zijn open. ' +
    'Bevrijdingsdag (5 mei) telt alleen mee in lustrumjaren (zoals 2025 en 2030), want alleen dan is bijna iedereen vrij.',
} as const;

/**
 * Easter Sunday of a year (Gregorian), by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher).
 *
 * @example easterSunday(2027) // '2027-03-28'
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromDayNumber(dayNumberFromParts(year, month, day));
}

function kingsDay(year: number): Feestdag {
  // Koningsdag since 2014; before that Koninginnedag on 30 April.
  const [day, naam] = year >= 2014 ? [27, 'Koningsdag'] : [30, 'Koninginnedag'];
  const n = dayNumberFromParts(year, 4, day);
  return { datum: fromDayNumber(weekdayOfDayNumber(n) === 7 ? n - 1 : n), naam };
}

const byYear = new Map<number, readonly Feestdag[]>();
const allNames = new Map<IsoDate, string>();
const loadedYears = new Set<number>();

/**
 * The Dutch public holidays of a year, in date order, following
 * `HOLIDAY_POLICY`. Memoised per year; do not mutate the result.
 */
export function publicHolidays(year: number): readonly Feestdag[] {
  let list = byYear.get(year);
  if (list === undefined) {
    const easter = toDayNumber(easterSunday(year));
    const at = (month: number, day: number): IsoDate => fromDayNumber(dayNumberFromParts(year, month, day));
    const fromEaster = (days: number): IsoDate => fromDayNumber(easter + days);
    const days: Feestdag[] = [
      { datum: at(1, 1), naam: 'Nieuwjaarsdag' },
      { datum: fromEaster(0), naam: 'Eerste Paasdag' },
      { datum: fromEaster(1), naam: 'Tweede Paasdag' },
      kingsDay(year),
      { datum: fromEaster(39), naam: 'Hemelvaartsdag' },
      { datum: fromEaster(49), naam: 'Eerste Pinksterdag' },
      { datum: fromEaster(50), naam: 'Tweede Pinksterdag' },
      { datum: at(12, 25), naam: 'Eerste Kerstdag' },
      { datum: at(12, 26), naam: 'Tweede Kerstdag' },
    ];
    if (year % 5 === 0) days.push({ datum: at(5, 5), naam: 'Bevrijdingsdag' });
    days.sort((x, y) => (x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0));
    list = Object.freeze(days);
    byYear.set(year, list);
  }
  return list;
}

/**
 * The name of the public holiday on `date`, or `undefined` on other days.
 * One map lookup for a holiday, two for other days.
 *
 * @example holidayName('2027-04-27') // 'Koningsdag'
 */
export function holidayName(date: IsoDate): string | undefined {
  const naam = allNames.get(date);
  if (naam !== undefined) return naam;
  // Only on a miss: make sure the year is loaded (year read without slicing).
  const year =
    (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + date.charCodeAt(3) - 48;
  if (loadedYears.has(year)) return undefined;
  loadedYears.add(year);
  for (const f of publicHolidays(year)) allNames.set(f.datum, f.naam);
  return allNames.get(date);
}
