/**
 * Project page logic (DESIGN §3.8): periods in Dutch, the current phase, the
 * budget table, indicator progress, indicators computed from the agenda and
 * programme sums. Pure: `today` is always a parameter, nothing reads the clock.
 */
import type { Begroting, Indicator, Project } from '../schemas/project.ts';
import { PROJECT_STATUS } from '../schemas/project.ts';
import { PROJECT_STATUS_LABEL } from './labels.ts';
import { MAANDEN, addDays, formatDatumBereik, formatDatumZonderWeekdag, type IsoDate } from './dates.ts';
import { formatGetal } from './money.ts';
import { periodBounds, summarizeBegroting, type BegrotingOverzicht } from './budget.ts';
import type { Occurrence, OccurrenceStatus } from './recurrence.ts';

export type ProjectStatus = (typeof PROJECT_STATUS)[number];

// ---------------------------------------------------------------------------
// Periods.

/**
 * One end of a period: a quarter or a date, as residents read it.
 *
 * @example formatPeriodeWaarde('2020-Q1') // '1e kwartaal 2020'
 * @example formatPeriodeWaarde('2020-03-15') // '15 maart 2020'
 */
export function formatPeriodeWaarde(value: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) return `${quarter[2]}e kwartaal ${quarter[1]}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDatumZonderWeekdag(value);
  return value;
}

/**
 * A project or phase period in Dutch; an open end reads "vanaf …".
 *
 * @example formatPeriode({ van: '2020-Q1', tot: '2030-Q4' }) // '1e kwartaal 2020 – 4e kwartaal 2030'
 * @example formatPeriode({ van: '2010-Q1' }) // 'vanaf 1e kwartaal 2010'
 * @example formatPeriode({ van: '2021-Q2', tot: '2021-Q2' }) // '2e kwartaal 2021'
 */
export function formatPeriode(periode: { van: string; tot?: string | undefined }): string {
  const van = formatPeriodeWaarde(periode.van);
  if (periode.tot === undefined) return `vanaf ${van}`;
  if (periode.tot === periode.van) return van;
  return `${van} – ${formatPeriodeWaarde(periode.tot)}`;
}

/** Machine-readable start and end day of a period (for `<time datetime>`); `end` is undefined when open. */
export function periodDates(periode: { van: string; tot?: string | undefined }): { start?: IsoDate | undefined; end?: IsoDate | undefined } {
  return { start: periodBounds(periode.van)?.start, end: periode.tot === undefined ? undefined : periodBounds(periode.tot)?.end };
}

/** Where a phase stands on `today`. */
export type FaseStand = 'afgerond' | 'bezig' | 'gepland';

/** The words shown next to a phase; the current one reads "nu bezig" (never colour alone). */
export const FASE_STAND_LABEL: Record<FaseStand, string> = { afgerond: 'klaar', bezig: 'nu bezig', gepland: 'nog niet begonnen' };

/**
 * Whether a phase is done, running or still to come on `today`. A phase without `tot` runs on after its start.
 *
 * @example faseStand({ van: '2020-Q2', tot: '2030-Q4' }, '2026-11-25') // 'bezig'
 */
export function faseStand(fase: { van: string; tot?: string | undefined }, today: IsoDate): FaseStand {
  const start = periodBounds(fase.van)?.start;
  const end = fase.tot === undefined ? undefined : periodBounds(fase.tot)?.end;
  if (start !== undefined && today < start) return 'gepland';
  if (end !== undefined && today > end) return 'afgerond';
  return 'bezig';
}

// ---------------------------------------------------------------------------
// Status, partners, ambitions.

/** Project statuses in the order the overview shows them: running work first. */
export const STATUS_VOLGORDE: readonly ProjectStatus[] = ['uitvoering', 'voorbereiding', 'afgerond', 'geevalueerd', 'gestopt'];

/** The status as a heading: 'In uitvoering'. */
export function statusKop(status: ProjectStatus): string {
  const label = PROJECT_STATUS_LABEL[status];
  return label.charAt(0).toLocaleUpperCase('nl') + label.slice(1);
}

/** Items grouped by project status in `STATUS_VOLGORDE`; empty groups are left out. */
export function groupByStatus<T extends { data: { status: ProjectStatus } }>(items: readonly T[]): { status: ProjectStatus; items: T[] }[] {
  return STATUS_VOLGORDE.map((status) => ({ status, items: items.filter((i) => i.data.status === status) })).filter((g) => g.items.length > 0);
}

/**
 * Partners grouped by their role, roles in order of first appearance, each organisation once per role.
 *
 * @example groupPartners([{ organisatie: 'a', rol: 'x' }, { organisatie: 'b', rol: 'x' }]) // [{ rol: 'x', organisaties: ['a', 'b'] }]
 */
export function groupPartners(partners: readonly { organisatie: string; rol: string }[]): { rol: string; organisaties: string[] }[] {
  const groups = new Map<string, string[]>();
  for (const p of partners) {
    const list = groups.get(p.rol) ?? [];
    if (!list.includes(p.organisatie)) list.push(p.organisatie);
    groups.set(p.rol, list);
  }
  return [...groups].map(([rol, organisaties]) => ({ rol, organisaties }));
}

/**
 * A slug key as a Dutch label.
 *
 * @example slugLabel('werken-en-leren') // 'Werken en leren'
 */
export function slugLabel(slug: string): string {
  const text = slug.replace(/-/g, ' ');
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

/** The ambitions as rows with a label, in the order the editor wrote them. */
export function ambitieRijen(ambities: Record<string, number>): { slug: string; label: string; punten: number }[] {
  return Object.entries(ambities).map(([slug, punten]) => ({ slug, label: slugLabel(slug), punten }));
}

// ---------------------------------------------------------------------------
// Budget table.

/** One row of the budget table: an amount per year (undefined = nothing that year) and the row total. */
export interface BegrotingRij {
  label: string;
  toelichting?: string | undefined;
  status?: 'toegezegd' | 'aangevraagd' | undefined;
  bedragen: (number | undefined)[];
  totaal: number;
}

/** Everything the budget table shows, with years as columns; all totals computed from the lines. */
export interface BegrotingTabel {
  jaren: string[];
  posten: BegrotingRij[];
  kosten: { perJaar: number[]; totaal: number };
  dekking: BegrotingRij[];
  dekkingTotaal: { perJaar: number[]; totaal: number };
  /** Uncovered costs per year (0 when covered). */
  tekort: { perJaar: number[]; totaal: number };
  /** Costs up to and including each year. */
  kostenCumulatief: number[];
  overzicht: BegrotingOverzicht;
}

/** Builds the budget table of a project from its posten and dekking with summarizeBegroting. */
export function begrotingTabel(begroting: Begroting): BegrotingTabel {
  const overzicht = summarizeBegroting(begroting);
  const jaren = overzicht.jaren.map((j) => j.jaar);
  const rij = (label: string, bedragen: Record<string, number>, extra: Partial<BegrotingRij> = {}): BegrotingRij => ({
    label,
    ...extra,
    bedragen: jaren.map((jaar) => bedragen[jaar]),
    totaal: Math.round(Object.values(bedragen).reduce((a, b) => a + b, 0) * 100) / 100,
  });
  return {
    jaren,
    posten: begroting.posten.map((p) => rij(p.post, p.bedragen, { toelichting: p.toelichting })),
    kosten: { perJaar: overzicht.jaren.map((j) => j.kosten), totaal: overzicht.totaalKosten },
    dekking: (begroting.dekking ?? []).map((d) => rij(d.bron, d.bedragen, { status: d.status })),
    dekkingTotaal: { perJaar: overzicht.jaren.map((j) => j.dekking), totaal: overzicht.totaalDekking },
    tekort: { perJaar: overzicht.jaren.map((j) => j.tekort), totaal: overzicht.totaalTekort },
    kostenCumulatief: overzicht.jaren.map((j) => j.kostenCumulatief),
    overzicht,
  };
}

// ---------------------------------------------------------------------------
// Indicators.

/**
 * A percentage the Dutch way, with a decimal comma.
 *
 * @example formatPercentage(65) // '65%'
 * @example formatPercentage(84.25) // '84,3%'
 */
export function formatPercentage(value: number): string {
  return `${formatGetal(value, 1)}%`;
}

/**
 * Progress towards the target in percent (0 = at the baseline, 100 = target reached; may exceed 100).
 * With a baseline: the share of the distance from baseline to target covered. Without one: the value as
 * a share of the target (`hoger`), or the target as a share of the value (`lager`). Undefined without a
 * target or a current value; never below 0 (see `achteruit`).
 *
 * @example indicatorVoortgang({ nulmeting: 84, huidig: 86, streefwaarde: 95 }) // { procent: 18.18…, achteruit: false, bereikt: false }
 */
export function indicatorVoortgang(input: {
  nulmeting?: number | undefined;
  huidig?: number | undefined;
  streefwaarde?: number | undefined;
  richting?: 'hoger' | 'lager' | undefined;
}): { procent: number; achteruit: boolean; bereikt: boolean } | undefined {
  const { nulmeting, huidig, streefwaarde } = input;
  if (huidig === undefined || streefwaarde === undefined) return undefined;
  const lager = input.richting === 'lager' || (input.richting === undefined && nulmeting !== undefined && streefwaarde < nulmeting);
  const bereikt = lager ? huidig <= streefwaarde : huidig >= streefwaarde;
  let raw: number;
  if (nulmeting !== undefined && nulmeting !== streefwaarde) raw = ((huidig - nulmeting) / (streefwaarde - nulmeting)) * 100;
  else if (lager) raw = huidig <= 0 ? 100 : (streefwaarde / huidig) * 100;
  else raw = streefwaarde === 0 ? 100 : (huidig / streefwaarde) * 100;
  return { procent: Math.max(0, raw), achteruit: raw < 0, bereikt };
}

const periodeKey = (p: number | string) => String(p);

/** Measurements sorted by period (years before their quarters). */
export function sortMetingen<T extends { periode: number | string }>(metingen: readonly T[]): T[] {
  return [...metingen].sort((a, b) => periodeKey(a.periode).localeCompare(periodeKey(b.periode)));
}

/**
 * A measurement period as residents read it.
 *
 * @example formatMeetPeriode('2021-Q3') // '3e kwartaal 2021'
 * @example formatMeetPeriode('2021-H1') // '1e helft 2021'
 * @example formatMeetPeriode(2022) // '2022'
 */
export function formatMeetPeriode(periode: number | string): string {
  const text = String(periode);
  const half = /^(\d{4})-H([12])$/.exec(text);
  if (half) return `${half[2]}e helft ${half[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month) return `${MAANDEN[Number(month[2]) - 1]} ${month[1]}`;
  return formatPeriodeWaarde(text);
}

