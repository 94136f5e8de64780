/**
 * Agenda logic: grouping occurrences by day, the "this week and next week"
 * window, the no-JS filters, cost and accessibility facts, and the plain-text
 * agenda. Pure: `today` is always a parameter, nothing reads the clock.
 */
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Occurrence } from './recurrence.ts';
import {
  WEEKDAGEN,
  addDays,
  formatDatum,
  formatDatumBereik,
  formatTijd,
  startOfWeek,
  weekday,
  type IsoDate,
} from './dates.ts';
import { formatEuro } from './money.ts';
import { TOEGANKELIJKHEID } from '../schemas/common.ts';

/** The accessibility vocabulary in its fixed order (DESIGN §3.10). */
export const TOEGANKELIJKHEID_VOLGORDE = TOEGANKELIJKHEID;

export type Toegankelijkheid = (typeof TOEGANKELIJKHEID_VOLGORDE)[number];
export type Kosten = Activiteit['kosten'];

// ---------------------------------------------------------------------------
// Windows and grouping.

/** Occurrences of one local day. */
export interface DayGroup<T extends Pick<Occurrence, 'datum' | 'startIso'> = Occurrence> {
  datum: IsoDate;
  occurrences: T[];
}

/**
 * Groups occurrences by their local date, days ascending and each day sorted
 * by start (ties keep input order).
 *
 * @example groupByDay([{ datum: '2026-12-01', … }]) // [{ datum: '2026-12-01', occurrences: [ … ] }]
 */
