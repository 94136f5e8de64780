/**
 * Schedules for generated activities (`datum`, `data` or `herhaling`) and the
 * exceptions on them. Exception dates come from the project's own occurrence
 * engine, so every `wijzigingen[].datum` is a date the pattern really produces
 * (the content check rejects anything else).
 */
import { WEEKDAGEN, addDays, formatDatum, formatDatumBereik, toDayNumber, weekday, type IsoDate } from '../dates.ts';
import { expandOccurrences, findUnmatchedWijzigingen, type Herhaling, type Weekdag, type WeekVanDeMaand, type Wijziging } from '../recurrence.ts';
import type { Regio } from '../school-holidays.ts';
import type { Random } from './random.ts';
import { capitalize, joinDutch, metLidwoord, numberWord } from './text.ts';
import { TOELICHTING_GEANNULEERD, TOELICHTING_TIJD, TOELICHTING_VERPLAATST, TOELICHTING_VOL } from './words.ts';

/** How often an activity takes place: the four groups of the corpus mix. */
export type Ritme = 'week' | '2-weken' | 'maand' | 'los';
/** The forms of a one-off activity. */
export type LosVorm = 'datum' | 'meerdaags' | 'data' | 'verleden';
/** The exact shape a schedule got, for the corpus summary. */
export type Vorm =
  | 'week'
  | 'week-twee-dagen'
  | '2-weken'
  | 'maand-n'
  | 'maand-laatste'
  | 'maand-lijst'
  | 'datum'
  | 'meerdaags'
  | 'data'
  | 'verleden';

/** The schedule fields of an activity, in the order they are written. */
export interface Schedule {
  datum?: IsoDate | undefined;
  tijd?: string | undefined;
  einddatum?: IsoDate | undefined;
  data?: { datum: IsoDate; tijd?: string | undefined }[] | undefined;
  herhaling?: Herhaling | undefined;
}

export interface ScheduleRequest {
  ritme: Ritme;
  losVorm?: LosVorm;
  tweeDagen?: boolean;
  /** The pattern must be running now and through the agenda window (needed for exceptions). */
  lopend?: boolean;
  /** Aimed at children: more often skipped in school holidays. */
  kinderen?: boolean;
  tijden: readonly string[];
  vandaag: IsoDate;
  horizonEinde: IsoDate;
}

export interface MadeSchedule {
  schedule: Schedule;
  vorm: Vorm;
  /** When, in words, for the summary: `Elke dinsdagochtend`, `Op zaterdag 12 december 2026`. */
  wanneer: string;
  /** First day of a one-off activity. */
  eersteDatum?: IsoDate;
}

const DAG_GEWICHTEN: readonly (readonly [Weekdag, number])[] = [
  ['maandag', 16],
  ['dinsdag', 18],
  ['woensdag', 18],
  ['donderdag', 18],
  ['vrijdag', 12],
  ['zaterdag', 8],
  ['zondag', 4],
];

const WEEK_WOORD: Readonly<Record<WeekVanDeMaand, string>> = {
  eerste: 'eerste',
  tweede: 'tweede',
  derde: 'derde',
  vierde: 'vierde',
  laatste: 'laatste',
};

/** `ochtend`, `middag` or `avond` for a start time. */
export function dagdeel(tijd: string | undefined): string {
  if (tijd === undefined) return '';
  const hour = Number(tijd.slice(0, 2));
  return hour < 12 ? 'ochtend' : hour < 18 ? 'middag' : 'avond';
}

/** The first date on or after `date` that falls on `dag`. */
function nextWeekday(date: IsoDate, dag: Weekdag): IsoDate {
  const target = WEEKDAGEN.indexOf(dag) + 1;
  return addDays(date, (target - weekday(date) + 7) % 7);
}

function sortDays(days: Weekdag[]): Weekdag[] {
  return days.sort((a, b) => WEEKDAGEN.indexOf(a) - WEEKDAGEN.indexOf(b));
}