/** Statuses that count as "taking place" for derived indicators. */
const TELT_MEE: ReadonlySet<OccurrenceStatus> = new Set(['gepland', 'vol', 'verplaatst']);

/** What a derived count needs to know about an activity. */
export interface ActivityFacts {
  organisator?: string | undefined;
  themas: readonly string[];
  wijken: readonly string[];
}

export type Afgeleid = NonNullable<Indicator['afgeleid']>;

/** A number computed from the agenda, with everything needed to explain it. */
export interface AfgeleideTelling {
  waarde: number;
  /** Occurrences (or, for `activiteiten`, distinct activities) counted. */
  aantal: number;
  van: IsoDate;
  tot: IsoDate;
  /** What the count was divided by (4 weeks, 3 months, or 1). */
  deler: number;
  eenheid: string;
}

/** Window and divisor per kind of count: per week = next 4 weeks ÷ 4; per month = next 90 days ÷ 3. */
const TELLING_VENSTER = {
  'activiteiten-per-week': { dagen: 28, deler: 4, eenheid: 'per week' },
  'activiteiten-per-maand': { dagen: 90, deler: 3, eenheid: 'per maand' },
} as const;

/**
 * Counts from the agenda for a derived indicator. Only occurrences that take place (gepland, vol,
 * verplaatst) count. A `locatie` matches the occurrence's own place (after a one-day change); an
 * `initiatief` matches the activity's organisator; `thema` and `wijk` match the activity. `activiteiten`
 * counts distinct activities from today to `horizonEnd`.
 */
