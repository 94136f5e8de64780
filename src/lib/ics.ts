/**
 * iCalendar (RFC 5545) feeds of activities, written by hand instead of with a
 * library, because every value here is already a local wall time from the
 * occurrence engine and the output must be byte-identical across builds
 * (ical-generator, too, needs a second package to write a VTIMEZONE).
 *
 * One source of truth: every VEVENT is derived from `expandOccurrences` over
 * the feed window [historyStart(today), horizonEnd]. A recurring activity
 * becomes one master VEVENT whose RRULE/RDATE/EXDATE set equals, date for
 * date, the engine's occurrences, plus a RECURRENCE-ID override for each
 * occurrence that differs from the master (cancelled, full, moved, other
 * time or place). So expanding the feed over [today, horizonEnd] gives
 * exactly the occurrences of `/agenda.json`.
 *
 * Pure: no clock, no IO. DTSTAMP comes from `today`.
 */
import { tzOffset } from '@date-fns/tz';
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import {
  addDays,
  addMonths,
  dayNumberFromParts,
  firstDayOfMonth,
  formatDatum,
  fromDayNumber,
  monthOf,
  parseTijd,
  toIcsDate,
  toUtcStamp,
  weekday,
  zonedIso,
  type IsoDate,
  type Tijd,
} from './dates.ts';
import { formatEuro } from './money.ts';
import { expandOccurrences, type Herhaling, type Occurrence, type OccurrenceStatus, type ScheduleSource } from './recurrence.ts';
import type { Regio } from './school-holidays.ts';

// ---------------------------------------------------------------------------
// Text and lines (RFC 5545 §3.1, §3.3.11).

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Escapes a TEXT value: backslash, semicolon, comma and newlines
 * (RFC 5545 §3.3.11). Control characters other than newlines, which TEXT may
 * not contain, are dropped.
 *
 * @example escapeText('Koffie, thee; taart\nWelkom') // 'Koffie\\, thee\\; taart\\nWelkom'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\t/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds one content line so no physical line is longer than 75 octets,
 * breaking only between whole UTF-8 characters (never inside a multi-octet
 * sequence or a surrogate pair). Continuation lines start with one space
 * (RFC 5545 §3.1). Returns the line without a trailing CRLF.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1; // the leading space counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Joins content lines into iCalendar text: folded, each ended by CRLF. */
export function serializeLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) out += foldLine(line) + CRLF;
  return out;
}

// ---------------------------------------------------------------------------
// Dates and times.

/** A local start: a date, and a wall time unless it is a whole-day event. */
export interface Moment {
  date: IsoDate;
  time?: string | undefined;
}

function localStamp(m: Moment): string {
  return m.time === undefined ? toIcsDate(m.date) : `${toIcsDate(m.date)}T${m.time.slice(0, 2)}${m.time.slice(3, 5)}00`;
}

/**
 * A DATE-TIME property with TZID, or a DATE property for whole days.
 *
 * @example dateProperty('DTSTART', { date: '2026-12-01', time: '10:00' }, 'Europe/Amsterdam')
 * // 'DTSTART;TZID=Europe/Amsterdam:20261201T100000'
 */
export function dateProperty(name: string, m: Moment, tz: string): string {
  return m.time === undefined ? `${name};VALUE=DATE:${localStamp(m)}` : `${name};TZID=${tz}:${localStamp(m)}`;
}

/** DTSTAMP of every event: the build's "today" at 00:00:00 UTC, so rebuilds on one day are identical. */
export function dtstamp(today: IsoDate): string {
  return `${toIcsDate(today)}T000000Z`;
}

/**
 * The first day a feed describes: the first of the previous month. Earlier
 * occurrences are history that subscribers already have; starting at a month
 * boundary keeps DTSTART stable for a whole month instead of changing daily.
 *
 * @example historyStart('2026-11-25') // '2026-10-01'
 */
export function historyStart(today: IsoDate): IsoDate {
  return firstDayOfMonth(addMonths(monthOf(today), -1));
}

// ---------------------------------------------------------------------------
// VTIMEZONE (RFC 5545 §3.6.5).

const EU_NAMES: Readonly<Record<number, [string, string]>> = { 0: ['GMT', 'BST'], 60: ['CET', 'CEST'], 120: ['EET', 'EEST'] };

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function lastSundayUtcMs(year: number, month: number): number {
  const last = dayNumberFromParts(year, month, 31); // March and October both have 31 days
  const sunday = last - (weekday(fromDayNumber(last)) % 7);
  return sunday * 86_400_000 + 3_600_000; // 01:00 UTC: the EU switch moment
}

