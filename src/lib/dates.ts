/**
 * Calendar arithmetic and Dutch date formatting on plain `YYYY-MM-DD` strings.
 *
 * Everything here is pure: no clock, no file IO, no `Intl` formatter per call.
 * Dates are local calendar days in the site's time zone; only `zonedIso`
 * needs a time zone, to attach the correct UTC offset to a local wall time.
 *
 * Internally a date is turned into a "day number" (days since 1970-01-01)
 * with integer arithmetic, so the recurrence engine can loop over days
 * without creating `Date` objects.
 */
import { tzOffset } from '@date-fns/tz';

/** A local calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** A start time with an optional end time, both `HH:MM` in the site's time zone. */
export interface Tijd {
  start: string;
  eind?: string;
}

/** Dutch weekday names, Monday first (index 0 = maandag = weekday 1). */
export const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

/** Short Dutch weekday names, Monday first. */
export const WEEKDAGEN_KORT = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;

/** Dutch month names, January first (index 0 = januari). */
export const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

/** Short Dutch month names, as Dutch style guides abbreviate them. */
export const MAANDEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'] as const;

const DAY_MS = 86_400_000;
const ISO_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_SHAPE = /^\d{4}-\d{2}$/;
const TIME_SHAPE = /^\d{2}:\d{2}$/;

// ---------------------------------------------------------------------------
// Day numbers (days since 1970-01-01), integer-only.
// Algorithm: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms".

function digit(s: string, i: number): number {
  return s.charCodeAt(i) - 48;
}

/** Days since 1970-01-01 for a civil date (proleptic Gregorian calendar). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The `[year, month, day]` of a day number (month and day start at 1). */
export function partsFromDayNumber(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/**
 * Days since 1970-01-01 for a `YYYY-MM-DD` string. Assumes a valid date
 * (schemas check with `isValidIsoDate` first); it never throws.
 */
export function toDayNumber(date: IsoDate): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  return dayNumberFromParts(year, month, day);
}

