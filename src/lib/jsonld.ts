/**
 * schema.org Event JSON-LD for an activity page (DESIGN §6): one `Event` per
 * upcoming occurrence (Google reads only dated Events) and, for recurring
 * activities, an `EventSeries` with an `eventSchedule`.
 *
 * References: https://schema.org/Event, https://schema.org/Schedule,
 * https://developers.google.com/search/docs/appearance/structured-data/event
 */
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Occurrence } from './recurrence.ts';
import { isFree } from './agenda.ts';

const SCHEMA = 'https://schema.org/';

/** JSON-LD is plain data. */
export type JsonLd = Record<string, unknown>;

/** Input of `buildActivityJsonLd`. */
export interface ActivityJsonLdInput {
  slug: string;
  activity: Activiteit;
  /** Absolute URL of the activity page. */
  url: string;
  /** The occurrences to describe (at most `max` are used). */
  occurrences: readonly Occurrence[];
  /** Places by slug (the occurrence's place may differ from the activity's). */
  places: ReadonlyMap<string, Locatie>;
  organizer?: { name: string; url: string } | undefined;
  /** Site time zone, for the schedule. */
  tz: string;
  /** Dates the recurring pattern skips (holidays, behalve, cancelled, moved away). */
  exceptDates?: readonly string[];
  /** Absolute image URL, when the activity has an image. */
  image?: string | undefined;
  /** Maximum number of Events; default 10. */
  max?: number;
}

const FREQUENCY = { week: 'P1W', '2-weken': 'P2W', maand: 'P1M', dag: 'P1D' } as const;
const DAY_URL = {
  maandag: `${SCHEMA}Monday`,
  dinsdag: `${SCHEMA}Tuesday`,
  woensdag: `${SCHEMA}Wednesday`,
  donderdag: `${SCHEMA}Thursday`,
  vrijdag: `${SCHEMA}Friday`,
  zaterdag: `${SCHEMA}Saturday`,
  zondag: `${SCHEMA}Sunday`,
} as const;
const MONTH_WEEK = { eerste: 1, tweede: 2, derde: 3, vierde: 4, laatste: -1 } as const;
const STATUS = {
  gepland: `${SCHEMA}EventScheduled`,
  vol: `${SCHEMA}EventScheduled`,
  geannuleerd: `${SCHEMA}EventCancelled`,
  verplaatst: `${SCHEMA}EventRescheduled`,
} as const;

/**
 * The JSON-LD graph of an activity page, or undefined when there is nothing to describe
 * (no occurrences and no recurring pattern).
 */