export function telAfgeleid(
  afgeleid: Afgeleid,
  occurrences: readonly Occurrence[],
  activities: ReadonlyMap<string, ActivityFacts>,
  today: IsoDate,
  horizonEnd: IsoDate,
): AfgeleideTelling {
  const matches = (o: Occurrence): boolean => {
    if (!TELT_MEE.has(o.status)) return false;
    if (afgeleid.locatie !== undefined && o.locatie !== afgeleid.locatie) return false;
    const a = activities.get(o.activiteit);
    if (afgeleid.initiatief !== undefined && a?.organisator !== afgeleid.initiatief) return false;
    if (afgeleid.thema !== undefined && !a?.themas.includes(afgeleid.thema)) return false;
    if (afgeleid.wijk !== undefined && !a?.wijken.includes(afgeleid.wijk)) return false;
    return true;
  };
  if (afgeleid.telling === 'activiteiten') {
    const slugs = new Set(occurrences.filter((o) => o.datum >= today && o.datum <= horizonEnd && matches(o)).map((o) => o.activiteit));
    return { waarde: slugs.size, aantal: slugs.size, van: today, tot: horizonEnd, deler: 1, eenheid: 'activiteiten' };
  }
  const venster = TELLING_VENSTER[afgeleid.telling];
  const tot = addDays(today, venster.dagen - 1);
  const aantal = occurrences.filter((o) => o.datum >= today && o.datum <= tot && matches(o)).length;
  return { waarde: Math.round((aantal / venster.deler) * 100) / 100, aantal, van: today, tot, deler: venster.deler, eenheid: venster.eenheid };
}