function offsetAt(tz: string, ms: number): number {
  return tzOffset(tz, new Date(ms));
}

/** True when the zone switches at 01:00 UTC on the last Sundays of March and October (EU rule) in `year`. */
function followsEuRule(tz: string, year: number): { std: number; dst: number } | undefined {
  const march = lastSundayUtcMs(year, 3);
  const october = lastSundayUtcMs(year, 10);
  const std = offsetAt(tz, march - 1000);
  const dst = offsetAt(tz, march);
  if (dst === std) return undefined;
  if (offsetAt(tz, october - 1000) !== dst || offsetAt(tz, october) !== std) return undefined;
  return { std, dst };
}

/**
 * The VTIMEZONE of the site's zone. Zones on the EU rule (Europe/Amsterdam)
 * get the recurring DAYLIGHT/STANDARD pair every client understands; a zone
 * without DST gets one STANDARD; any other zone gets its real transitions in
 * [fromYear, toYear] listed one by one.
 */
export function vtimezoneLines(tz: string, fromYear: number, toYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`, `X-LIC-LOCATION:${tz}`];
  const eu = followsEuRule(tz, fromYear);
  if (eu !== undefined && followsEuRule(tz, toYear) !== undefined) {
    const names = EU_NAMES[eu.std];
    const up = localStamp({ date: '1970-03-29', time: clock(60 + eu.std) });
    const down = localStamp({ date: '1970-10-25', time: clock(60 + eu.dst) });
    lines.push(
      'BEGIN:DAYLIGHT',
      `TZOFFSETFROM:${offsetText(eu.std)}`,
      `TZOFFSETTO:${offsetText(eu.dst)}`,
      ...(names ? [`TZNAME:${names[1]}`] : []),
      `DTSTART:${up}`,
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      `TZOFFSETFROM:${offsetText(eu.dst)}`,
      `TZOFFSETTO:${offsetText(eu.std)}`,
      ...(names ? [`TZNAME:${names[0]}`] : []),
      `DTSTART:${down}`,
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'END:STANDARD',
    );
  } else {
    lines.push(...transitionLines(tz, fromYear, toYear));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function clock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Observances for a zone without the EU rule: every offset change found hour by hour. */
function transitionLines(tz: string, fromYear: number, toYear: number): string[] {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = offsetAt(tz, start);
  const lines = ['BEGIN:STANDARD', `TZOFFSETFROM:${offsetText(initial)}`, `TZOFFSETTO:${offsetText(initial)}`];
  lines.push(`DTSTART:${localStamp(localMoment(start, initial))}`, 'END:STANDARD');
  let previous = initial;
  for (let ms = start; ms < end; ms += 3_600_000) {
    const offset = offsetAt(tz, ms);
    if (offset === previous) continue;
    const kind = offset > previous ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `TZOFFSETFROM:${offsetText(previous)}`,
      `TZOFFSETTO:${offsetText(offset)}`,
      `DTSTART:${localStamp(localMoment(ms, previous))}`,
      `END:${kind}`,
    );
    previous = offset;
  }
  return lines;
}

function localMoment(utcMs: number, offset: number): Moment {
  const local = new Date(utcMs + offset * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

// ---------------------------------------------------------------------------
// RRULE (RFC 5545 §3.3.10).

const BYDAY: Readonly<Record<string, string>> = {
  maandag: 'MO',
  dinsdag: 'TU',
  woensdag: 'WE',
  donderdag: 'TH',
  vrijdag: 'FR',
  zaterdag: 'SA',
  zondag: 'SU',
};
const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const WEEK_NUMBER: Readonly<Record<string, number>> = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: -1 };

/**
 * The RRULE value for a `herhaling`, ending on day `until` (inclusive). For a
 * timed series UNTIL is 23:59 local time on that day, in UTC (RFC 5545
 * requires UTC when DTSTART has a TZID). Not the last start itself: some
 * parsers convert a UTC UNTIL with the winter offset of DTSTART and would
 * then drop a last occurrence in summer time. For whole-day series UNTIL is
 * a DATE. Missing `dagen` fall back to the weekday of `vanaf`, as the
 * occurrence engine does.
 *
 * @example buildRrule({ elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: ['tweede', 'vierde'], vanaf: '2026-01-13' }, { date: '2027-05-25', time: '10:00' }, 'Europe/Amsterdam')
 * // 'FREQ=MONTHLY;BYDAY=2TU,4TU;UNTIL=20270525T215900Z'
 */
export function buildRrule(h: Pick<Herhaling, 'elke' | 'dagen' | 'week_van_de_maand' | 'vanaf'>, until: Moment, tz: string): string {
  const days = [...new Set((h.dagen ?? []).map((d) => BYDAY[d]).filter((d): d is string => d !== undefined))];
  if (days.length === 0) days.push(DAY_ORDER[weekday(h.vanaf) - 1]!);
  days.sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
  const untilValue = until.time === undefined ? toIcsDate(until.date) : toUtcStamp(zonedIso(until.date, '23:59', tz));
  switch (h.elke) {
    case 'dag':
      return `FREQ=DAILY;UNTIL=${untilValue}`;
    case 'week':
      return `FREQ=WEEKLY;BYDAY=${days.join(',')};UNTIL=${untilValue}`;
    case '2-weken':
      // WKST=MO: the engine counts the fortnight from the Monday of vanaf's week.
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days.join(',')};WKST=MO;UNTIL=${untilValue}`;
    case 'maand': {
      const wvm = h.week_van_de_maand;
      const weeks = [...new Set((wvm === undefined ? ['eerste'] : Array.isArray(wvm) ? wvm : [wvm]).map((w) => WEEK_NUMBER[w] ?? 1))];
      weeks.sort((a, b) => (a === -1 ? 9 : a) - (b === -1 ? 9 : b));
      const byday = weeks.flatMap((w) => days.map((d) => `${w}${d}`));
      return `FREQ=MONTHLY;BYDAY=${byday.join(',')};UNTIL=${untilValue}`;
    }
  }
}