export function buildActivityJsonLd(input: ActivityJsonLdInput): JsonLd | undefined {
  const { activity: a } = input;
  const seriesId = `${input.url}#reeks`;
  const series = a.herhaling ? buildSeries(input, seriesId) : undefined;
  const events = input.occurrences.slice(0, input.max ?? 10).map((o) => {
    const event = buildEvent(input, o);
    if (series) event['superEvent'] = { '@id': seriesId };
    return event;
  });
  const graph = [...(series ? [series] : []), ...events];
  if (graph.length === 0) return undefined;
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** One dated Event. */
export function buildEvent(input: ActivityJsonLdInput, o: Occurrence): JsonLd {
  const a = input.activity;
  const event: JsonLd = {
    '@type': 'Event',
    '@id': `${input.url}#${o.id.slice(o.id.lastIndexOf('/') + 1)}`,
    name: a.titel,
    description: a.samenvatting,
    startDate: o.start ? o.startIso : o.datum,
  };
  const end = o.eindIso ?? (o.einddatum && !o.start ? o.einddatum : undefined);
  if (end) event['endDate'] = end;
  event['eventStatus'] = STATUS[o.status];
  if (o.status === 'verplaatst' && o.oorspronkelijkeStartIso) event['previousStartDate'] = o.oorspronkelijkeStartIso;
  Object.assign(event, commonFields(input, o.locatie, o.status === 'vol'));
  return event;
}

function buildSeries(input: ActivityJsonLdInput, id: string): JsonLd {
  const a = input.activity;
  const h = a.herhaling!;
  const [startTime, endTime] = (h.tijd ?? a.tijd ?? '').split('-');
  const schedule: JsonLd = {
    '@type': 'Schedule',
    repeatFrequency: FREQUENCY[h.elke],
    startDate: h.vanaf,
    scheduleTimezone: input.tz,
  };
  if (h.tot_en_met) schedule['endDate'] = h.tot_en_met;
  if (h.elke !== 'dag' && h.dagen?.length) schedule['byDay'] = h.dagen.map((d) => DAY_URL[d]);
  if (h.elke === 'maand' && h.week_van_de_maand !== undefined) {
    const weeks = (Array.isArray(h.week_van_de_maand) ? h.week_van_de_maand : [h.week_van_de_maand]).map((w) => MONTH_WEEK[w]);
    schedule['byMonthWeek'] = weeks.length === 1 ? weeks[0] : weeks;
  }
  if (startTime) schedule['startTime'] = `${startTime}:00`;
  if (endTime) schedule['endTime'] = `${endTime}:00`;
  const except = [...new Set(input.exceptDates ?? [])].sort();
  if (except.length > 0) schedule['exceptDate'] = except;

  const series: JsonLd = {
    '@type': 'EventSeries',
    '@id': id,
    name: a.titel,
    description: a.samenvatting,
    startDate: h.vanaf,
  };
  if (h.tot_en_met) series['endDate'] = h.tot_en_met;
  series['eventSchedule'] = schedule;
  Object.assign(series, commonFields(input, a.locatie, false));
  return series;
}

/** Fields shared by the series and each Event: place, organiser, cost, language, url, image. */
function commonFields(input: ActivityJsonLdInput, placeSlug: string | undefined, soldOut: boolean): JsonLd {
  const a = input.activity;
  const fields: JsonLd = {};
  const place = placeSlug ? input.places.get(placeSlug) : undefined;
  if (place) {
    fields['eventAttendanceMode'] = `${SCHEMA}OfflineEventAttendanceMode`;
    fields['location'] = buildPlace(place);
  } else if (a.online) {
    fields['eventAttendanceMode'] = `${SCHEMA}OnlineEventAttendanceMode`;
    fields['location'] = { '@type': 'VirtualLocation', url: a.online };
  }
  if (input.organizer) fields['organizer'] = { '@type': 'Organization', name: input.organizer.name, url: input.organizer.url };

  // A voluntary contribution is free to attend: nobody is turned away for not paying.
  const free = isFree(a.kosten) || a.kosten === 'vrijwillige-bijdrage';
  if (a.kosten !== undefined) fields['isAccessibleForFree'] = free;
  const price = typeof a.kosten === 'object' ? a.kosten.bedrag : free ? 0 : undefined;
  // An Offer for a price, and for a full occurrence (availability SoldOut) even when it is free.
  if (typeof a.kosten === 'object' || soldOut) {
    const offer: JsonLd = { '@type': 'Offer' };
    if (price !== undefined) {
      offer['price'] = price.toFixed(2);
      offer['priceCurrency'] = 'EUR';
    }
    offer['availability'] = `${SCHEMA}${soldOut ? 'SoldOut' : 'InStock'}`;
    offer['url'] = input.url;
    fields['offers'] = offer;
  }
  if (a.aanmelden?.max_deelnemers) fields['maximumAttendeeCapacity'] = a.aanmelden.max_deelnemers;
  const talen = a.talen?.length ? a.talen : ['nl'];
  fields['inLanguage'] = talen.length === 1 ? talen[0] : talen;
  fields['url'] = input.url;
  if (input.image) fields['image'] = [input.image];
  return fields;
}

/** A `Place` with its `PostalAddress` and, when known, its coordinates. */
export function buildPlace(place: Locatie): JsonLd {
  const address: JsonLd = { '@type': 'PostalAddress', streetAddress: place.adres };
  if (place.postcode) address['postalCode'] = place.postcode;
  address['addressLocality'] = place.plaats;
  address['addressCountry'] = 'NL';
  const result: JsonLd = { '@type': 'Place', name: place.naam, address };
  if (place.coordinaten) result['geo'] = { '@type': 'GeoCoordinates', latitude: place.coordinaten.lat, longitude: place.coordinaten.lon };
  return result;
}

/**
 * JSON-LD as text that is safe inside `<script type="application/ld+json">`:
 * every `<` becomes `\u003c`, so a title containing `</script>` cannot end the element.
 * BaseLayout uses exactly this transformation.
 *
 * @example serializeJsonLd({ name: '</script>' }) // '{"name":"\\u003c/script>"}'
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
