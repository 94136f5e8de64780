/**
 * Maps the schedule of one calendar series (see `readIcs`) to the schedule
 * fields of an activity: `datum` for a single event, `herhaling` when the
 * recurrence can be written exactly as our pattern, else a `data` list up to
 * the site's horizon. Changed occurrences become `wijzigingen`.
 *
 * "Exactly" is checked, not assumed: the candidate is expanded with the
 * site's own occurrence engine and compared, date for date and time for
 * time, with the calendar's occurrences from today on. Imported series keep
 * `feestdagen: doorgaan` and `schoolvakanties: doorgaan`, because the source
 * calendar already says which dates happen.
 */
import { addDays, maxDate, type IsoDate } from '../dates.ts';
import { expandOccurrences, type Herhaling, type Occurrence, type Weekdag, type WeekVanDeMaand, type Wijziging } from '../recurrence.ts';
import type { BaseOccurrence, IcsEvent, RuleInfo, Slot } from './ics.ts';
import { firstLine, statusNote, stripStatusPrefix, titleStatus } from './text.ts';

/** The schedule fields an import writes. */
export interface ScheduleFields {
  datum?: IsoDate;
  tijd?: string;
  einddatum?: IsoDate;
  data?: { datum: IsoDate; tijd?: string }[];
  herhaling?: Herhaling;
  wijzigingen?: Wijziging[];
  status?: 'geannuleerd' | 'vol' | 'verplaatst';
  status_toelichting?: string;
}

/** The outcome for one series. */
export interface ScheduleMapping {
  fields: ScheduleFields;
  /** Which form was chosen. */
  vorm?: 'datum' | 'data' | 'herhaling';
  /** What could not be taken over exactly, in Dutch (one sentence each). */
  notes: string[];
  /** Set when nothing can be imported, with the reason in Dutch. */
  skip?: string;
}

/** What the mapping needs to know about the site. */
export interface MapOptions {
  tz: string;
  today: IsoDate;
  /** Last day the agenda shows. */
  horizonEnd: IsoDate;
  /** Slug of the activity's own locatie, to tell a changed place apart. */
  locatie?: string | undefined;
  /** Finds the locatie slug for a LOCATION text. */
  matchLocatie(text: string): string | undefined;
}

// ---------------------------------------------------------------------------
// Times as our files can hold them.

/** A slot as the engine would show it. */
interface Shown {
  datum: IsoDate;
  einddatum?: IsoDate;
  tijd?: string;
  /** The end time could not be kept (past midnight, or a multi-day series). */
  lostEnd?: boolean;
}

/** How `slot` is written: `tijd` "10:00-12:00" or "10:00", `einddatum` for multi-day one-offs. */
export function showSlot(slot: Slot, recurring: boolean): Shown {
  const { start, end } = slot;
  if (start.tijd === undefined) {
    return end !== undefined && end.datum > start.datum ? { datum: start.datum, einddatum: end.datum } : { datum: start.datum };
  }
  if (end === undefined || end.tijd === undefined) return { datum: start.datum, tijd: start.tijd };
  if (end.datum === start.datum) return { datum: start.datum, tijd: end.tijd > start.tijd ? `${start.tijd}-${end.tijd}` : start.tijd };
  const overnight = addDays(start.datum, 1) === end.datum && end.tijd <= start.tijd;
  if (recurring || overnight) return { datum: start.datum, tijd: start.tijd, lostEnd: true };
  return { datum: start.datum, einddatum: end.datum, ...(end.tijd > start.tijd ? { tijd: `${start.tijd}-${end.tijd}` } : { tijd: start.tijd, lostEnd: true }) };
}

// ---------------------------------------------------------------------------
// RRULE → pattern.

const WEEKDAG: Readonly<Record<string, Weekdag>> = {
  MO: 'maandag',
  TU: 'dinsdag',
  WE: 'woensdag',
  TH: 'donderdag',
  FR: 'vrijdag',
  SA: 'zaterdag',
  SU: 'zondag',
};
const WEEK: Readonly<Record<number, WeekVanDeMaand>> = { 1: 'eerste', 2: 'tweede', 3: 'derde', 4: 'vierde', [-1]: 'laatste' };
const WEEKDAG_VAN_JS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'] as const;

function weekdagOf(date: IsoDate): Weekdag {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return WEEKDAG_VAN_JS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
}

type Pattern = Pick<Herhaling, 'elke' | 'dagen' | 'week_van_de_maand'>;

