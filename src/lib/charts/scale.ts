/**
 * The small amount of maths the charts need: linear scales, round axis steps and time as a fractional year.
 * Own code rather than d3-scale: these are a dozen lines, and d3-scale would bring five packages for them.
 */
import { isLeapYear, toDayNumber, dayNumberFromParts, type IsoDate } from '../dates.ts';

/**
 * A linear map from a domain onto a range; a zero-width domain maps to the middle of the range.
 *
 * @example linear([0, 100], [0, 50])(40) // 20
 */
export function linear(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

/**
 * A round step (1, 2, 2,5 or 5 times a power of ten) that splits `span` into at most `maxTicks` parts.
 *
 * @example niceStep(500000, 5) // 100000
 */
export function niceStep(span: number, maxTicks: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, maxTicks);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10;
  return step * power;
}

/**
 * Round axis bounds and ticks covering `min`–`max`, always including 0 when the values allow it.
 *
 * @example niceTicks(4, 102, 5) // { min: 0, max: 125, ticks: [0, 25, 50, 75, 100, 125] }
 */
export function niceTicks(min: number, max: number, maxTicks = 5): { min: number; max: number; ticks: number[] } {
  let lo = Math.min(0, min);
  let hi = Math.max(0, max);
  if (hi === lo) hi = lo + 1;
  const step = niceStep(hi - lo, maxTicks);
  lo = Math.floor(lo / step) * step;
  hi = Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  for (let i = 0; lo + i * step <= hi + step / 1e6; i++) ticks.push(Math.round((lo + i * step) * 1e6) / 1e6);
  return { min: lo, max: hi, ticks };
}

/**
 * A calendar day as a fractional year: the moment the day starts.
 *
 * @example yearFraction('2026-07-02') // 2026.4986…
 */
export function yearFraction(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const start = dayNumberFromParts(year, 1, 1);
  return year + (toDayNumber(date) - start) / (isLeapYear(year) ? 366 : 365);
}

/** The moment a day ends (the start of the next day) as a fractional year. */
export function yearFractionEnd(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  const days = isLeapYear(year) ? 366 : 365;
  return year + (toDayNumber(date) - dayNumberFromParts(year, 1, 1) + 1) / days;
}

/**
 * The middle of a measurement period (a year, quarter, half year or month) as a fractional year,
 * so measurements are placed in proportion to time.
 *
 * @example meetPeriodeMidden(2020) // 2020.5
 * @example meetPeriodeMidden('2020-Q1') // 2020.125
 */
export function meetPeriodeMidden(periode: number | string): number {
  const text = String(periode);
  const year = Number(text.slice(0, 4));
  const quarter = /^\d{4}-Q([1-4])$/.exec(text);
  if (quarter) return year + (Number(quarter[1]) - 0.5) / 4;
  const half = /^\d{4}-H([12])$/.exec(text);
  if (half) return year + (Number(half[1]) - 0.5) / 2;
  const month = /^\d{4}-(\d{2})$/.exec(text);
  if (month) return year + (Number(month[1]) - 0.5) / 12;
  return year + 0.5;
}
