/**
 * The occurrence engine: turns an activity's schedule (`datum`, `data` or
 * `herhaling`, plus `wijzigingen`) into dated occurrences inside a window.
 *
 * Pure: `from`/`to` and the time zone are parameters, nothing reads the clock.
 * Internally days are integers (see `toDayNumber`), so a weekly rule over six
 * months costs a few dozen additions, and time-zone offsets come from the
 * cached `zonedIso`.
 *
 * Rules, in order, for a recurring activity (`herhaling`):
 * 1. The pattern gives dates from `vanaf` up to `tot_en_met` (inclusive).
 * 2. `behalve` removes dates; public holidays are removed unless
 *    `feestdagen: doorgaan`; school holidays of the site's region are
 *    removed when `schoolvakanties: overslaan`.
 * 3. `extra` adds dates, at the rule's time. Extra dates are explicit, so no
 *    rule in step 2 removes them; listing a holiday under `extra` is how an
 *    editor says "this Koningsdag we do open".
 * 4. `wijzigingen` change single dates. A wijziging must point at a date the
 *    activity really has after steps 1–3; otherwise it is reported in
 *    `unmatchedWijzigingen` (a wijziging on a skipped holiday is unmatched).
 */
import {
  fromDayNumber,
  parseTijd,
  partsFromDayNumber,
  daysInMonth,
  dayNumberFromParts,
  toDayNumber,
  weekdayOfDayNumber,
  zonedIso,
  type IsoDate,
  type Tijd,
} from './dates.ts';
import { holidayName } from './holidays.ts';
import { schoolHolidayName, type Regio } from './school-holidays.ts';

/** Dutch weekday names used in content. */
export type Weekdag = 'maandag' | 'dinsdag' | 'woensdag' | 'donderdag' | 'vrijdag' | 'zaterdag' | 'zondag';

/** Which week of the month, for `elke: maand`. */
export type WeekVanDeMaand = 'eerste' | 'tweede' | 'derde' | 'vierde' | 'laatste';

/** A recurring pattern (`herhaling` in the front matter). */
export interface Herhaling {
  elke: 'week' | '2-weken' | 'maand' | 'dag';
  dagen?: Weekdag[] | undefined;
  week_van_de_maand?: WeekVanDeMaand | WeekVanDeMaand[] | undefined;
  tijd?: string | undefined;
  vanaf: string;
  tot_en_met?: string | undefined;
  behalve?: string[] | undefined;
  feestdagen?: 'overslaan' | 'doorgaan' | undefined;
  schoolvakanties?: 'overslaan' | 'doorgaan' | undefined;
  extra?: string[] | undefined;
}

/** A change to one date of an activity (`wijzigingen`). */
export interface Wijziging {
  datum: string;
  status?: 'geannuleerd' | 'vol' | undefined;
  toelichting?: string | undefined;
  tijd?: string | undefined;
  locatie?: string | undefined;
  nieuwe_datum?: string | undefined;
}

/** The schedule-related fields of an activity, as the content schema produces them. */
export interface ScheduleSource {
  slug: string;
  datum?: string | undefined;
  tijd?: string | undefined;
  einddatum?: string | undefined;
  data?: { datum: string; tijd?: string | undefined }[] | undefined;
  herhaling?: Herhaling | undefined;
  status?: 'gepland' | 'geannuleerd' | 'verplaatst' | 'vol' | 'afgelopen' | undefined;
  status_toelichting?: string | undefined;
  locatie?: string | undefined;
  wijzigingen?: Wijziging[] | undefined;
}

/** The status of one occurrence. */
export type OccurrenceStatus = 'gepland' | 'geannuleerd' | 'verplaatst' | 'vol';

/** One dated occurrence of an activity. */
export interface Occurrence {
  /** Stable across builds: `${slug}/${original date}`. */
  id: string;
  /** The activity's slug. */
  activiteit: string;
  /** The local date it actually takes place (after a move). */
  datum: IsoDate;
  /** Last day of a multi-day occurrence. */
  einddatum?: IsoDate;
  /** Local start `HH:MM`; undefined means the whole day. */
  start?: string;
  /** Local end `HH:MM` (on `einddatum` for multi-day occurrences). */
  eind?: string;
  /** Start as ISO 8601 with offset; midnight for whole-day occurrences. */
  startIso: string;
  /** End as ISO 8601 with offset, when there is an end time. */
  eindIso?: string;
  status: OccurrenceStatus;
  toelichting?: string;
  /** Location slug: the wijziging's, else the activity's. */
  locatie?: string;
  /** Set when the occurrence was moved (`nieuwe_datum`). */
  oorspronkelijkeDatum?: IsoDate;
  oorspronkelijkeStartIso?: string;
  /** Where the date comes from. */
  bron: 'regel' | 'extra' | 'datum' | 'data';
}