// ---------------------------------------------------------------------------
// Events of one activity.

/** Everything the writer needs besides the activity itself. */
export interface IcsContext {
  /** Absolute site URL without trailing slash, e.g. `https://wijkwijzer-groningen.nl`. */
  siteUrl: string;
  tz: string;
  today: IsoDate;
  /** Last day (inclusive) of the agenda window. */
  horizonEnd: IsoDate;
  schoolvakantieRegio?: Regio | undefined;
  /** A locatie by slug. */
  place: (slug: string) => Locatie | undefined;
  /** The display name of a thema, for CATEGORIES. */
  themaNaam: (slug: string) => string | undefined;
}

/** An activity's front matter with its slug. */
export type IcsActivity = Activiteit & { slug: string };

/** The page of an activity. */
export function activityUrl(siteUrl: string, slug: string): string {
  return `${siteUrl}/agenda/${slug}/`;
}

/** The host part of the site URL, for UIDs. */
export function siteHost(siteUrl: string): string {
  return new URL(siteUrl).host;
}

/**
 * SEQUENCE of every VEVENT of an activity: the number of `wijzigingen` plus
 * one when the whole activity is not `gepland`. Derived from content only, so
 * rebuilds agree; it grows as editors add changes (RFC 5545 §3.8.7.4).
 */
export function sequenceOf(a: Pick<Activiteit, 'wijzigingen' | 'status'>): number {
  return (a.wijzigingen?.length ?? 0) + (a.status === 'gepland' || a.status === 'afgelopen' ? 0 : 1);
}

const PREFIX: Readonly<Record<OccurrenceStatus, string>> = {
  gepland: '',
  geannuleerd: 'Gaat niet door: ',
  verplaatst: 'Verplaatst: ',
  vol: 'Vol: ',
};

/** SUMMARY text for a status; clients differ in showing STATUS, so the title says it too. */
export function summaryFor(titel: string, status: OccurrenceStatus): string {
  return PREFIX[status] + titel;
}

/** The look of one VEVENT: what differs between a master and its overrides. */
interface EventState {
  start: Moment;
  /** End date (whole-day events: the last day, inclusive). */
  endDate?: IsoDate | undefined;
  endTime?: string | undefined;
  status: OccurrenceStatus;
  toelichting?: string | undefined;
  locatie?: string | undefined;
  oorspronkelijkeDatum?: IsoDate | undefined;
}

function stateOf(o: Occurrence): EventState {
  return {
    start: { date: o.datum, time: o.start },
    endDate: o.einddatum,
    endTime: o.eind,
    status: o.status,
    toelichting: o.toelichting,
    locatie: o.locatie,
    oorspronkelijkeDatum: o.oorspronkelijkeDatum,
  };
}

function activityStatus(a: IcsActivity): OccurrenceStatus {
  return a.status === 'afgelopen' ? 'gepland' : a.status;
}

