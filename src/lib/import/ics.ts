/**
 * Reads an iCalendar file (RFC 5545) into series of events in the site's
 * local time. ical.js parses the text and steps through each RRULE; this
 * module does the time-zone work itself (with @date-fns/tz), so UTC times,
 * TZIDs with or without a VTIMEZONE, floating and all-day values all end up
 * as a local date and wall time in the site's zone.
 *
 * The rule is iterated on the wall clock of DTSTART (RFC 5545 §3.3.10: a
 * rule repeats local times), each occurrence is then converted; EXDATE,
 * RDATE and RECURRENCE-ID are matched on the instant they denote.
 */
import { TZDate } from '@date-fns/tz';
import ICAL from 'ical.js';
import type { IsoDate } from '../dates.ts';

/** A local moment in the site's zone; without `tijd` it is a whole day. */
export interface Moment {
  datum: IsoDate;
  tijd?: string;
}

/** When one occurrence starts and ends, locally. `end` of a whole-day slot is its last day (inclusive). */
export interface Slot {
  start: Moment;
  end?: Moment;
}

/** A VEVENT's recurrence rule, as far as the mapping needs it. */
export interface RuleInfo {
  freq: string;
  interval: number;
  count?: number;
  /** True when UNTIL or COUNT ends the rule. */
  bounded: boolean;
  /** BYDAY entries: weekday code (MO…SU) and an optional ordinal (2TU → 2, -1FR → -1). */
  byday: { day: string; n?: number }[];
  bysetpos: number[];
  /** WKST as a weekday code. */
  wkst: string;
  /** BY… parts the mapping does not support (BYMONTHDAY, BYMONTH …). */
  other: string[];
  /** The rule as written, for messages. */
  text: string;
}

/** One occurrence before overrides. */
export interface BaseOccurrence {
  /** Identity for EXDATE/RECURRENCE-ID matching: `t:<epoch ms>` or `d:<date>`. */
  key: string;
  slot: Slot;
  from: 'dtstart' | 'rule' | 'rdate';
  /** Removed by EXDATE (kept in the list so the mapping can tell EXDATE from a pattern that does not fit). */
  exdated?: boolean;
}

/** A RECURRENCE-ID override of one occurrence. */
export interface Override {
  key: string;
  slot: Slot;
  cancelled: boolean;
  summary?: string;
  description?: string;
  location?: string;
}

/** One series (a master VEVENT with its overrides), in local time. */
export interface IcsEvent {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  cancelled: boolean;
  allDay: boolean;
  /** The first occurrence (DTSTART). */
  start: Slot;
  rule?: RuleInfo;
  /** Why the rule cannot be used at all (two RRULEs, EXRULE). */
  ruleProblem?: string;
  rdates: Slot[];
  overrides: Override[];
  /** Occurrences (rule + RDATE, those removed by EXDATE flagged `exdated`) whose start date lies in [from, to]. */
  expand(from: IsoDate, to: IsoDate): BaseOccurrence[];
  /** The local date of the rule's last occurrence (bounded rules only). */
  lastRuleDate?: IsoDate;
  /** Keys of occurrences removed by EXDATE (to tell EXDATE from a pattern mismatch). */
  exdateKeys: Set<string>;
  /** Things the reader noticed (unknown zone, unsupported parts), in Dutch. */
  notes: string[];
}

/** The outcome of reading a file. */
export interface IcsReadResult {
  events: IcsEvent[];
  /** Problems with the file as a whole, in Dutch. */
  problems: string[];
}

// ---------------------------------------------------------------------------
// Time zones.

