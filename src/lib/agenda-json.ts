/**
 * `/agenda.json`: every occurrence from today to the horizon as open data
 * (DESIGN §6). One object per occurrence, keys always in the same order and
 * always present (null when unknown), so consumers and diffs can rely on the
 * shape. Pure: the caller passes the occurrences and look-ups.
 */
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Occurrence, OccurrenceStatus } from './recurrence.ts';

/** A place in the feed. */
export interface AgendaJsonLocatie {
  slug: string;
  naam: string;
  adres: string;
  postcode: string | null;
  plaats: string;
}

/** Cost as the content says it; an amount is in euros. */
export type AgendaJsonKosten = 'gratis' | 'vrijwillige-bijdrage' | { bedrag: number; toelichting: string | null } | null;

/** One occurrence in `/agenda.json`. */
export interface AgendaJsonItem {
  /** Stable across builds: `<activiteit>/<original date>`. */
  id: string;
  activiteit: string;
  titel: string;
  /** ISO 8601 with offset; midnight for whole-day occurrences. */
  start: string;
  eind: string | null;
  status: OccurrenceStatus;
  /** Only on moved occurrences (`status: verplaatst` because of a new date). */
  oorspronkelijke_start?: string;
  /** Why it is cancelled, full, moved or changed; null when nothing to say. */
  toelichting: string | null;
  locatie: AgendaJsonLocatie | null;
  /** Link of an online activity (then `locatie` is null). */
  online: string | null;
  wijken: string[];
  themas: string[];
  doelgroepen: string[];
  kosten: AgendaJsonKosten;
  /** The activity's page. */
  url: string;
}

/** Look-ups the converter needs. */
export interface AgendaJsonContext {
  siteUrl: string;
  activity: (slug: string) => Activiteit | undefined;
  place: (slug: string) => Locatie | undefined;
  /** Resolved wijken of an activity (its own, else its locatie's). */
  wijken: (slug: string) => readonly string[];
}

function locatieOf(slug: string | undefined, place: Locatie | undefined): AgendaJsonLocatie | null {
  if (slug === undefined || place === undefined) return null;
  return { slug, naam: place.naam, adres: place.adres, postcode: place.postcode ?? null, plaats: place.plaats };
}

function kostenOf(kosten: Activiteit['kosten']): AgendaJsonKosten {
  if (kosten === undefined) return null;
  if (typeof kosten === 'string') return kosten;
  return { bedrag: kosten.bedrag, toelichting: kosten.toelichting ?? null };
}

/** One occurrence as a feed object, with keys in a fixed order. */
export function toAgendaJsonItem(o: Occurrence, ctx: AgendaJsonContext): AgendaJsonItem {
  const a = ctx.activity(o.activiteit);
  const locatie = locatieOf(o.locatie, o.locatie === undefined ? undefined : ctx.place(o.locatie));
  return {
    id: o.id,
    activiteit: o.activiteit,
    titel: a?.titel ?? o.activiteit,
    start: o.startIso,
    eind: o.eindIso ?? null,
    status: o.status,
    ...(o.oorspronkelijkeStartIso === undefined ? {} : { oorspronkelijke_start: o.oorspronkelijkeStartIso }),
    toelichting: o.toelichting ?? null,
    locatie,
    online: locatie === null ? (a?.online ?? null) : null,
    wijken: [...ctx.wijken(o.activiteit)],
    themas: [...(a?.themas ?? [])],
    doelgroepen: [...(a?.doelgroepen ?? [])],
    kosten: kostenOf(a?.kosten),
    url: `${ctx.siteUrl}/agenda/${o.activiteit}/`,
  };
}

/**
 * The file text: a JSON array with one occurrence per line (compact, yet
 * readable in a diff), in the order given (the site's order: by start).
 */
export function serializeAgendaJson(items: readonly AgendaJsonItem[]): string {
  if (items.length === 0) return '[]\n';
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}