/** The pattern part of `herhaling` for a rule, or why it has none. */
export function patternFromRule(rule: RuleInfo, startDate: IsoDate): Pattern | { reason: string } {
  if (rule.other.length > 0) return { reason: `de regel gebruikt ${rule.other.join(', ')}` };
  const days = rule.byday.map((b) => WEEKDAG[b.day]);
  if (days.some((d) => d === undefined)) return { reason: 'de regel noemt een onbekende weekdag' };
  const dagen = [...new Set(days as Weekdag[])];
  const ordinals = rule.byday.map((b) => b.n);
  const plain = ordinals.every((n) => n === undefined);
  switch (rule.freq) {
    case 'DAILY':
      if (rule.interval !== 1) return { reason: `"elke ${rule.interval} dagen" kan niet als herhaling` };
      if (rule.bysetpos.length > 0 || !plain) return { reason: 'de regel gebruikt BYSETPOS of een rangnummer bij dagelijks' };
      return dagen.length === 0 ? { elke: 'dag' } : { elke: 'week', dagen };
    case 'WEEKLY': {
      if (rule.interval > 2) return { reason: `"elke ${rule.interval} weken" kan niet als herhaling` };
      if (!plain || rule.bysetpos.length > 0) return { reason: 'de regel gebruikt BYSETPOS of een rangnummer bij wekelijks' };
      return { elke: rule.interval === 2 ? '2-weken' : 'week', dagen: dagen.length > 0 ? dagen : [weekdagOf(startDate)] };
    }
    case 'MONTHLY': {
      if (rule.interval !== 1) return { reason: `"elke ${rule.interval} maanden" kan niet als herhaling` };
      if (dagen.length === 0) return { reason: 'de regel herhaalt op een vaste dag van de maand (bijvoorbeeld de 15e), niet op een weekdag' };
      let weeks: number[];
      if (rule.bysetpos.length > 0) {
        if (!plain || dagen.length !== 1) return { reason: 'BYSETPOS met meer dan één weekdag kan niet als herhaling' };
        weeks = rule.bysetpos;
      } else if (plain) {
        return { elke: 'week', dagen }; // every such weekday of every month
      } else {
        if (ordinals.some((n) => n === undefined)) return { reason: 'de regel mengt weekdagen met en zonder rangnummer' };
        weeks = [...new Set(ordinals as number[])];
        // 2TU,4TU is a cross product; 2TU,-1FR is not.
        if (weeks.length * dagen.length !== rule.byday.length) return { reason: 'verschillende weken voor verschillende weekdagen kan niet als één herhaling' };
      }
      const names = weeks.map((n) => WEEK[n]);
      if (names.some((n) => n === undefined)) return { reason: 'alleen de eerste tot en met vierde en de laatste week van de maand kunnen als herhaling' };
      const unique = [...new Set(names as WeekVanDeMaand[])];
      return { elke: 'maand', dagen, week_van_de_maand: unique.length === 1 ? unique[0]! : unique };
    }
    default:
      return { reason: `herhalen met FREQ=${rule.freq} kan niet als herhaling` };
  }
}

// ---------------------------------------------------------------------------
// Comparing occurrences.

interface Compared {
  orig: IsoDate;
  datum: IsoDate;
  einddatum?: IsoDate | undefined;
  tijd?: string | undefined;
  status: 'gepland' | 'geannuleerd' | 'verplaatst' | 'vol';
}

const keyOf = (c: Compared) => `${c.orig}|${c.datum}|${c.einddatum ?? ''}|${c.tijd ?? ''}|${c.status}`;

function fromEngine(o: Occurrence): Compared {
  const orig = o.id.split('/')[1]!;
  return {
    orig,
    datum: o.datum,
    einddatum: o.einddatum,
    tijd: o.start === undefined ? undefined : o.eind === undefined ? o.start : `${o.start}-${o.eind}`,
    status: o.status,
  };
}

/** Finds the first difference between two occurrence lists, as a Dutch phrase, or undefined when equal. */
function difference(ours: Compared[], theirs: Compared[]): string | undefined {
  const a = new Set(ours.map(keyOf));
  const b = new Set(theirs.map(keyOf));
  const missing = theirs.find((c) => !a.has(keyOf(c)));
  if (missing) return `op ${missing.datum} (${missing.tijd ?? 'hele dag'}) zou de activiteit niet goed in de agenda komen`;
  const extra = ours.find((c) => !b.has(keyOf(c)));
  if (extra) return `op ${extra.datum} zou een datum verschijnen die niet in de bron staat`;
  return undefined;
}

// ---------------------------------------------------------------------------
// The mapping.