const isoByDayNumber = new Map<number, string>();

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The `YYYY-MM-DD` string of a day number (memoised: agendas reuse few days). */
export function fromDayNumber(dayNumber: number): IsoDate {
  let iso = isoByDayNumber.get(dayNumber);
  if (iso === undefined) {
    const [y, m, d] = partsFromDayNumber(dayNumber);
    iso = `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
    isoByDayNumber.set(dayNumber, iso);
  }
  return iso;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function weekdayOfDayNumber(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

// ---------------------------------------------------------------------------
// Calendar arithmetic on strings.

/** `date` plus `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function weekday(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Sort comparator for dates: negative, zero or positive. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** The Monday of the ISO week that contains `date`. */
export function startOfWeek(date: IsoDate): IsoDate {
  const n = toDayNumber(date);
  return fromDayNumber(n - weekdayOfDayNumber(n) + 1);
}

/** True for leap years in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Number of days in a month (month 1 = January). */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** The month of a date as `YYYY-MM`. */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}

/** The first day of a `YYYY-MM` month. */
export function firstDayOfMonth(month: string): IsoDate {
  return `${month}-01`;
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOfMonth(month: string): IsoDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${pad2(daysInMonth(year, m))}`;
}

/** A `YYYY-MM` month plus `months` months (negative goes back). */
export function addMonths(month: string, months: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${pad2(index - year * 12 + 1)}`;
}

/** True for an existing calendar date written as `YYYY-MM-DD` (so `2026-02-30` is false). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE_SHAPE.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a month written as `YYYY-MM`. */
export function isValidMonth(value: unknown): value is string {
  if (typeof value !== 'string' || !MONTH_SHAPE.test(value)) return false;
  const month = Number(value.slice(5, 7));
  return month >= 1 && month <= 12;
}

// ---------------------------------------------------------------------------
// Times.

/** True for a clock time `HH:MM` from 00:00 to 23:59. */
export function isValidTime(value: string): boolean {
  if (!TIME_SHAPE.test(value)) return false;
  const hours = Number(value.slice(0, 2));
  const minutes = Number(value.slice(3, 5));
  return hours <= 23 && minutes <= 59;
}

/**
 * Parses a `tijd` value: `"10:00"` or `"10:00-12:00"`.
 * Returns `undefined` for anything else, including 24:00, 25:61 and an end
 * that is not after the start (activities past midnight are not supported:
 * "22:00-01:00" is far more often a typo than a night event).
 *
 * @example parseTijd('10:00-12:00') // { start: '10:00', eind: '12:00' }
 * @example parseTijd('10:00')       // { start: '10:00' }
 */
export function parseTijd(value: string | undefined): Tijd | undefined {
  if (typeof value !== 'string') return undefined;
  const dash = value.indexOf('-');
  const start = (dash === -1 ? value : value.slice(0, dash)).trim();
  if (!isValidTime(start)) return undefined;
  if (dash === -1) return { start };
  const eind = value.slice(dash + 1).trim();
  if (!isValidTime(eind) || eind <= start) return undefined;
  return { start, eind };
}

/** True when `parseTijd` accepts the value. */
export function isValidTijd(value: string): boolean {
  return parseTijd(value) !== undefined;
}

// ---------------------------------------------------------------------------
// Time zones.

// tz → date → time → ISO string. Nested maps keyed by strings that already
// exist (dates come from the `fromDayNumber` cache), so a lookup hashes no
// freshly built key.
const zonedCache = new Map<string, Map<string, Map<string, string>>>();

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

function offsetForLocalTime(date: IsoDate, time: string, tz: string): number {
  const localAsUtc = toDayNumber(date) * DAY_MS + (Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))) * 60_000;
  // Two passes: the offset at the instant the wall time would have if the
  // offset were the one at that UTC moment. Exact outside the DST switch hour.
  const first = tzOffset(tz, new Date(localAsUtc));
  const offset = tzOffset(tz, new Date(localAsUtc - first * 60_000));
  if (Number.isNaN(offset)) {
    throw new RangeError(`Unknown time zone "${tz}". Use an IANA name such as "Europe/Amsterdam".`);
  }
  return offset;
}

/**
 * A local date and wall time in `tz` as ISO 8601 with the UTC offset that
 * applies on that day. Cached per (tz, date, time), so hundreds of thousands
 * of calls cost a map lookup each.
 *
 * @example zonedIso('2026-12-01', '10:00', 'Europe/Amsterdam') // '2026-12-01T10:00:00+01:00'
 * @example zonedIso('2027-03-29', '10:00', 'Europe/Amsterdam') // '2027-03-29T10:00:00+02:00'
 */
export function zonedIso(date: IsoDate, time: string, tz: string): string {
  let byDate = zonedCache.get(tz);
  if (byDate === undefined) {
    byDate = new Map();
    zonedCache.set(tz, byDate);
  }
  let byTime = byDate.get(date);
  if (byTime === undefined) {
    byTime = new Map();
    byDate.set(date, byTime);
  }
  let iso = byTime.get(time);
  if (iso === undefined) {
    iso = `${date}T${time}:00${formatOffset(offsetForLocalTime(date, time, tz))}`;
    byTime.set(time, iso);
  }
  return iso;
}

/**
 * An ISO 8601 date-time with offset as an iCalendar UTC stamp
 * (RFC 5545 §3.3.5, form #2).
 *
 * @example toUtcStamp('2026-12-01T10:00:00+01:00') // '20261201T090000Z'
 */
export function toUtcStamp(isoDateTime: string): string {
  const s = new Date(isoDateTime).toISOString();
  return `${s.slice(0, 4)}${s.slice(5, 7)}${s.slice(8, 10)}T${s.slice(11, 13)}${s.slice(14, 16)}${s.slice(17, 19)}Z`;
}