/** A schedule of the requested kind, relative to `vandaag`. */
export function makeSchedule(r: Random, req: ScheduleRequest): MadeSchedule {
  const tijd = r.pick(req.tijden);
  const deel = dagdeel(tijd);
  if (req.ritme === 'los') return makeLos(r, req, tijd);

  const dag = r.weighted(DAG_GEWICHTEN);
  let dagen: Weekdag[] = [dag];
  if (req.ritme === 'week' && req.tweeDagen) {
    const tweede = r.weighted(DAG_GEWICHTEN.filter(([d]) => d !== dag));
    dagen = sortDays([dag, tweede]);
  }
  const start = req.lopend || r.chance(0.9) ? addDays(req.vandaag, -r.int(7, 700)) : addDays(req.vandaag, r.int(1, 60));
  const vanaf = req.ritme === 'maand' ? start : nextWeekday(start, dagen[0]!);
  // Some series end, but never before today plus a month: past activities are the one-off kind only.
  const tot = addDays(vanaf > req.vandaag ? vanaf : req.vandaag, r.int(30, 400));
  const herhaling: Herhaling = {
    elke: req.ritme,
    dagen,
    week_van_de_maand: undefined,
    tijd,
    vanaf,
    tot_en_met: !req.lopend && r.chance(0.15) ? tot : undefined,
    behalve: undefined,
    feestdagen: r.chance(0.05) ? 'doorgaan' : undefined,
    schoolvakanties: r.chance(req.kinderen ? 0.5 : 0.03) ? 'overslaan' : undefined,
    extra: undefined,
  };
  let vorm: Vorm;
  let wanneer: string;
  if (req.ritme === 'maand') {
    const keuze = r.weighted([['n', 60], ['laatste', 20], ['lijst', 20]] as const);
    if (keuze === 'lijst') {
      const weeks: WeekVanDeMaand[] = r.pick([['eerste', 'derde'], ['tweede', 'vierde']] as const).slice();
      herhaling.week_van_de_maand = weeks;
      vorm = 'maand-lijst';
      wanneer = `Elke ${joinDutch(weeks.map((w) => WEEK_WOORD[w]))} ${dag}${deel} van de maand`;
    } else {
      const week: WeekVanDeMaand = keuze === 'laatste' ? 'laatste' : r.pick(['eerste', 'tweede', 'derde', 'vierde'] as const);
      herhaling.week_van_de_maand = week;
      vorm = keuze === 'laatste' ? 'maand-laatste' : 'maand-n';
      wanneer = `Elke ${WEEK_WOORD[week]} ${dag}${deel} van de maand`;
    }
  } else if (req.ritme === '2-weken') {
    vorm = '2-weken';
    wanneer = `Om de week op ${dag}${deel}`;
  } else if (dagen.length === 2) {
    vorm = 'week-twee-dagen';
    wanneer = `Elke ${dagen[0]}- en ${dagen[1]}${deel}`;
  } else {
    vorm = 'week';
    wanneer = `Elke ${dag}${deel}`;
  }
  return { schedule: { herhaling }, vorm, wanneer };
}

function makeLos(r: Random, req: ScheduleRequest, tijd: string): MadeSchedule {
  const vorm = req.losVorm ?? 'datum';
  const v = req.vandaag;
  if (vorm === 'datum') {
    const datum = addDays(v, r.int(1, 170));
    return { schedule: { datum, tijd: r.chance(0.9) ? tijd : undefined }, vorm, wanneer: `Op ${formatDatum(datum)}`, eersteDatum: datum };
  }
  if (vorm === 'meerdaags') {
    const datum = addDays(v, r.int(7, 170));
    const einddatum = addDays(datum, r.int(1, 2));
    return {
      schedule: { datum, tijd: r.chance(0.6) ? tijd : undefined, einddatum },
      vorm,
      wanneer: `Van ${formatDatumBereik(datum, einddatum).replace(' t/m ', ' tot en met ')}`,
      eersteDatum: datum,
    };
  }
  // A series of separate days, or (verleden) something that is already over.
  const inPast = vorm === 'verleden';
  if (inPast && r.chance(0.7)) {
    const datum = addDays(v, -r.int(14, 300));
    return { schedule: { datum, tijd }, vorm, wanneer: `Op ${formatDatum(datum)}`, eersteDatum: datum };
  }
  const count = r.int(2, 5);
  const sameTime = r.chance(0.8);
  let datum = inPast ? addDays(v, -r.int(60, 300)) : addDays(v, r.int(1, 60));
  const data: { datum: IsoDate; tijd?: string }[] = [];
  for (let i = 0; i < count; i++) {
    data.push({ datum, tijd: sameTime ? tijd : r.pick(req.tijden) });
    datum = addDays(datum, r.int(7, inPast ? 10 : 21));
  }
  const eerste = data[0]!.datum;
  return { schedule: { data }, vorm, wanneer: `${numberWord(count).replace(/^./, (c) => c.toUpperCase())} keer, vanaf ${formatDatum(eerste)}`, eersteDatum: eerste };
}

/** What an activity needs to get exceptions. */
export interface ExceptionRequest {
  slug: string;
  herhaling: Herhaling;
  vandaag: IsoDate;
  horizonEinde: IsoDate;
  tz: string;
  regio: Regio;
  /** Places the activity may move to for one date. */
  andereLocaties: readonly { slug: string; naam: string }[];
  /** The activity in running text, for the notes in the body: `koffieochtend`. */
  woord: string;
}

export interface Exceptions {
  wijzigingen: Wijziging[];
  /** Sentences for the body, one per exception. */
  notities: string[];
  /** Which kinds of exception were made: behalve, extra, geannuleerd, verplaatst, tijd, locatie, vol. */
  soorten: string[];
}

const ANDERE_TIJDEN = ['09:00-11:00', '10:30-12:30', '13:00-15:00', '14:30-16:30', '16:00-18:00', '19:00-21:00', '20:00-22:00'];

/**
 * Adds one to three exceptions to a running pattern (mutating `behalve` and
 * `extra` of `req.herhaling`) and returns the wijzigingen. All dates lie in
 * the agenda window; the result is checked with `findUnmatchedWijzigingen`.
 */