function kostenText(kosten: Activiteit['kosten']): string | undefined {
  if (kosten === undefined) return undefined;
  if (kosten === 'gratis') return 'Kosten: gratis.';
  if (kosten === 'vrijwillige-bijdrage') return 'Kosten: een vrijwillige bijdrage.';
  return `Kosten: ${formatEuro(kosten.bedrag)}${kosten.toelichting ? ` (${kosten.toelichting})` : ''}.`;
}

function statusText(state: EventState): string | undefined {
  const note = state.toelichting ? ` ${state.toelichting}` : '';
  switch (state.status) {
    case 'gepland':
      return state.toelichting;
    case 'geannuleerd':
      return `Gaat niet door.${note}`;
    case 'vol':
      return `Vol: er is geen plek meer.${note}`;
    case 'verplaatst':
      return state.oorspronkelijkeDatum === undefined
        ? `Verplaatst.${note}`
        : `Verplaatst. Eerst gepland op ${formatDatum(state.oorspronkelijkeDatum)}.${note}`;
  }
}

/** LOCATION text: place name, address, postcode and town; the link for online activities. */
export function locationText(place: Locatie | undefined, online: string | undefined): string | undefined {
  if (place !== undefined) {
    const town = [place.postcode, place.plaats].filter(Boolean).join(' ');
    return [place.naam, place.adres, town].filter(Boolean).join(', ');
  }
  return online;
}