/** Windows zone names that Outlook and Exchange write as TZID. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'W. Europe Standard Time': 'Europe/Amsterdam',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'UTC': 'UTC',
  'Coordinated Universal Time': 'UTC',
};

const knownZones = new Map<string, boolean>();

function isKnownZone(tz: string): boolean {
  let known = knownZones.get(tz);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      known = true;
    } catch {
      known = false;
    }
    knownZones.set(tz, known);
  }
  return known;
}

/** An IANA zone for a TZID, or undefined. Reads "/mozilla.org/…/Europe/Amsterdam" and Windows names too. */
export function resolveZone(tzid: string): string | undefined {
  const trimmed = tzid.trim().replace(/^"|"$/g, '');
  if (isKnownZone(trimmed)) return trimmed;
  const windows = WINDOWS_ZONES[trimmed];
  if (windows) return windows;
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(trimmed)?.[1];
  if (tail && isKnownZone(tail)) return tail;
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Wall-clock components as if they were UTC: "floating" milliseconds, for wall-clock arithmetic. */
interface Wall {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

const floatingMs = (w: Wall) => Date.UTC(w.y, w.m - 1, w.d, w.h, w.mi, w.s);

function wallFromFloating(ms: number): Wall {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds() };
}

function wallOf(t: ICAL.Time): Wall {
  return { y: t.year, m: t.month, d: t.day, h: t.hour, mi: t.minute, s: t.second };
}

function wallInZone(ms: number, tz: string): Wall {
  const d = new TZDate(ms, tz);
  return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), h: d.getHours(), mi: d.getMinutes(), s: d.getSeconds() };
}

/** Where a DATE-TIME's wall clock lives. */
type Zone = { kind: 'utc' } | { kind: 'iana'; tz: string } | { kind: 'ical'; zone: ICAL.Timezone };

function instantOf(w: Wall, zone: Zone): number {
  switch (zone.kind) {
    case 'utc':
      return floatingMs(w);
    case 'iana':
      return new TZDate(w.y, w.m - 1, w.d, w.h, w.mi, w.s, 0, zone.tz).getTime();
    case 'ical': {
      const t = ICAL.Time.fromData({ year: w.y, month: w.m, day: w.d, hour: w.h, minute: w.mi, second: w.s, isDate: false }, zone.zone);
      return t.toUnixTime() * 1000;
    }
  }
}

function wallAt(ms: number, zone: Zone): Wall {
  switch (zone.kind) {
    case 'utc':
      return wallFromFloating(ms);
    case 'iana':
      return wallInZone(ms, zone.tz);
    case 'ical': {
      const t = ICAL.Time.fromJSDate(new Date(ms), true);
      return wallOf(t.convertToZone(zone.zone));
    }
  }
}

const isoDate = (w: Wall) => `${w.y}-${pad(w.m)}-${pad(w.d)}`;

/** Reads the zone of a property value; notes an unknown one once. */
function zoneOf(prop: ICAL.Property, value: ICAL.Time, siteTz: string, notes: Set<string>): Zone {
  if (value.zone?.tzid === 'UTC' || value.toString().endsWith('Z')) return { kind: 'utc' };
  const tzid = prop.getParameter('tzid');
  if (typeof tzid !== 'string' || tzid === '') return { kind: 'iana', tz: siteTz }; // floating: the site's own time
  const iana = resolveZone(tzid);
  if (iana) return { kind: 'iana', tz: iana };
  const zone = value.zone;
  if (zone && zone.tzid === tzid && zone.component) return { kind: 'ical', zone };
  notes.add(`de tijdzone "${tzid}" is onbekend; de tijden zijn overgenomen als Nederlandse tijd`);
  return { kind: 'iana', tz: siteTz };
}

// ---------------------------------------------------------------------------
// Reading.

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function ruleInfo(recur: ICAL.Recur): RuleInfo {
  const parts = recur.parts as Record<string, (string | number)[] | undefined>;
  const byday = (parts.BYDAY ?? []).map((entry) => {
    const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(String(entry).toUpperCase());
    return m ? { day: m[2]!, ...(m[1] ? { n: Number(m[1]) } : {}) } : { day: String(entry) };
  });
  const other = Object.keys(parts).filter((k) => k !== 'BYDAY' && k !== 'BYSETPOS' && (parts[k]?.length ?? 0) > 0);
  return {
    freq: recur.freq,
    interval: recur.interval || 1,
    ...(recur.count ? { count: recur.count } : {}),
    bounded: Boolean(recur.count || recur.until),
    byday,
    bysetpos: (parts.BYSETPOS ?? []).map(Number),
    wkst: WEEKDAY_CODES[((recur.wkst || 2) - 1) % 7]!,
    other,
    text: recur.toString(),
  };
}

interface Timing {
  allDay: boolean;
  zone: Zone;
  startWall: Wall;
  /** Wall-clock length (same zone) in ms, or whole days for all-day events. */
  wallDuration?: number;
  days?: number;
  /** Exact length when DTEND is in another zone. */
  exactDuration?: number;
}