export function addExceptions(r: Random, req: ExceptionRequest): Exceptions {
  const h = req.herhaling;
  const options = { from: req.vandaag, to: req.horizonEinde, tz: req.tz, schoolvakantieRegio: req.regio };
  const expansion = expandOccurrences({ slug: req.slug, herhaling: h }, options);
  const patternDates = expansion.occurrences.map((o) => o.datum);
  const taken = new Set<IsoDate>([...patternDates, ...expansion.skipped.map((s) => s.datum)]);
  const pool = r.shuffle(patternDates);
  const kinds: string[] = [];
  const weights: [string, number][] = [
    ['geannuleerd', 30],
    ['behalve', 20],
    ['tijd', 15],
    ['verplaatst', 15],
    ['locatie', 10],
    ['extra', 10],
    ['vol', 5],
  ];
  const wanted = r.int(1, 3);
  while (kinds.length < wanted) {
    const left = weights.filter(([k]) => !kinds.includes(k) && (k !== 'locatie' || req.andereLocaties.length > 0));
    kinds.push(r.weighted(left));
  }

  const wijzigingen: Wijziging[] = [];
  const notes: [IsoDate, string][] = [];
  const soorten: string[] = [];
  const behalve: IsoDate[] = [];
  const extra: IsoDate[] = [];
  for (const kind of kinds) {
    const datum = pool.pop();
    if (datum === undefined) break;
    const dag = formatDatum(datum);
    switch (kind) {
      case 'behalve':
        behalve.push(datum);
        notes.push([datum, `Op ${dag} is er geen ${req.woord}.`]);
        break;
      case 'extra': {
        const candidate = [1, 2, 3, -1, -2].map((k) => addDays(datum, k)).find((d) => !taken.has(d) && d >= req.vandaag && d <= req.horizonEinde);
        pool.push(datum); // the pattern date itself stays free for another exception
        if (candidate === undefined) continue;
        taken.add(candidate);
        extra.push(candidate);
        notes.push([candidate, `Op ${formatDatum(candidate)} is er een extra ${req.woord}.`]);
        break;
      }
      case 'geannuleerd':
        wijzigingen.push({ datum, status: 'geannuleerd', toelichting: r.pick(TOELICHTING_GEANNULEERD) });
        notes.push([datum, `Op ${dag} gaat ${metLidwoord(req.woord)} niet door.`]);
        break;
      case 'verplaatst': {
        const nieuwe = addDays(datum, r.pick([1, 2, -1]));
        wijzigingen.push({ datum, nieuwe_datum: nieuwe, toelichting: r.pick(TOELICHTING_VERPLAATST) });
        notes.push([datum, `${capitalize(metLidwoord(req.woord))} van ${dag} is verplaatst naar ${formatDatum(nieuwe)}.`]);
        break;
      }
      case 'tijd': {
        const tijd = r.pick(ANDERE_TIJDEN.filter((t) => t !== h.tijd));
        wijzigingen.push({ datum, tijd, toelichting: r.pick(TOELICHTING_TIJD) });
        notes.push([datum, `Op ${dag} is ${metLidwoord(req.woord)} van ${tijd.replace(':', '.').replace('-', ' tot ').replace(':', '.')} uur.`]);
        break;
      }
      case 'locatie': {
        const plek = r.pick(req.andereLocaties);
        wijzigingen.push({ datum, locatie: plek.slug, toelichting: `De zaal is deze keer niet beschikbaar. We wijken uit naar ${plek.naam}.` });
        notes.push([datum, `Op ${dag} zijn we in ${plek.naam}.`]);
        break;
      }
      case 'vol':
        wijzigingen.push({ datum, status: 'vol', toelichting: r.pick(TOELICHTING_VOL) });
        notes.push([datum, `Op ${dag} zijn alle plekken al bezet.`]);
        break;
    }
    soorten.push(kind);
  }
  // No free day for an extra date: skip a date instead, so the activity still has an exception.
  const fallback = soorten.length === 0 ? pool.pop() : undefined;
  if (fallback !== undefined) {
    behalve.push(fallback);
    notes.push([fallback, `Op ${formatDatum(fallback)} is er geen ${req.woord}.`]);
    soorten.push('behalve');
  }
  if (behalve.length > 0) h.behalve = behalve.sort();
  if (extra.length > 0) h.extra = extra.sort();
  wijzigingen.sort((a, b) => toDayNumber(a.datum) - toDayNumber(b.datum));

  // Belt and braces: keep only wijzigingen the engine matches (it always should).
  const unmatched = new Set(findUnmatchedWijzigingen({ slug: req.slug, herhaling: h, wijzigingen }, { schoolvakantieRegio: req.regio }));
  const kept = unmatched.size === 0 ? wijzigingen : wijzigingen.filter((w) => !unmatched.has(w.datum));
  const notities = notes.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, text]) => text);
  return { wijzigingen: kept, notities, soorten };
}