function eventBody(a: IcsActivity, state: EventState, ctx: IcsContext): string[] {
  const url = activityUrl(ctx.siteUrl, a.slug);
  const place = state.locatie === undefined ? undefined : ctx.place(state.locatie);
  const description = [
    statusText(state),
    a.samenvatting,
    kostenText(a.kosten),
    a.online !== undefined && place === undefined ? `Online: ${a.online}` : undefined,
    `Meer informatie: ${url}`,
  ].filter((line): line is string => line !== undefined && line !== '');
  const lines = [
    `SUMMARY:${escapeText(summaryFor(a.titel, state.status))}`,
    `STATUS:${state.status === 'geannuleerd' ? 'CANCELLED' : 'CONFIRMED'}`,
    `DESCRIPTION:${escapeText(description.join('\n'))}`,
  ];
  const location = locationText(place, a.online);
  if (location !== undefined) lines.push(`LOCATION:${escapeText(location)}`);
  if (place?.coordinaten !== undefined) lines.push(`GEO:${place.coordinaten.lat};${place.coordinaten.lon}`);
  lines.push(`URL:${url}`);
  const categories = (a.themas ?? []).map((t) => ctx.themaNaam(t)).filter((n): n is string => n !== undefined);
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.map(escapeText).join(',')}`);
  return lines;
}

function timeLines(state: EventState, tz: string): string[] {
  const lines = [dateProperty('DTSTART', state.start, tz)];
  const lastDay = state.endDate ?? state.start.date;
  if (state.start.time === undefined) {
    // Whole days: DTEND is exclusive (RFC 5545 §3.6.1).
    lines.push(dateProperty('DTEND', { date: addDays(lastDay, 1) }, tz));
  } else if (state.endTime !== undefined) {
    lines.push(dateProperty('DTEND', { date: lastDay, time: state.endTime }, tz));
  } else if (state.endDate !== undefined) {
    // Several days without an end time: until the end of the last day.
    lines.push(dateProperty('DTEND', { date: addDays(lastDay, 1), time: '00:00' }, tz));
  }
  return lines;
}

/** How an activity's occurrences are written. */
export type IcsShape = 'serie' | 'los' | 'leeg';

/** The VEVENTs of one activity (unfolded content lines) and how they were built. */
export interface ActivityEvents {
  shape: IcsShape;
  lines: string[];
}

function uidFromId(id: string, host: string): string {
  return `${id.replace(/:/g, '').replace(/\//g, '-')}@${host}`;
}

/**
 * All VEVENTs of one activity over [historyStart(today), horizonEnd].
 *
 * - `herhaling`, or `data` whose days all share one time: a master VEVENT
 *   (UID `<slug>@<host>`) with RRULE and/or RDATE, EXDATE for every date the
 *   rule yields but the engine left out (behalve, feestdagen,
 *   schoolvakanties, moved beyond the window), RDATE for `extra` days and
 *   for originals of occurrences moved into the window from beyond it, and a
 *   RECURRENCE-ID override per occurrence that differs from the master.
 * - One occurrence only (a `datum` activity, or a series with one date in
 *   the window and no rule): a single VEVENT with UID `<slug>@<host>`.
 * - `data` with different times per day, or twice the same day: one VEVENT
 *   per occurrence, UID `<slug>-<date>@<host>`. So are rule occurrences that
 *   fall before the master's DTSTART (an `extra` before `vanaf`), since RFC
 *   5545 leaves instances before DTSTART undefined.
 */
export function activityEvents(a: IcsActivity, ctx: IcsContext): ActivityEvents {
  const host = siteHost(ctx.siteUrl);
  const from = historyStart(ctx.today);
  const options = {
    from,
    to: ctx.horizonEnd,
    tz: ctx.tz,
    ...(ctx.schoolvakantieRegio === undefined ? {} : { schoolvakantieRegio: ctx.schoolvakantieRegio }),
  };
  const source = scheduleSource(a);
  const occurrences = expandOccurrences(source, options).occurrences;
  if (occurrences.length === 0) return { shape: 'leeg', lines: [] };

  const head = (uid: string) => ['BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${dtstamp(ctx.today)}`, `SEQUENCE:${sequenceOf(a)}`];
  const single = (o: Occurrence, uid: string) => [...head(uid), ...timeLines(stateOf(o), ctx.tz), ...eventBody(a, stateOf(o), ctx), 'END:VEVENT'];

  const series = seriesBase(a);
  if (series === undefined) {
    return { shape: 'los', lines: occurrences.flatMap((o) => single(o, uidFromId(o.id, host))) };
  }

  // The pattern dates the RRULE yields inside the window, before any skip.
  let pattern = new Set<IsoDate>();
  if (a.herhaling !== undefined) {
    const { extra: _extra, ...bare } = a.herhaling;
    const plain = expandOccurrences({ slug: a.slug, herhaling: bare, ...(a.tijd === undefined ? {} : { tijd: a.tijd }) }, options);
    pattern = new Set([...plain.occurrences.map((o) => o.datum), ...plain.skipped.map((s) => s.datum)]);
  }
  const byOriginal = new Map<IsoDate, Occurrence>();
  for (const o of occurrences) byOriginal.set(o.oorspronkelijkeDatum ?? o.datum, o);
  const originals = [...byOriginal.keys()].sort();
  const patternInstances = originals.filter((d) => pattern.has(d));

  if (patternInstances.length === 0 && originals.length === 1) {
    return { shape: 'los', lines: single(occurrences[0]!, `${a.slug}@${host}`) };
  }

  const dtstart = patternInstances[0] ?? originals[0]!;
  const lines: string[] = [];
  const standalone: string[] = [];
  for (const d of originals) if (d < dtstart) standalone.push(...single(byOriginal.get(d)!, uidFromId(byOriginal.get(d)!.id, host)));

  const masterState: EventState = {
    start: { date: dtstart, time: series.tijd?.start },
    endTime: series.tijd?.eind,
    status: activityStatus(a),
    toelichting: activityStatus(a) === 'gepland' ? undefined : a.status_toelichting,
    locatie: a.locatie,
  };
  lines.push(...head(`${a.slug}@${host}`), ...timeLines(masterState, ctx.tz));
  const at = (date: IsoDate): Moment => ({ date, time: series.tijd?.start });
  const generated = new Set<IsoDate>();
  if (patternInstances.length > 0 && a.herhaling !== undefined) {
    const last = a.herhaling.tot_en_met !== undefined && a.herhaling.tot_en_met < ctx.horizonEnd ? a.herhaling.tot_en_met : ctx.horizonEnd;
    lines.push(`RRULE:${buildRrule(a.herhaling, at(last), ctx.tz)}`);
    for (const d of pattern) if (d >= dtstart) generated.add(d);
  } else {
    generated.add(dtstart);
  }
  for (const d of originals) if (d > dtstart && !generated.has(d)) lines.push(dateProperty('RDATE', at(d), ctx.tz));
  for (const d of [...generated].sort()) if (!byOriginal.has(d)) lines.push(dateProperty('EXDATE', at(d), ctx.tz));
  lines.push(...eventBody(a, masterState, ctx), 'END:VEVENT');

  for (const d of originals) {
    if (d < dtstart) continue;
    const o = byOriginal.get(d)!;
    const state = stateOf(o);
    if (sameAsMaster(state, masterState, d)) continue;
    lines.push(
      ...head(`${a.slug}@${host}`),
      dateProperty('RECURRENCE-ID', at(d), ctx.tz),
      ...timeLines(state, ctx.tz),
      ...eventBody(a, state, ctx),
      'END:VEVENT',
    );
  }
  return { shape: 'serie', lines: [...standalone, ...lines] };
}

function sameAsMaster(state: EventState, master: EventState, original: IsoDate): boolean {
  return (
    state.start.date === original &&
    state.start.time === master.start.time &&
    state.endTime === master.endTime &&
    state.endDate === undefined &&
    state.status === master.status &&
    (state.toelichting ?? '') === (master.toelichting ?? '') &&
    state.locatie === master.locatie
  );
}

/** The shared time of a series, or undefined when the activity is not written as one series. */
function seriesBase(a: IcsActivity): { tijd: Tijd | undefined } | undefined {
  if (a.herhaling !== undefined) return { tijd: parseTijd(a.herhaling.tijd ?? a.tijd) };
  if (a.data !== undefined) {
    const first = a.data[0]?.tijd;
    const dates = new Set(a.data.map((d) => d.datum));
    if (dates.size !== a.data.length || a.data.some((d) => d.tijd !== first)) return undefined;
    return { tijd: parseTijd(first) };
  }
  return { tijd: parseTijd(a.tijd) };
}

/** The schedule fields of an activity as the occurrence engine takes them. */
export function scheduleSource(a: IcsActivity): ScheduleSource {
  const src: ScheduleSource = { slug: a.slug, status: a.status };
  if (a.datum !== undefined) src.datum = a.datum;
  if (a.tijd !== undefined) src.tijd = a.tijd;
  if (a.einddatum !== undefined) src.einddatum = a.einddatum;
  if (a.data !== undefined) src.data = a.data.map((d) => (d.tijd === undefined ? { datum: d.datum } : { datum: d.datum, tijd: d.tijd }));
  if (a.herhaling !== undefined) src.herhaling = a.herhaling as Herhaling;
  if (a.status_toelichting !== undefined) src.status_toelichting = a.status_toelichting;
  if (a.locatie !== undefined) src.locatie = a.locatie;
  if (a.wijzigingen !== undefined) src.wijzigingen = a.wijzigingen;
  return src;
}

// ---------------------------------------------------------------------------
// The calendar.

/** Calendar-level facts of one feed. */
export interface CalendarMeta {
  /** NAME and X-WR-CALNAME. */
  name: string;
  /** X-WR-CALDESC and DESCRIPTION. */
  description?: string;
  /** The feed's own absolute URL (SOURCE, RFC 7986). */
  source?: string;
  tz: string;
  today: IsoDate;
  horizonEnd: IsoDate;
}

/** The fixed PRODID of every feed. */
export const PRODID = '-//Wijkwijzer//Wijkwijzer agenda 1.0//NL';

/** The calendar's first lines, the same in every feed. */
const CALENDAR_START = serializeLines(['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH']);
const CALENDAR_END = serializeLines(['END:VCALENDAR']);

/** The refresh hints and the VTIMEZONE as text, per zone and span of years: a build writes one per feed. */
const zoneTexts = new Map<string, string>();

function zoneText(tz: string, fromYear: number, toYear: number): string {
  const key = `${tz} ${fromYear} ${toYear}`;
  let text = zoneTexts.get(key);
  if (text === undefined) {
    text = serializeLines(['REFRESH-INTERVAL;VALUE=DURATION:PT12H', 'X-PUBLISHED-TTL:PT12H', ...vtimezoneLines(tz, fromYear, toYear)]);
    zoneTexts.set(key, text);
  }
  return text;
}

/**
 * A complete VCALENDAR (METHOD:PUBLISH) around already-folded VEVENT text,
 * with the VTIMEZONE the events refer to.
 */
export function serializeCalendar(meta: CalendarMeta, events: readonly string[]): string {
  const own = [
    `NAME:${escapeText(meta.name)}`,
    `X-WR-CALNAME:${escapeText(meta.name)}`,
    ...(meta.description === undefined ? [] : [`DESCRIPTION:${escapeText(meta.description)}`, `X-WR-CALDESC:${escapeText(meta.description)}`]),
    `X-WR-TIMEZONE:${meta.tz}`,
    ...(meta.source === undefined ? [] : [`SOURCE;VALUE=URI:${meta.source}`]),
  ];
  const zone = zoneText(meta.tz, Number(historyStart(meta.today).slice(0, 4)), Number(meta.horizonEnd.slice(0, 4)));
  return CALENDAR_START + serializeLines(own) + zone + events.join('') + CALENDAR_END;
}