/**
 * A date as an iCalendar DATE value (RFC 5545 §3.3.4), for whole-day events.
 *
 * @example toIcsDate('2026-12-05') // '20261205'
 */
export function toIcsDate(date: IsoDate): string {
  return `${date.slice(0, 4)}${date.slice(5, 7)}${date.slice(8, 10)}`;
}

// ---------------------------------------------------------------------------
// Dutch formatting. Times use a full stop ("10.00"), which Intl does not do.

function parts(date: IsoDate): { year: number; month: number; day: number; wd: number } {
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    wd: weekday(date),
  };
}

/**
 * A date in full, as residents read it.
 *
 * @example formatDatum('2026-12-01') // 'dinsdag 1 december 2026'
 */
export function formatDatum(date: IsoDate): string {
  const p = parts(date);
  return `${WEEKDAGEN[p.wd - 1]} ${p.day} ${MAANDEN[p.month - 1]} ${p.year}`;
}

/**
 * A date without the weekday.
 *
 * @example formatDatumZonderWeekdag('2026-12-01') // '1 december 2026'
 */
export function formatDatumZonderWeekdag(date: IsoDate): string {
  const p = parts(date);
  return `${p.day} ${MAANDEN[p.month - 1]} ${p.year}`;
}

/**
 * A short date for lists and calendar cells (no year).
 *
 * @example formatDatumKort('2026-12-01') // 'di 1 dec'
 */
export function formatDatumKort(date: IsoDate): string {
  const p = parts(date);
  return `${WEEKDAGEN_KORT[p.wd - 1]} ${p.day} ${MAANDEN_KORT[p.month - 1]}`;
}

/**
 * A clock time the Dutch way.
 *
 * @example formatTijdstip('09:30') // '09.30'
 */
export function formatTijdstip(time: string): string {
  return `${time.slice(0, 2)}.${time.slice(3, 5)}`;
}

/**
 * A start time, or a start and end time, followed by "uur".
 *
 * @example formatTijd({ start: '10:00', eind: '12:00' }) // '10.00 – 12.00 uur'
 * @example formatTijd({ start: '10:00' })                // '10.00 uur'
 */
export function formatTijd(tijd: Tijd): string {
  return tijd.eind === undefined
    ? `${formatTijdstip(tijd.start)} uur`
    : `${formatTijdstip(tijd.start)} – ${formatTijdstip(tijd.eind)} uur`;
}

/**
 * A `YYYY-MM` month with its year.
 *
 * @example formatMaand('2026-12') // 'december 2026'
 */
export function formatMaand(month: string): string {
  return `${MAANDEN[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/**
 * A range of days, repeating month and year only where they change.
 * With `weekdag: false` the weekday names are left out.
 *
 * @example formatDatumBereik('2027-06-12', '2027-06-13') // 'zaterdag 12 t/m zondag 13 juni 2027'
 * @example formatDatumBereik('2027-01-01', '2027-01-07', { weekdag: false }) // '1 t/m 7 januari 2027'
 * @example formatDatumBereik('2026-12-31', '2027-01-01') // 'donderdag 31 december 2026 t/m vrijdag 1 januari 2027'
 */
export function formatDatumBereik(van: IsoDate, tot: IsoDate, options: { weekdag?: boolean } = {}): string {
  const withWeekday = options.weekdag ?? true;
  const full = withWeekday ? formatDatum : formatDatumZonderWeekdag;
  if (van === tot) return full(van);
  const a = parts(van);
  const b = parts(tot);
  const prefix = withWeekday ? `${WEEKDAGEN[a.wd - 1]} ` : '';
  if (a.year !== b.year) return `${full(van)} t/m ${full(tot)}`;
  if (a.month !== b.month) return `${prefix}${a.day} ${MAANDEN[a.month - 1]} t/m ${full(tot)}`;
  return `${prefix}${a.day} t/m ${full(tot)}`;
}