const VERIFY_DAYS = 366;

const DEFAULT_NOTE = {
  geannuleerd: 'Deze activiteit gaat niet door.',
  vol: 'Er is geen plek meer.',
  verplaatst: 'Deze activiteit is verplaatst.',
} as const;

const STATUS_RANK = { gepland: 0, vol: 1, verplaatst: 2, geannuleerd: 3 } as const;
const LOOKBACK_DAYS = 60;

/** Maps the schedule of one series. */
export function mapSchedule(ev: IcsEvent, opts: MapOptions): ScheduleMapping {
  const notes = [...ev.notes];
  const recurring = ev.rule !== undefined || ev.rdates.length > 0;
  const masterStatus = ev.cancelled ? 'geannuleerd' : titleStatus(ev.summary);
  const status: Pick<ScheduleFields, 'status' | 'status_toelichting'> =
    masterStatus === undefined ? {} : { status: masterStatus, status_toelichting: statusNote(ev.description) ?? DEFAULT_NOTE[masterStatus] };

  if (!recurring) {
    if (ev.overrides.length > 0) notes.push('een wijziging (RECURRENCE-ID) bij een afspraak zonder herhaling is genegeerd');
    const shown = showSlot(ev.start, false);
    if (shown.lostEnd) notes.push('de eindtijd ligt na middernacht; alleen de begintijd is overgenomen');
    if ((shown.einddatum ?? shown.datum) < opts.today) return { fields: {}, notes, skip: 'de afspraak ligt in het verleden' };
    const fields: ScheduleFields = { datum: shown.datum };
    if (shown.tijd !== undefined) fields.tijd = shown.tijd;
    if (shown.einddatum !== undefined) fields.einddatum = shown.einddatum;
    return { fields: { ...fields, ...status }, vorm: 'datum', notes };
  }

  const verifyTo = maxDate(opts.horizonEnd, addDays(opts.today, VERIFY_DAYS));
  const base = ev.expand(addDays(opts.today, -LOOKBACK_DAYS), addDays(verifyTo, LOOKBACK_DAYS));
  const live = base.filter((b) => !b.exdated);
  const shownOf = new Map(base.map((b) => [b.key, showSlot(b.slot, true)]));
  if (live.some((b) => b.slot.end !== undefined && b.slot.start.tijd === undefined && b.slot.end.datum > b.slot.start.datum)) {
    return { fields: {}, notes, skip: 'een herhaling van meer dagen achter elkaar kan niet in één activiteit. Maak er losse activiteiten van' };
  }
  if (live.some((b) => shownOf.get(b.key)!.lostEnd)) notes.push('de eindtijd ligt na middernacht of op een andere dag; alleen de begintijd is overgenomen');
  const overrides = new Map(ev.overrides.map((o) => [o.key, o]));
  const baseKeys = new Set(base.map((b) => b.key));
  for (const o of ev.overrides) {
    if (!baseKeys.has(o.key) && o.slot.start.datum >= opts.today && o.slot.start.datum <= verifyTo) {
      notes.push(`de wijziging voor ${o.slot.start.datum} hoort bij geen datum van de reeks en is genegeerd`);
    }
  }

  /** The calendar's own occurrences as they would be shown, within [from, to]. */
  const sourceShown = (from: IsoDate, to: IsoDate): Compared[] =>
    live.flatMap((b) => {
      const shown = shownOf.get(b.key)!;
      const o = overrides.get(b.key);
      let c: Compared = { orig: shown.datum, datum: shown.datum, einddatum: shown.einddatum, tijd: shown.tijd, status: 'gepland' };
      if (o?.cancelled) c.status = 'geannuleerd';
      else if (o) {
        const moved = showSlot(o.slot, true);
        const own = moved.datum !== shown.datum ? 'verplaatst' : o.summary !== undefined && titleStatus(o.summary) === 'vol' ? 'vol' : 'gepland';
        c = { ...c, datum: moved.datum, tijd: moved.tijd ?? c.tijd, status: own };
      }
      if (masterStatus !== undefined && STATUS_RANK[masterStatus] > STATUS_RANK[c.status]) c.status = masterStatus;
      return c.datum >= from && c.datum <= to ? [c] : [];
    });

  const upcoming = sourceShown(opts.today, verifyTo);
  if (upcoming.length === 0) {
    const past = ev.rule?.bounded !== false && (ev.lastRuleDate ?? '0000') < opts.today && ev.rdates.every((r) => r.start.datum < opts.today);
    return { fields: {}, notes, skip: past ? 'alle datums liggen in het verleden' : `er zijn geen datums tussen ${opts.today} en ${verifyTo}` };
  }

  const verify = (fields: ScheduleFields, from: IsoDate, to: IsoDate): string | undefined => {
    const ours = expandOccurrences({ slug: 'import', ...fields, ...status }, { from, to, tz: opts.tz }).occurrences.map(fromEngine);
    return difference(ours, sourceShown(from, to));
  };

  let reason: string | undefined = ev.ruleProblem;
  if (ev.rule && reason === undefined) {
    const attempt = asHerhaling(ev, ev.rule, base, shownOf, overrides, opts, verifyTo);
    if ('fields' in attempt) {
      const mismatch = verify(attempt.fields, opts.today, verifyTo);
      if (mismatch === undefined) return { fields: { ...attempt.fields, ...status }, vorm: 'herhaling', notes: [...notes, ...attempt.notes] };
      reason = `de controle klopte niet: ${mismatch}`;
    } else {
      reason = attempt.reason;
    }
  } else if (!ev.rule) {
    reason = undefined; // only RDATEs: a list of days is exact
  }

  // A list of days up to the horizon.
  const days = live.filter((b) => b.slot.start.datum >= opts.today && b.slot.start.datum <= opts.horizonEnd);
  if (days.length === 0) return { fields: {}, notes, skip: `er zijn geen datums tussen ${opts.today} en ${opts.horizonEnd}` };
  const data = days.map((b) => {
    const shown = shownOf.get(b.key)!;
    return shown.tijd === undefined ? { datum: shown.datum } : { datum: shown.datum, tijd: shown.tijd };
  });
  const wijzigingNotes: string[] = [];
  const wijzigingen = days.flatMap((b) => {
    const w = wijzigingFor(ev, b, shownOf.get(b.key)!.tijd, overrides.get(b.key), opts, wijzigingNotes);
    return w ? [w] : [];
  });
  const fields: ScheduleFields = { data, ...(wijzigingen.length > 0 ? { wijzigingen } : {}) };
  if (reason !== undefined) {
    notes.push(`de herhaling (${ev.rule?.text ?? 'RDATE'}) kan niet precies als herhaling: ${reason}. De datums tot en met ${opts.horizonEnd} staan daarom als losse data; importeer later opnieuw om de lijst aan te vullen`);
  }
  const mismatch = verify(fields, opts.today, opts.horizonEnd);
  if (mismatch !== undefined) return { fields: {}, notes, skip: `de datums konden niet precies worden overgenomen: ${mismatch}` };
  return { fields: { ...fields, ...status }, vorm: 'data', notes: [...notes, ...wijzigingNotes] };
}