export function groupByDay<T extends Pick<Occurrence, 'datum' | 'startIso'>>(occurrences: readonly T[]): DayGroup<T>[] {
  const byDay = new Map<IsoDate, T[]>();
  for (const o of occurrences) {
    const list = byDay.get(o.datum);
    if (list) list.push(o);
    else byDay.set(o.datum, [o]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([datum, list]) => ({ datum, occurrences: [...list].sort((x, y) => (x.startIso < y.startIso ? -1 : x.startIso > y.startIso ? 1 : 0)) }));
}

/** An inclusive range of local days. */
export interface DayRange {
  from: IsoDate;
  to: IsoDate;
}

/**
 * This week and next week, from today (not from Monday) to the Sunday of next week.
 *
 * @example weekWindow('2026-11-25') // { from: '2026-11-25', to: '2026-12-06' }
 */
export function weekWindow(today: IsoDate): DayRange {
  return { from: today, to: addDays(startOfWeek(today), 13) };
}

/**
 * The next `days` days including today.
 *
 * @example nextDays('2026-11-25', 14) // { from: '2026-11-25', to: '2026-12-08' }
 */
export function nextDays(today: IsoDate, days: number): DayRange {
  return { from: today, to: addDays(today, days - 1) };
}

/** Occurrences whose (possibly multi-day) span overlaps the range. */
export function occurrencesIn<T extends Pick<Occurrence, 'datum' | 'einddatum'>>(occurrences: readonly T[], range: DayRange): T[] {
  return occurrences.filter((o) => o.datum <= range.to && (o.einddatum ?? o.datum) >= range.from);
}

/** Occurrences that start in a `YYYY-MM` month. */
export function occurrencesInMonth<T extends Pick<Occurrence, 'datum'>>(occurrences: readonly T[], month: string): T[] {
  return occurrences.filter((o) => o.datum.startsWith(`${month}-`));
}

// ---------------------------------------------------------------------------
// Cost and accessibility.

/** True when joining costs nothing: `gratis` or an amount of € 0. A voluntary contribution is not "gratis". */
export function isFree(kosten: Kosten): boolean {
  if (kosten === 'gratis') return true;
  return typeof kosten === 'object' && kosten.bedrag === 0;
}

/**
 * The cost in plain Dutch, or undefined when the activity says nothing about it.
 *
 * @example formatKosten({ bedrag: 2.5, toelichting: 'incl. koffie' }) // '€ 2,50 (incl. koffie)'
 */
export function formatKosten(kosten: Kosten): string | undefined {
  if (kosten === undefined) return undefined;
  if (kosten === 'gratis') return 'gratis';
  if (kosten === 'vrijwillige-bijdrage') return 'vrijwillige bijdrage';
  const amount = kosten.bedrag === 0 ? 'gratis' : formatEuro(kosten.bedrag);
  return kosten.toelichting ? `${amount} (${kosten.toelichting})` : amount;
}

/**
 * What the activity and its place offer together, in vocabulary order, without duplicates.
 *
 * @example accessibilityOf(['ringleiding'], ['rolstoeltoegankelijk']) // ['rolstoeltoegankelijk', 'ringleiding']
 */
export function accessibilityOf(
  activity: readonly string[] | undefined,
  place: readonly string[] | undefined,
): Toegankelijkheid[] {
  const all = new Set([...(activity ?? []), ...(place ?? [])]);
  return TOEGANKELIJKHEID_VOLGORDE.filter((k) => all.has(k));
}

// ---------------------------------------------------------------------------
// Filters.

/** The filter kinds with a value (`/agenda/filter/<soort>/<waarde>/`). */
export type FilterSoortMetWaarde = 'wijk' | 'thema' | 'doelgroep' | 'weekdag';

/** One no-JS filter of the agenda. */
export type AgendaFilter =
  | { soort: FilterSoortMetWaarde; waarde: string }
  | { soort: 'gratis' }
  | { soort: 'toegankelijk' };

/** What a filter needs to know about one occurrence. */
export interface OccurrenceFacts {
  datum: IsoDate;
  wijken: readonly string[];
  themas: readonly string[];
  doelgroepen: readonly string[];
  kosten: Kosten;
  /** Union of the activity's and the occurrence's place's accessibility. */
  toegankelijkheid: readonly string[];
}

/** True when the occurrence belongs in the filtered view. */
export function matchesFilter(filter: AgendaFilter, facts: OccurrenceFacts): boolean {
  switch (filter.soort) {
    case 'wijk':
      return facts.wijken.includes(filter.waarde);
    case 'thema':
      return facts.themas.includes(filter.waarde);
    case 'doelgroep':
      return facts.doelgroepen.includes(filter.waarde);
    case 'weekdag':
      return WEEKDAGEN[weekday(facts.datum) - 1] === filter.waarde;
    case 'gratis':
      return isFree(facts.kosten);
    case 'toegankelijk':
      return facts.toegankelijkheid.includes('rolstoeltoegankelijk');
  }
}

/** The site path of a filter page. */
export function filterHref(filter: AgendaFilter): string {
  return 'waarde' in filter ? `/agenda/filter/${filter.soort}/${filter.waarde}/` : `/agenda/filter/${filter.soort}/`;
}

// ---------------------------------------------------------------------------
// Labels.

/** How an occurrence's time reads: '10.00 – 12.00 uur', 'hele dag', or with the last day of a multi-day event. */
export function formatOccurrenceTime(o: Pick<Occurrence, 'datum' | 'einddatum' | 'start' | 'eind'>): string {
  const time = o.start === undefined ? undefined : formatTijd(o.eind === undefined ? { start: o.start } : { start: o.start, eind: o.eind });
  if (o.einddatum !== undefined && o.einddatum !== o.datum) {
    const range = `t/m ${formatDatum(o.einddatum)}`;
    return time ? `${time}, ${range}` : `hele dag, ${range}`;
  }
  return time ?? 'hele dag';
}

/** The short status label shown next to an occurrence, or undefined when it simply goes ahead. */
export function statusLabel(o: Pick<Occurrence, 'status'>): string | undefined {
  switch (o.status) {
    case 'geannuleerd':
      return 'Gaat niet door';
    case 'vol':
      return 'Vol';
    case 'verplaatst':
      return 'Verplaatst';
    default:
      return undefined;
  }
}

/**
 * The full status text, as plain text (for feeds and the text agenda).
 *
 * @example statusText({ status: 'verplaatst', oorspronkelijkeDatum: '2026-12-01' }) // 'Verplaatst (was dinsdag 1 december 2026)'
 */
export function statusText(o: Pick<Occurrence, 'status' | 'toelichting' | 'oorspronkelijkeDatum'>): string | undefined {
  const label = statusLabel(o);
  if (label === undefined) return undefined;
  const was = o.status === 'verplaatst' && o.oorspronkelijkeDatum ? ` (was ${formatDatum(o.oorspronkelijkeDatum)})` : '';
  const why = o.toelichting ? `: ${o.toelichting}` : '';
  return `${label}${was}${why}`;
}

// ---------------------------------------------------------------------------
// Plain-text agenda.

/** One line of the text agenda. */
export interface TextItem {
  datum: IsoDate;
  startIso: string;
  tijd: string;
  titel: string;
  plaats?: string | undefined;
  status?: string | undefined;
  kosten?: string | undefined;
  url: string;
}

/** Input of `buildAgendaText`. */
export interface AgendaTextInput {
  siteNaam: string;
  siteUrl: string;
  range: DayRange;
  items: readonly TextItem[];
  contact?: string | undefined;
}

/**
 * The agenda as plain text for newsletters: a heading, one block per day, one
 * paragraph per occurrence, ending with a line break. Days without items are left out.
 */
export function buildAgendaText(input: AgendaTextInput): string {
  const lines: string[] = [];
  const title = `Agenda ${input.siteNaam}`;
  lines.push(title, '='.repeat(title.length));
  lines.push(formatDatumBereik(input.range.from, input.range.to));
  if (input.contact) lines.push(input.contact);
  lines.push('');
  const days = groupByDay(input.items);
  if (days.length === 0) lines.push('In deze periode staat er niets in de agenda.', '');
  for (const day of days) {
    const heading = capitalize(formatDatum(day.datum));
    lines.push(heading, '-'.repeat(heading.length));
    for (const item of day.occurrences) {
      const status = item.status ? `[${item.status}] ` : '';
      lines.push(`${item.tijd}  ${status}${oneLine(item.titel)}`);
      const details = oneLine([item.plaats, item.kosten].filter(Boolean).join(', '));
      if (details) lines.push(`  ${details}`);
      lines.push(`  ${item.url}`);
    }
    lines.push('');
  }
  lines.push(`Hele agenda: ${input.siteUrl}/agenda/`);
  return lines.join('\n') + '\n';
}

/** Line breaks (and U+2028/2029) in content become spaces, so a title cannot fake an extra agenda line. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The first letter in upper case ('dinsdag …' → 'Dinsdag …'). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('nl') + text.slice(1);
}

// ---------------------------------------------------------------------------
// Activity page helpers.

/**
 * A plain OpenStreetMap link (no map tiles on our pages): a marker on the
 * coordinates when known, else a search for the address.
 *
 * @example osmUrl({ adres: 'Wiersstraat 1', plaats: 'Groningen', coordinaten: { lat: 53.2, lon: 6.6 } })
 * // 'https://www.openstreetmap.org/?mlat=53.2&mlon=6.6#map=18/53.2/6.6'
 */
export function osmUrl(place: {
  adres: string;
  postcode?: string | undefined;
  plaats: string;
  coordinaten?: { lat: number; lon: number } | undefined;
}): string {
  if (place.coordinaten) {
    const { lat, lon } = place.coordinaten;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;
  }
  const query = [place.adres, [place.postcode, place.plaats].filter(Boolean).join(' ')].join(', ');
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
}

/**
 * The link text for a sign-up address, saying how you sign up.
 *
 * @example signUpText('mailto:info@example.nl') // 'Stuur een e-mail naar info@example.nl'
 * @example signUpText('tel:050 123 4567')       // 'Bel 050 123 4567'
 * @example signUpText('https://example.nl/x')    // 'Meld je aan op example.nl'
 */
export function signUpText(via: string): string {
  const lower = via.toLowerCase();
  if (lower.startsWith('mailto:')) return `Stuur een e-mail naar ${via.slice(7).split('?')[0]}`;
  if (lower.startsWith('tel:')) return `Bel ${via.slice(4)}`;
  try {
    return `Meld je aan op ${new URL(via).host.replace(/^www\./, '')}`;
  } catch {
    return 'Meld je aan';
  }
}

/** A `tel:` href without spaces, for a Dutch phone number as written. */
export function telHref(telefoon: string): string {
  return `tel:${telefoon.replace(/[^\d+]/g, '')}`;
}