/** A date the pattern produced but that was left out, and why. */
export interface SkippedDate {
  datum: IsoDate;
  reden: 'behalve' | 'feestdag' | 'schoolvakantie';
  /** Holiday name, for `feestdag` and `schoolvakantie`. */
  naam?: string;
}

/** Options for `expandOccurrences`. */
export interface ExpandOptions {
  /** First day of the window (inclusive). */
  from: IsoDate;
  /** Last day of the window (inclusive). */
  to: IsoDate;
  /** IANA time zone of the site, e.g. `Europe/Amsterdam`. */
  tz: string;
  /** Needed for `schoolvakanties: overslaan`; without it nothing is skipped. */
  schoolvakantieRegio?: Regio | undefined;
}

/** The result of `expandOccurrences`. */
export interface Expansion {
  /** Sorted by start. */
  occurrences: Occurrence[];
  /** Pattern dates inside the window that were left out. */
  skipped: SkippedDate[];
  /** `datum` of every wijziging that matches no date of the activity (checked over its whole span, not just the window). */
  unmatchedWijzigingen: IsoDate[];
}

// ---------------------------------------------------------------------------
// Compiled rule: everything the inner loop needs, computed once per call.

const WEEKDAG_NUMMER: Readonly<Record<Weekdag, number>> = {
  maandag: 1,
  dinsdag: 2,
  woensdag: 3,
  donderdag: 4,
  vrijdag: 5,
  zaterdag: 6,
  zondag: 7,
};

/** 1–4 for the n-th weekday of a month; 5 stands for "the last one". */
const WEEK_NUMMER: Readonly<Record<WeekVanDeMaand, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: 5 };

interface CompiledRule {
  elke: Herhaling['elke'];
  vanaf: number;
  totEnMet: number;
  weekdays: number[];
  weeks: number[];
  /** Monday of the week of `vanaf`: the phase of `2-weken`. */
  anchor: number;
  tijd: Tijd | undefined;
  behalve: Set<IsoDate>;
  extra: Set<IsoDate>;
  skipHolidays: boolean;
  schoolRegio: Regio | undefined;
}

function compileRule(h: Herhaling, fallbackTijd: string | undefined, regio: Regio | undefined): CompiledRule {
  const vanaf = toDayNumber(h.vanaf);
  const weekdays = [...new Set((h.dagen ?? []).map((d) => WEEKDAG_NUMMER[d]).filter((n) => n !== undefined))];
  // Error-free fallbacks; the schema reports the missing field.
  if (weekdays.length === 0) weekdays.push(weekdayOfDayNumber(vanaf));
  const wvm = h.week_van_de_maand;
  const weeks = [...new Set((wvm === undefined ? [] : Array.isArray(wvm) ? wvm : [wvm]).map((w) => WEEK_NUMMER[w]))];
  if (weeks.length === 0) weeks.push(1);
  return {
    elke: h.elke,
    vanaf,
    totEnMet: h.tot_en_met === undefined ? Number.POSITIVE_INFINITY : toDayNumber(h.tot_en_met),
    weekdays,
    weeks,
    anchor: vanaf - weekdayOfDayNumber(vanaf) + 1,
    tijd: parseTijd(h.tijd ?? fallbackTijd),
    behalve: new Set(h.behalve),
    extra: new Set(h.extra),
    skipHolidays: h.feestdagen !== 'doorgaan',
    schoolRegio: h.schoolvakanties === 'overslaan' ? regio : undefined,
  };
}

/** Appends the pattern's day numbers in [lo, hi] (unsorted; bounds already clipped to vanaf/tot_en_met). */
function patternDays(rule: CompiledRule, lo: number, hi: number, out: number[]): void {
  if (lo > hi) return;
  switch (rule.elke) {
    case 'dag':
      for (let d = lo; d <= hi; d++) out.push(d);
      return;
    case 'week':
      for (const wd of rule.weekdays) {
        for (let d = lo + ((wd - weekdayOfDayNumber(lo) + 7) % 7); d <= hi; d += 7) out.push(d);
      }
      return;
    case '2-weken':
      for (const wd of rule.weekdays) {
        const first = rule.anchor + wd - 1;
        const start = first >= lo ? first : first + Math.ceil((lo - first) / 14) * 14;
        for (let d = start; d <= hi; d += 14) out.push(d);
      }
      return;
    case 'maand': {
      let [year, month] = partsFromDayNumber(lo);
      const [endYear, endMonth] = partsFromDayNumber(hi);
      while (year < endYear || (year === endYear && month <= endMonth)) {
        const first = dayNumberFromParts(year, month, 1);
        const last = first + daysInMonth(year, month) - 1;
        const firstWd = weekdayOfDayNumber(first);
        const lastWd = weekdayOfDayNumber(last);
        for (const wd of rule.weekdays) {
          for (const week of rule.weeks) {
            const d = week === 5 ? last - ((lastWd - wd + 7) % 7) : first + ((wd - firstWd + 7) % 7) + (week - 1) * 7;
            if (d >= lo && d <= hi && !out.includes(d)) out.push(d);
          }
        }
        if (month === 12) {
          year++;
          month = 1;
        } else month++;
      }
      return;
    }
  }
}