function asHerhaling(
  ev: IcsEvent,
  rule: RuleInfo,
  base: BaseOccurrence[],
  shownOf: Map<string, Shown>,
  overrides: Map<string, IcsEvent['overrides'][number]>,
  opts: MapOptions,
  verifyTo: IsoDate,
): { fields: ScheduleFields; notes: string[] } | { reason: string } {
  const startDate = ev.start.start.datum;
  const pattern = patternFromRule(rule, startDate);
  if ('reason' in pattern) return pattern;
  const ruleOccurrences = base.filter((b) => b.from !== 'rdate');
  const times = new Set(ruleOccurrences.map((b) => shownOf.get(b.key)!.tijd ?? ''));
  if (times.size > 1) return { reason: 'de tijd verschilt per keer (door een andere tijdzone of zomertijd)' };
  const tijd = [...times][0] || undefined;
  const herhaling: Herhaling = {
    ...pattern,
    ...(tijd !== undefined ? { tijd } : {}),
    vanaf: startDate,
    ...(ev.lastRuleDate !== undefined ? { tot_en_met: ev.lastRuleDate } : {}),
    feestdagen: 'doorgaan',
    schoolvakanties: 'doorgaan',
  };
  const from = opts.today;
  const patternDates = new Set(
    expandOccurrences({ slug: 'import', herhaling }, { from, to: verifyTo, tz: opts.tz }).occurrences.map((o) => o.datum),
  );
  const inWindow = (b: BaseOccurrence) => b.slot.start.datum >= from && b.slot.start.datum <= verifyTo;
  const ruleDates = new Set(ruleOccurrences.filter((b) => b.from === 'rule' && inWindow(b)).map((b) => b.slot.start.datum));
  const startOccurrence = ruleOccurrences.find((b) => b.from === 'dtstart');
  const startOffPattern = startOccurrence !== undefined && inWindow(startOccurrence) && !patternDates.has(startOccurrence.slot.start.datum);
  for (const d of patternDates) {
    if (!ruleDates.has(d) && d !== startOccurrence?.slot.start.datum) return { reason: `het patroon zou ook op ${d} een datum geven` };
  }
  for (const d of ruleDates) if (!patternDates.has(d)) return { reason: `de datum ${d} past niet in een herhaling` };

  const extraNotes: string[] = [];
  const extra = new Set<IsoDate>();
  const behalve = new Set<IsoDate>();
  const wijzigingen: Wijziging[] = [];
  const kept = new Map<IsoDate, BaseOccurrence>();
  for (const b of base) {
    if (!inWindow(b) || b.exdated) continue;
    const d = b.slot.start.datum;
    if (kept.has(d)) return { reason: `op ${d} staan twee keer in de reeks` };
    kept.set(d, b);
    if (b.from === 'rdate' || (b.from === 'dtstart' && startOffPattern)) {
      if (!patternDates.has(d)) extra.add(d);
      const own = shownOf.get(b.key)!.tijd;
      if (own !== tijd) {
        if (own === undefined) return { reason: `de extra datum ${d} heeft geen tijd, de rest wel` };
        wijzigingen.push({ datum: d, tijd: own });
      }
    }
  }
  for (const b of base) {
    const d = b.slot.start.datum;
    if (b.exdated && inWindow(b) && patternDates.has(d) && !kept.has(d)) behalve.add(d);
  }
  // Overrides of occurrences that lie (or move) into the window.
  for (const b of base) {
    if (b.exdated) continue;
    const o = overrides.get(b.key);
    if (o === undefined) continue;
    const moved = showSlot(o.slot, true).datum;
    if ((b.slot.start.datum < from || b.slot.start.datum > verifyTo) && (moved < from || moved > verifyTo)) continue;
    const baseTijd = wijzigingen.find((w) => w.datum === b.slot.start.datum)?.tijd ?? tijd;
    const w = wijzigingFor(ev, b, baseTijd, o, opts, extraNotes);
    if (!w) continue;
    const existing = wijzigingen.findIndex((x) => x.datum === w.datum);
    if (existing >= 0) wijzigingen[existing] = { ...wijzigingen[existing]!, ...w };
    else wijzigingen.push(w);
  }
  if (behalve.size > 0) herhaling.behalve = [...behalve].sort();
  if (extra.size > 0) herhaling.extra = [...extra].sort();
  wijzigingen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  return { fields: { herhaling, ...(wijzigingen.length > 0 ? { wijzigingen } : {}) }, notes: extraNotes };
}