function toLocal(ms: number, siteTz: string): Moment {
  const w = wallInZone(ms, siteTz);
  return { datum: isoDate(w), tijd: `${pad(w.h)}:${pad(w.mi)}` };
}

function addDaysIso(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The slot of an occurrence that starts at wall time `w` (in the event's zone). */
function slotAt(w: Wall, timing: Timing, siteTz: string): { slot: Slot; key: string } {
  if (timing.allDay) {
    const datum = isoDate(w);
    const days = timing.days ?? 1;
    return { key: `d:${datum}`, slot: { start: { datum }, ...(days > 1 ? { end: { datum: addDaysIso(datum, days - 1) } } : {}) } };
  }
  const startMs = instantOf(w, timing.zone);
  let endMs: number | undefined;
  if (timing.exactDuration !== undefined) endMs = startMs + timing.exactDuration;
  else if (timing.wallDuration !== undefined) endMs = instantOf(wallFromFloating(floatingMs(w) + timing.wallDuration), timing.zone);
  return {
    key: `t:${startMs}`,
    slot: { start: toLocal(startMs, siteTz), ...(endMs !== undefined && endMs > startMs ? { end: toLocal(endMs, siteTz) } : {}) },
  };
}

/** The key of an EXDATE / RECURRENCE-ID value. */
function keyOf(prop: ICAL.Property, value: ICAL.Time, siteTz: string, notes: Set<string>): string {
  if (value.isDate) return `d:${isoDate(wallOf(value))}`;
  return `t:${instantOf(wallOf(value), zoneOf(prop, value, siteTz, notes))}`;
}

function timingOf(vevent: ICAL.Component, siteTz: string, notes: Set<string>): Timing | undefined {
  const dtstart = vevent.getFirstProperty('dtstart');
  const start = dtstart?.getFirstValue() as ICAL.Time | undefined;
  if (!dtstart || !start) return undefined;
  const zone = zoneOf(dtstart, start, siteTz, notes);
  const timing: Timing = { allDay: start.isDate, zone, startWall: wallOf(start) };
  const dtend = vevent.getFirstProperty('dtend');
  const end = dtend?.getFirstValue() as ICAL.Time | undefined;
  const duration = vevent.getFirstPropertyValue('duration') as ICAL.Duration | undefined;
  if (start.isDate) {
    if (end) timing.days = Math.max(1, Math.round((floatingMs(wallOf(end)) - floatingMs(timing.startWall)) / 86_400_000));
    else if (duration) timing.days = Math.max(1, Math.round(duration.toSeconds() / 86_400));
    return timing;
  }
  if (end && dtend) {
    const endZone = end.isDate ? zone : zoneOf(dtend, end, siteTz, notes);
    const sameZone = JSON.stringify(endZone.kind === 'ical' ? endZone.zone.tzid : endZone) === JSON.stringify(zone.kind === 'ical' ? zone.zone.tzid : zone);
    if (sameZone) timing.wallDuration = floatingMs(wallOf(end)) - floatingMs(timing.startWall);
    else timing.exactDuration = instantOf(wallOf(end), endZone) - instantOf(timing.startWall, zone);
  } else if (duration) {
    timing.wallDuration = duration.toSeconds() * 1000;
  }
  return timing;
}

/** The iterator start: DTSTART's wall clock without a zone, so the rule repeats local times. */
function floatingTime(w: Wall, isDate: boolean): ICAL.Time {
  return ICAL.Time.fromData({ year: w.y, month: w.m, day: w.d, hour: w.h, minute: w.mi, second: w.s, isDate });
}

const ITERATION_CAP = 100_000;

/**
 * Reads every VEVENT of an iCalendar text into series in the site's zone
 * `siteTz`. Overrides (RECURRENCE-ID) are attached to their master; an
 * override without a master becomes a series of its own.
 */
export function readIcs(source: string, siteTz: string): IcsReadResult {
  let root: ICAL.Component;
  try {
    root = new ICAL.Component(ICAL.parse(source.replace(/^\uFEFF/, '')) as unknown[]);
  } catch {
    return { events: [], problems: ['dit bestand is geen leesbare iCalendar-agenda (.ics). Exporteer de agenda opnieuw en probeer het nog eens'] };
  }
  const calendars = root.name === 'vcalendar' ? [root] : root.getAllSubcomponents('vcalendar');
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  if (vevents.length === 0) return { events: [], problems: ['er staan geen afspraken (VEVENT) in dit bestand'] };

  const masters = new Map<string, ICAL.Component>();
  const overrides = new Map<string, ICAL.Component[]>();
  const problems: string[] = [];
  for (const vevent of vevents) {
    const uid = text(vevent.getFirstPropertyValue('uid'));
    if (uid === undefined) {
      problems.push(`de afspraak "${text(vevent.getFirstPropertyValue('summary')) ?? '(zonder titel)'}" heeft geen UID en is overgeslagen`);
      continue;
    }
    if (vevent.hasProperty('recurrence-id')) {
      overrides.set(uid, [...(overrides.get(uid) ?? []), vevent]);
    } else if (masters.has(uid)) {
      problems.push(`de UID ${uid} komt twee keer voor; alleen de eerste afspraak is gebruikt`);
    } else {
      masters.set(uid, vevent);
    }
  }

  const events: IcsEvent[] = [];
  for (const [uid, master] of masters) {
    const event = readSeries(uid, master, overrides.get(uid) ?? [], siteTz);
    if (event) events.push(event);
    else problems.push(`de afspraak met UID ${uid} heeft geen begintijd (DTSTART) en is overgeslagen`);
  }
  for (const [uid, list] of overrides) {
    if (masters.has(uid)) continue;
    // Only changed occurrences were exported: each one is a date of its own.
    const [first, ...rest] = list;
    const event = readSeries(uid, first!, [], siteTz, rest);
    if (event) {
      event.notes.push('alleen losse gewijzigde datums van deze reeks stonden in het bestand; die zijn als losse data overgenomen');
      events.push(event);
    }
  }
  return { events, problems };
}

function readSeries(uid: string, master: ICAL.Component, overrideComponents: ICAL.Component[], siteTz: string, asDates: ICAL.Component[] = []): IcsEvent | undefined {
  const notes = new Set<string>();
  const timing = timingOf(master, siteTz, notes);
  if (!timing) return undefined;

  const rruleProps = master.getAllProperties('rrule');
  let rule: RuleInfo | undefined;
  let recur: ICAL.Recur | undefined;
  let ruleProblem: string | undefined;
  if (rruleProps.length > 1) ruleProblem = 'er staan twee herhaalregels (RRULE) in';
  else if (master.hasProperty('exrule')) ruleProblem = 'er staat een uitzonderingsregel (EXRULE) in';
  if (rruleProps.length > 0) {
    recur = (rruleProps[0]!.getFirstValue() as ICAL.Recur).clone();
    rule = ruleInfo(recur);
    // UNTIL in UTC against a local DTSTART: compare on DTSTART's wall clock.
    if (recur.until && !recur.until.isDate && !timing.allDay && (recur.until.zone?.tzid === 'UTC' || recur.until.toString().endsWith('Z'))) {
      recur.until = floatingTime(wallAt(floatingMs(wallOf(recur.until)), timing.zone), false);
    } else if (recur.until) {
      recur.until = floatingTime(wallOf(recur.until), recur.until.isDate);
    }
  }

  const exdateKeys = new Set<string>();
  for (const prop of master.getAllProperties('exdate')) {
    for (const value of prop.getValues() as ICAL.Time[]) exdateKeys.add(keyOf(prop, value, siteTz, notes));
  }

  const rdates: { key: string; slot: Slot }[] = [];
  for (const prop of master.getAllProperties('rdate')) {
    for (const value of prop.getValues() as (ICAL.Time | ICAL.Period)[]) {
      if (value instanceof ICAL.Period) {
        const start = value.start;
        const zone = zoneOf(prop, start, siteTz, notes);
        const startMs = instantOf(wallOf(start), zone);
        const endMs = value.end ? instantOf(wallOf(value.end), zone) : startMs + (value.duration?.toSeconds() ?? 0) * 1000;
        rdates.push({ key: `t:${startMs}`, slot: { start: toLocal(startMs, siteTz), ...(endMs > startMs ? { end: toLocal(endMs, siteTz) } : {}) } });
      } else if (value.isDate || timing.allDay) {
        rdates.push(slotAt(wallOf(value), { ...timing, allDay: true }, siteTz));
      } else {
        const zone = zoneOf(prop, value, siteTz, notes);
        // Convert to the event's own zone so the event's wall-clock duration applies.
        const wall = wallAt(instantOf(wallOf(value), zone), timing.zone);
        rdates.push(slotAt(wall, timing, siteTz));
      }
    }
  }
  for (const extra of asDates) {
    const t = timingOf(extra, siteTz, notes);
    if (t) rdates.push(slotAt(t.startWall, t, siteTz));
  }

  const overrides: Override[] = [];
  for (const component of overrideComponents) {
    const ridProp = component.getFirstProperty('recurrence-id')!;
    const rid = ridProp.getFirstValue() as ICAL.Time;
    if (ridProp.getParameter('range')) notes.add('een wijziging "voor deze en alle volgende" (RANGE=THISANDFUTURE) is als wijziging van één datum gelezen');
    const t = timingOf(component, siteTz, notes);
    if (!t) continue;
    const summary = text(component.getFirstPropertyValue('summary'));
    const description = text(component.getFirstPropertyValue('description'));
    const location = text(component.getFirstPropertyValue('location'));
    overrides.push({
      key: keyOf(ridProp, rid, siteTz, notes),
      slot: slotAt(t.startWall, t, siteTz).slot,
      cancelled: String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
      ...(summary !== undefined ? { summary } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(location !== undefined ? { location } : {}),
    });
  }

  const first = slotAt(timing.startWall, timing, siteTz);
  const iterate = (stopDate: IsoDate | undefined, each: (occurrence: BaseOccurrence) => boolean | void): void => {
    if (!recur) {
      each({ ...first, from: 'dtstart' });
      return;
    }
    const iterator = recur.iterator(floatingTime(timing.startWall, timing.allDay));
    const startMs = floatingMs(timing.startWall);
    for (let i = 0; i < ITERATION_CAP; i++) {
      const next = iterator.next();
      if (!next) return;
      const wall = wallOf(next);
      if (i === 0 && floatingMs(wall) !== startMs) {
        // DTSTART is always the first instance (RFC 5545 §3.8.5.3), also when the rule does not produce it.
        if (each({ ...first, from: 'dtstart' }) === false) return;
      }
      if (stopDate !== undefined && isoDate(wall) > addDaysIso(stopDate, 2)) return;
      const at = slotAt(wall, timing, siteTz);
      if (each({ ...at, from: i === 0 && floatingMs(wall) === startMs ? 'dtstart' : 'rule' }) === false) return;
    }
  };

  let lastRuleDate: IsoDate | undefined;
  if (rule?.bounded) iterate(undefined, (o) => void (lastRuleDate = o.slot.start.datum));

  const expand = (from: IsoDate, to: IsoDate): BaseOccurrence[] => {
    const seen = new Set<string>();
    const out: BaseOccurrence[] = [];
    const add = (o: BaseOccurrence) => {
      if (seen.has(o.key)) return;
      seen.add(o.key);
      // EXDATE;VALUE=DATE on a timed series removes that whole day.
      const exdated = exdateKeys.has(o.key) || (!o.key.startsWith('d:') && exdateKeys.has(`d:${o.slot.start.datum}`));
      if (o.slot.start.datum >= from && o.slot.start.datum <= to) out.push(exdated ? { ...o, exdated: true } : o);
    };
    iterate(to, add);
    for (const r of rdates) add({ ...r, from: 'rdate' });
    return out.sort((a, b) => compareSlots(a.slot, b.slot));
  };

  const url = text(master.getFirstPropertyValue('url'));
  const description = text(master.getFirstPropertyValue('description'));
  const location = text(master.getFirstPropertyValue('location'));
  return {
    uid,
    summary: text(master.getFirstPropertyValue('summary')) ?? '(zonder titel)',
    ...(description !== undefined ? { description } : {}),
    ...(location !== undefined ? { location } : {}),
    ...(url !== undefined ? { url } : {}),
    cancelled: String(master.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED',
    allDay: timing.allDay,
    start: first.slot,
    ...(rule ? { rule } : {}),
    ...(ruleProblem ? { ruleProblem } : {}),
    rdates: rdates.map((r) => r.slot),
    overrides,
    expand,
    ...(lastRuleDate !== undefined ? { lastRuleDate } : {}),
    exdateKeys,
    notes: [...notes],
  };
}

/** Orders slots by local start (whole days first on a day). */
export function compareSlots(a: Slot, b: Slot): number {
  const ka = `${a.start.datum} ${a.start.tijd ?? ''}`;
  const kb = `${b.start.datum} ${b.start.tijd ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