/** True when the bare pattern (before behalve/holidays) produces day `d`. */
function matchesPattern(rule: CompiledRule, d: number): boolean {
  if (d < rule.vanaf || d > rule.totEnMet) return false;
  if (rule.elke === 'dag') return true;
  const wd = weekdayOfDayNumber(d);
  if (!rule.weekdays.includes(wd)) return false;
  if (rule.elke === 'week') return true;
  if (rule.elke === '2-weken') return Math.floor((d - rule.anchor) / 7) % 2 === 0;
  const [year, month, day] = partsFromDayNumber(d);
  return rule.weeks.some((week) => (week === 5 ? day + 7 > daysInMonth(year, month) : Math.ceil(day / 7) === week));
}

/** Why a pattern date is left out, or undefined when it stays. */
function skipReason(rule: CompiledRule, datum: IsoDate): SkippedDate | undefined {
  if (rule.behalve.has(datum)) return { datum, reden: 'behalve' };
  if (rule.skipHolidays) {
    const naam = holidayName(datum);
    if (naam !== undefined) return { datum, reden: 'feestdag', naam };
  }
  if (rule.schoolRegio !== undefined) {
    const naam = schoolHolidayName(datum, rule.schoolRegio);
    if (naam !== undefined) return { datum, reden: 'schoolvakantie', naam };
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// Base items: the dates an activity has before wijzigingen.

interface BaseItem {
  datum: IsoDate;
  einddatum?: IsoDate;
  tijd: Tijd | undefined;
  bron: Occurrence['bron'];
}

/** Items whose original span overlaps [lo, hi]; pattern dates left out go to `skipped`. */
function baseItems(src: ScheduleSource, rule: CompiledRule | undefined, lo: number, hi: number, skipped: SkippedDate[]): BaseItem[] {
  const items: BaseItem[] = [];
  if (rule !== undefined) {
    const days: number[] = [];
    patternDays(rule, Math.max(lo, rule.vanaf), Math.min(hi, rule.totEnMet), days);
    for (const d of days) {
      const datum = fromDayNumber(d);
      if (rule.extra.has(datum)) continue; // added below, and never skipped
      const skip = skipReason(rule, datum);
      if (skip !== undefined) skipped.push(skip);
      else items.push({ datum, tijd: rule.tijd, bron: 'regel' });
    }
    for (const datum of rule.extra) {
      const d = toDayNumber(datum);
      if (d >= lo && d <= hi) items.push({ datum, tijd: rule.tijd, bron: 'extra' });
    }
    skipped.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  } else if (src.data !== undefined) {
    for (const entry of src.data) {
      const d = toDayNumber(entry.datum);
      if (d >= lo && d <= hi) items.push({ datum: entry.datum, tijd: parseTijd(entry.tijd), bron: 'data' });
    }
  } else if (src.datum !== undefined) {
    const start = toDayNumber(src.datum);
    const end = src.einddatum === undefined ? start : toDayNumber(src.einddatum);
    if (start <= hi && end >= lo) items.push(singleItem(src, src.datum));
  }
  return items;
}

function singleItem(src: ScheduleSource, datum: IsoDate): BaseItem {
  const item: BaseItem = { datum, tijd: parseTijd(src.tijd), bron: 'datum' };
  if (src.einddatum !== undefined && src.einddatum > datum) item.einddatum = src.einddatum;
  return item;
}

/** The item the activity has on original date `datum`, if any (full span, no window). */
function itemOn(src: ScheduleSource, rule: CompiledRule | undefined, datum: IsoDate): BaseItem | undefined {
  if (rule !== undefined) {
    if (rule.extra.has(datum)) return { datum, tijd: rule.tijd, bron: 'extra' };
    if (!matchesPattern(rule, toDayNumber(datum)) || skipReason(rule, datum) !== undefined) return undefined;
    return { datum, tijd: rule.tijd, bron: 'regel' };
  }
  if (src.data !== undefined) {
    const entry = src.data.find((e) => e.datum === datum);
    return entry === undefined ? undefined : { datum, tijd: parseTijd(entry.tijd), bron: 'data' };
  }
  if (src.datum === datum) return singleItem(src, datum);
  return undefined;
}

// ---------------------------------------------------------------------------
// Occurrences.

const STATUS_RANK: Readonly<Record<OccurrenceStatus, number>> = { gepland: 0, vol: 1, verplaatst: 2, geannuleerd: 3 };

/** Later wijzigingen for the same date override earlier ones field by field. */
function indexWijzigingen(list: readonly Wijziging[] | undefined): Map<IsoDate, Wijziging> {
  const map = new Map<IsoDate, Wijziging>();
  for (const w of list ?? []) {
    const earlier = map.get(w.datum);
    map.set(w.datum, earlier === undefined ? w : { ...earlier, ...w });
  }
  return map;
}

function buildOccurrence(src: ScheduleSource, item: BaseItem, w: Wijziging | undefined, tz: string): Occurrence {
  const moved = w?.nieuwe_datum !== undefined && w.nieuwe_datum !== item.datum;
  const datum = moved ? w!.nieuwe_datum! : item.datum;
  const tijd = (w?.tijd !== undefined ? parseTijd(w.tijd) : undefined) ?? item.tijd;
  const einddatum = item.einddatum === undefined ? undefined : moved ? shift(item.einddatum, item.datum, datum) : item.einddatum;

  const occurrence: Occurrence = {
    id: `${src.slug}/${item.datum}`,
    activiteit: src.slug,
    datum,
    startIso: zonedIso(datum, tijd?.start ?? '00:00', tz),
    status: 'gepland',
    bron: item.bron,
  };
  if (einddatum !== undefined) occurrence.einddatum = einddatum;
  if (tijd !== undefined) {
    occurrence.start = tijd.start;
    if (tijd.eind !== undefined) {
      occurrence.eind = tijd.eind;
      occurrence.eindIso = zonedIso(einddatum ?? datum, tijd.eind, tz);
    }
  }

  // Status: the stronger of the wijziging's and the whole activity's.
  const own: OccurrenceStatus =
    w?.status === 'geannuleerd' ? 'geannuleerd' : moved ? 'verplaatst' : w?.status === 'vol' ? 'vol' : 'gepland';
  const activity: OccurrenceStatus = src.status === undefined || src.status === 'afgelopen' ? 'gepland' : src.status;
  const ownNote = w?.toelichting;
  const activityNote = activity === 'gepland' ? undefined : src.status_toelichting;
  if (STATUS_RANK[activity] > STATUS_RANK[own]) {
    occurrence.status = activity;
    setIfDefined(occurrence, 'toelichting', activityNote ?? ownNote);
  } else {
    occurrence.status = own;
    setIfDefined(occurrence, 'toelichting', ownNote ?? activityNote);
  }

  setIfDefined(occurrence, 'locatie', w?.locatie ?? src.locatie);
  if (moved) {
    occurrence.oorspronkelijkeDatum = item.datum;
    occurrence.oorspronkelijkeStartIso = zonedIso(item.datum, item.tijd?.start ?? '00:00', tz);
  }
  return occurrence;
}

function shift(date: IsoDate, from: IsoDate, to: IsoDate): IsoDate {
  return fromDayNumber(toDayNumber(date) + toDayNumber(to) - toDayNumber(from));
}

function setIfDefined<K extends 'toelichting' | 'locatie'>(o: Occurrence, key: K, value: string | undefined): void {
  if (value !== undefined) o[key] = value;
}

function overlaps(o: Occurrence, lo: IsoDate, hi: IsoDate): boolean {
  return o.datum <= hi && (o.einddatum ?? o.datum) >= lo;
}

function byStart(a: Occurrence, b: Occurrence): number {
  return a.startIso < b.startIso ? -1 : a.startIso > b.startIso ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * All occurrences of an activity that overlap the window `from`…`to`
 * (inclusive local dates), with wijzigingen applied and sorted by start.
 * A moved occurrence appears once, at its new date, also when only the new
 * date is inside the window.
 */
export function expandOccurrences(src: ScheduleSource, options: ExpandOptions): Expansion {
  const { from, to, tz } = options;
  const lo = toDayNumber(from);
  const hi = toDayNumber(to);
  const rule = src.herhaling === undefined ? undefined : compileRule(src.herhaling, src.tijd, options.schoolvakantieRegio);
  const wijzigingen = indexWijzigingen(src.wijzigingen);
  const skipped: SkippedDate[] = [];
  const occurrences: Occurrence[] = [];
  // Only a `data` list can have two entries on one day; they need distinct ids.
  const ids = src.data !== undefined && rule === undefined ? new Set<string>() : undefined;

  const add = (item: BaseItem): void => {
    const o = buildOccurrence(src, item, wijzigingen.size === 0 ? undefined : wijzigingen.get(item.datum), tz);
    if (!overlaps(o, from, to)) return; // moved out of the window
    if (ids !== undefined) {
      if (ids.has(o.id)) o.id = `${o.id}/${o.start ?? 'dag'}`;
      ids.add(o.id);
    }
    occurrences.push(o);
  };

  for (const item of baseItems(src, rule, lo, hi, skipped)) add(item);

  // Moved into the window from a date outside it.
  for (const w of wijzigingen.values()) {
    if (w.nieuwe_datum === undefined || w.nieuwe_datum === w.datum) continue;
    const item = itemOn(src, rule, w.datum);
    if (item === undefined) continue;
    const originalEnd = item.einddatum ?? item.datum;
    if (item.datum <= to && originalEnd >= from) continue; // already handled above
    add(item);
  }

  occurrences.sort(byStart);
  return { occurrences, skipped, unmatchedWijzigingen: unmatched(src, rule, wijzigingen) };
}

function unmatched(src: ScheduleSource, rule: CompiledRule | undefined, wijzigingen: Map<IsoDate, Wijziging>): IsoDate[] {
  const result: IsoDate[] = [];
  for (const datum of wijzigingen.keys()) if (itemOn(src, rule, datum) === undefined) result.push(datum);
  return result.sort();
}

/**
 * The `datum` of every wijziging that points at a date the activity does not
 * have, over the rule's whole span (open-ended rules included). For the
 * content check; cheap, because it tests each date instead of expanding.
 */
export function findUnmatchedWijzigingen(src: ScheduleSource, options: { schoolvakantieRegio?: Regio | undefined } = {}): IsoDate[] {
  const rule = src.herhaling === undefined ? undefined : compileRule(src.herhaling, src.tijd, options.schoolvakantieRegio);
  return unmatched(src, rule, indexWijzigingen(src.wijzigingen));
}

/**
 * The first `n` occurrences that have not ended before `today`.
 * Expects occurrences sorted by start, as `expandOccurrences` returns them;
 * cancelled ones are kept so pages can say so.
 */
export function upcoming(occurrences: readonly Occurrence[], today: IsoDate, n: number): Occurrence[] {
  const result: Occurrence[] = [];
  for (const o of occurrences) {
    if (result.length >= n) break;
    if ((o.einddatum ?? o.datum) >= today) result.push(o);
  }
  return result;
}

/**
 * The last day on which the activity takes place (including moved and
 * cancelled occurrences), or `undefined` when it has no end (`herhaling`
 * without `tot_en_met`) or no dates at all.
 */
export function lastOccurrenceDate(src: ScheduleSource, options: { schoolvakantieRegio?: Regio | undefined } = {}): IsoDate | undefined {
  if (src.herhaling !== undefined && src.herhaling.tot_en_met === undefined) return undefined;
  const dates = [
    src.datum,
    src.einddatum,
    ...(src.data ?? []).map((e) => e.datum),
    src.herhaling?.vanaf,
    src.herhaling?.tot_en_met,
    ...(src.herhaling?.extra ?? []),
    ...(src.wijzigingen ?? []).flatMap((w) => [w.datum, w.nieuwe_datum]),
  ].filter((d): d is IsoDate => d !== undefined);
  if (dates.length === 0) return undefined;
  dates.sort();
  const { occurrences } = expandOccurrences(src, {
    from: dates[0]!,
    to: dates[dates.length - 1]!,
    tz: 'UTC', // only dates matter here
    ...options,
  });
  let last: IsoDate | undefined;
  for (const o of occurrences) {
    const end = o.einddatum ?? o.datum;
    if (last === undefined || end > last) last = end;
  }
  return last;
}

/**
 * True when every occurrence of the activity lies before `today`: the
 * content check warns about it (the page would show nothing upcoming).
 */
export function isEntirelyPast(src: ScheduleSource, today: IsoDate, options: { schoolvakantieRegio?: Regio | undefined } = {}): boolean {
  const last = lastOccurrenceDate(src, options);
  return last !== undefined && last < today;
}