/** Names of what a derived count was limited to, for the explanation. */
export interface AfgeleidNamen {
  locatie?: string | undefined;
  initiatief?: string | undefined;
  thema?: string | undefined;
  wijk?: string | undefined;
}

/**
 * One or two sentences saying how a derived figure was computed and on which date.
 *
 * @example uitlegAfgeleid(telling, { telling: 'activiteiten-per-week', locatie: 'x' }, { locatie: 'De Wiershoeck' })
 * // 'Berekend op 25 november 2026 uit de agenda van deze site: 26 keer een activiteit in De Wiershoeck in de 4 weken van 25 november t/m 22 december 2026. 26 gedeeld door 4 is 6,5 per week.'
 */
export function uitlegAfgeleid(telling: AfgeleideTelling, afgeleid: Afgeleid, namen: AfgeleidNamen): string {
  const waar = [
    afgeleid.locatie !== undefined ? `in ${namen.locatie ?? afgeleid.locatie}` : undefined,
    afgeleid.initiatief !== undefined ? `van ${namen.initiatief ?? afgeleid.initiatief}` : undefined,
    afgeleid.thema !== undefined ? `met het thema ${namen.thema ?? afgeleid.thema}` : undefined,
    afgeleid.wijk !== undefined ? `in de wijk ${namen.wijk ?? afgeleid.wijk}` : undefined,
  ].filter(Boolean);
  const filter = waar.length > 0 ? ` ${waar.join(' ')}` : '';
  const bereik = formatDatumBereik(telling.van, telling.tot, { weekdag: false });
  const intro = `Berekend op ${formatDatumZonderWeekdag(telling.van)} uit de agenda van deze site:`;
  if (afgeleid.telling === 'activiteiten') {
    return `${intro} ${telling.aantal} ${telling.aantal === 1 ? 'activiteit' : 'verschillende activiteiten'}${filter} in de agenda van ${bereik}. Afgelaste data tellen niet mee.`;
  }
  const periode = afgeleid.telling === 'activiteiten-per-week' ? '4 weken' : '90 dagen';
  return (
    `${intro} ${telling.aantal} keer een activiteit${filter} in de ${periode} van ${bereik}. ` +
    `${telling.aantal} gedeeld door ${telling.deler} is ${formatGetal(telling.waarde, 1)} ${telling.eenheid}. Afgelaste data tellen niet mee.`
  );
}