/** The `wijziging` for one overridden occurrence, or undefined when nothing we can write changed. */
function wijzigingFor(
  ev: IcsEvent,
  b: BaseOccurrence,
  baseTijd: string | undefined,
  o: IcsEvent['overrides'][number] | undefined,
  opts: MapOptions,
  notes: string[],
): Wijziging | undefined {
  if (o === undefined) return undefined;
  const datum = b.slot.start.datum;
  const toelichting = o.description !== undefined && firstLine(o.description) !== firstLine(ev.description ?? '') ? statusNote(o.description) : undefined;
  if (o.cancelled) {
    return { datum, status: 'geannuleerd', ...(toelichting !== undefined ? { toelichting } : {}) };
  }
  const w: Wijziging = { datum };
  const shown = showSlot(o.slot, true);
  if (shown.datum !== datum) w.nieuwe_datum = shown.datum;
  if (shown.tijd !== baseTijd) {
    if (shown.tijd === undefined) notes.push(`op ${datum} duurt de activiteit volgens de bron de hele dag; dat kan niet als wijziging en is genegeerd`);
    else w.tijd = shown.tijd;
  }
  if (o.location !== undefined && o.location !== ev.location) {
    const slug = opts.matchLocatie(o.location);
    if (slug === undefined) notes.push(`op ${datum} is de plek "${o.location}"; die staat niet tussen de locaties en is niet overgenomen`);
    else if (slug !== opts.locatie) w.locatie = slug;
  }
  if (o.summary !== undefined && stripStatusPrefix(o.summary) !== stripStatusPrefix(ev.summary)) {
    notes.push(`op ${datum} heeft de activiteit een andere titel ("${o.summary}"); die is niet overgenomen`);
  }
  if (o.summary !== undefined && titleStatus(o.summary) === 'vol') w.status = 'vol';
  if (Object.keys(w).length === 1) return undefined;
  if (toelichting !== undefined) w.toelichting = toelichting;
  return w;
}