// ---------------------------------------------------------------------------
// Programmes.

/** One deelproject row of a programme table. */
export interface DeelprojectRij {
  slug: string;
  naam: string;
  nummer?: number | undefined;
  periode?: string | undefined;
  /** Undefined when the deelproject has no budget. */
  kosten?: number | undefined;
  dekking?: number | undefined;
  tekort?: number | undefined;
  trekker?: string | undefined;
}

/**
 * The deelprojecten of a programme with their budget totals, and the sums over all of them.
 * `organisatieNaam` resolves a trekker's organisation when the trekker has no name.
 */
export function programmaOverzicht(
  children: readonly { slug: string; data: Project }[],
  organisatieNaam: (slug: string) => string | undefined = () => undefined,
): { rijen: DeelprojectRij[]; totaal: { kosten: number; dekking: number; tekort: number }; zonderBegroting: number } {
  const rijen = children.map(({ slug, data }): DeelprojectRij => {
    const sum = data.begroting ? summarizeBegroting(data.begroting) : undefined;
    const t = data.trekker;
    const trekkerOrg = t?.organisatie ? organisatieNaam(t.organisatie) : undefined;
    const trekker = t ? [...new Set([t.naam, trekkerOrg].filter(Boolean))].join(', ') || t.rol : undefined;
    return {
      slug,
      naam: data.naam,
      nummer: data.nummer,
      periode: data.periode ? formatPeriode(data.periode) : undefined,
      kosten: sum?.totaalKosten,
      dekking: sum?.totaalDekking,
      tekort: sum?.totaalTekort,
      trekker,
    };
  });
  const add = (key: 'kosten' | 'dekking' | 'tekort') => Math.round(rijen.reduce((a, r) => a + (r[key] ?? 0), 0) * 100) / 100;
  return {
    rijen,
    totaal: { kosten: add('kosten'), dekking: add('dekking'), tekort: add('tekort') },
    zonderBegroting: rijen.filter((r) => r.kosten === undefined).length,
  };
}

/** What the indicator table shows for one indicator. */
export interface IndicatorRij {
  indicator: Indicator;
  metingen: { periode: number | string; waarde: number }[];
  /** The value progress is measured on: the last measurement, else the derived count. */
  huidig?: { waarde: number; periode?: number | string | undefined; afgeleid: boolean } | undefined;
  voortgang?: ReturnType<typeof indicatorVoortgang>;
  telling?: AfgeleideTelling | undefined;
}

/** One indicator row: sorted measurements, the current value and the progress towards the target. */
export function indicatorRij(indicator: Indicator, telling?: AfgeleideTelling): IndicatorRij {
  const metingen = sortMetingen(indicator.metingen ?? []);
  const last = metingen.at(-1);
  const huidig = telling
    ? { waarde: telling.waarde, afgeleid: true }
    : last
      ? { waarde: last.waarde, periode: last.periode, afgeleid: false }
      : undefined;
  const voortgang = indicatorVoortgang({
    nulmeting: indicator.nulmeting?.waarde,
    huidig: huidig?.waarde,
    streefwaarde: indicator.streefwaarde,
    richting: indicator.richting,
  });
  return { indicator, metingen, huidig, voortgang, telling };
}

/**
 * A measured value with its unit.
 *
 * @example formatWaarde(84, '%') // '84%'
 * @example formatWaarde(6.5, 'per week') // '6,5 per week'
 */
export function formatWaarde(waarde: number, eenheid?: string): string {
  const getal = formatGetal(waarde, 2);
  if (!eenheid) return getal;
  return eenheid === '%' ? `${getal}%` : `${getal} ${eenheid}`;
}
