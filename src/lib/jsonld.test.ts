import { describe, expect, test } from 'vitest';
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Occurrence } from './recurrence.ts';
import { buildActivityJsonLd, buildPlace, serializeJsonLd, type ActivityJsonLdInput, type JsonLd } from './jsonld.ts';

const place: Locatie = { naam: 'De Wiershoeck', adres: 'Wiersstraat 1', postcode: '9735 AB', plaats: 'Groningen', coordinaten: { lat: 53.24, lon: 6.61 } };

const koffie: Activiteit = {
  titel: 'Koffieochtend',
  samenvatting: 'Elke dinsdag koffie en een praatje.',
  locatie: 'de-wiershoeck',
  herhaling: { elke: 'week', dagen: ['dinsdag'], tijd: '10:00-12:00', vanaf: '2026-01-06', behalve: ['2026-12-29'] },
  kosten: 'gratis',
  status: 'gepland',
} as Activiteit;

const occurrence = (datum: string, extra: Partial<Occurrence> = {}): Occurrence => ({
  id: `koffie/${datum}`,
  activiteit: 'koffie',
  datum,
  start: '10:00',
  eind: '12:00',
  startIso: `${datum}T10:00:00+01:00`,
  eindIso: `${datum}T12:00:00+01:00`,
  status: 'gepland',
  locatie: 'de-wiershoeck',
  bron: 'regel',
  ...extra,
});

const input = (over: Partial<ActivityJsonLdInput> = {}): ActivityJsonLdInput => ({
  slug: 'koffie',
  activity: koffie,
  url: 'https://example.nl/agenda/koffie/',
  occurrences: [occurrence('2026-12-01'), occurrence('2026-12-08')],
  places: new Map([['de-wiershoeck', place]]),
  organizer: { name: 'Bewonersorganisatie', url: 'https://example.nl/organisaties/bo/' },
  tz: 'Europe/Amsterdam',
  exceptDates: ['2026-12-29', '2026-12-22'],
  ...over,
});

const graphOf = (ld: JsonLd | undefined) => (ld?.['@graph'] ?? []) as JsonLd[];
const eventsOf = (ld: JsonLd | undefined) => graphOf(ld).filter((n) => n['@type'] === 'Event');

describe('buildActivityJsonLd', () => {
  test('every Event has the fields Google requires: name, startDate and a location with an address', () => {
    const events = eventsOf(buildActivityJsonLd(input()));
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e['name']).toBe('Koffieochtend');
      expect(e['startDate']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      const location = e['location'] as JsonLd;
      expect(location['@type']).toBe('Place');
      expect(location['address']).toMatchObject({ '@type': 'PostalAddress', streetAddress: 'Wiersstraat 1', addressCountry: 'NL' });
    }
  });

  test('an Event carries the recommended fields', () => {
    const [e] = eventsOf(buildActivityJsonLd(input()));
    expect(e).toMatchObject({
      description: 'Elke dinsdag koffie en een praatje.',
      endDate: '2026-12-01T12:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'Organization', name: 'Bewonersorganisatie', url: 'https://example.nl/organisaties/bo/' },
      isAccessibleForFree: true,
      inLanguage: 'nl',
      url: 'https://example.nl/agenda/koffie/',
    });
    expect(e).not.toHaveProperty('offers');
  });

  test('describes at most ten occurrences', () => {
    const many = Array.from({ length: 15 }, (_, i) => occurrence(`2027-01-${String(i + 1).padStart(2, '0')}`));
    expect(eventsOf(buildActivityJsonLd(input({ occurrences: many })))).toHaveLength(10);
  });

  test('a cancelled occurrence is EventCancelled', () => {
    const [e] = eventsOf(buildActivityJsonLd(input({ occurrences: [occurrence('2026-12-01', { status: 'geannuleerd' })] })));
    expect(e!['eventStatus']).toBe('https://schema.org/EventCancelled');
  });

  test('a moved occurrence is EventRescheduled with its previous start', () => {
    const moved = occurrence('2026-12-03', { status: 'verplaatst', oorspronkelijkeDatum: '2026-12-01', oorspronkelijkeStartIso: '2026-12-01T10:00:00+01:00' });
    const [e] = eventsOf(buildActivityJsonLd(input({ occurrences: [moved] })));
    expect(e).toMatchObject({ eventStatus: 'https://schema.org/EventRescheduled', previousStartDate: '2026-12-01T10:00:00+01:00' });
  });

  test('a full occurrence stays scheduled and offers nothing more: SoldOut', () => {
    const [e] = eventsOf(buildActivityJsonLd(input({ occurrences: [occurrence('2026-12-01', { status: 'vol' })] })));
    expect(e!['eventStatus']).toBe('https://schema.org/EventScheduled');
    expect(e!['offers']).toMatchObject({ price: '0.00', priceCurrency: 'EUR', availability: 'https://schema.org/SoldOut' });
  });

  test('a price becomes an Offer in euros and the event is not free', () => {
    const paid = { ...koffie, kosten: { bedrag: 2.5, toelichting: 'inclusief koffie' } } as Activiteit;
    const [e] = eventsOf(buildActivityJsonLd(input({ activity: paid })));
    expect(e!['isAccessibleForFree']).toBe(false);
    expect(e!['offers']).toMatchObject({ '@type': 'Offer', price: '2.50', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' });
  });

  test('an online activity has a VirtualLocation and the online attendance mode', () => {
    const online = { ...koffie, locatie: undefined, online: 'https://meet.example.nl/koffie' } as unknown as Activiteit;
    const [e] = eventsOf(buildActivityJsonLd(input({ activity: online, occurrences: [occurrence('2026-12-01', { locatie: undefined } as never)] })));
    expect(e).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://meet.example.nl/koffie' },
    });
  });

  test('an occurrence at another place uses that place', () => {
    const other: Locatie = { naam: 'De Oude Bieb', adres: 'Bieblaan 2', plaats: 'Groningen' };
    const places = new Map([['de-wiershoeck', place], ['de-oude-bieb', other]]);
    const [e] = eventsOf(buildActivityJsonLd(input({ places, occurrences: [occurrence('2026-12-01', { locatie: 'de-oude-bieb' })] })));
    expect((e!['location'] as JsonLd)['name']).toBe('De Oude Bieb');
  });

  test('a whole-day occurrence has a date without time', () => {
    const day = occurrence('2026-12-05', { start: undefined, eind: undefined, eindIso: undefined, startIso: '2026-12-05T00:00:00+01:00', einddatum: '2026-12-06' } as never);
    const [e] = eventsOf(buildActivityJsonLd(input({ activity: { ...koffie, herhaling: undefined } as Activiteit, occurrences: [day] })));
    expect(e).toMatchObject({ startDate: '2026-12-05', endDate: '2026-12-06' });
  });

  test('languages and image are passed on', () => {
    const multi = { ...koffie, talen: ['nl', 'ar'] } as Activiteit;
    const [e] = eventsOf(buildActivityJsonLd(input({ activity: multi, image: 'https://example.nl/koffie.jpg' })));
    expect(e).toMatchObject({ inLanguage: ['nl', 'ar'], image: ['https://example.nl/koffie.jpg'] });
  });

  test('a recurring activity gets an EventSeries with a weekly schedule, and its Events point at it', () => {
    const graph = graphOf(buildActivityJsonLd(input()));
    const series = graph.find((n) => n['@type'] === 'EventSeries')!;
    expect(series['eventSchedule']).toEqual({
      '@type': 'Schedule',
      repeatFrequency: 'P1W',
      startDate: '2026-01-06',
      scheduleTimezone: 'Europe/Amsterdam',
      byDay: ['https://schema.org/Tuesday'],
      startTime: '10:00:00',
      endTime: '12:00:00',
      exceptDate: ['2026-12-22', '2026-12-29'],
    });
    expect(eventsOf({ '@graph': graph })[0]!['superEvent']).toEqual({ '@id': series['@id'] });
  });

  test.each([
    [{ elke: '2-weken', dagen: ['maandag'] }, { repeatFrequency: 'P2W', byDay: ['https://schema.org/Monday'] }],
    [{ elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }, { repeatFrequency: 'P1M', byMonthWeek: -1 }],
    [{ elke: 'maand', dagen: ['zondag'], week_van_de_maand: ['tweede', 'vierde'] }, { repeatFrequency: 'P1M', byMonthWeek: [2, 4] }],
    [{ elke: 'dag' }, { repeatFrequency: 'P1D' }],
  ])('schedule of %j', (herhaling, expected) => {
    const activity = { ...koffie, herhaling: { vanaf: '2026-01-05', tijd: '10:00', ...herhaling } } as Activiteit;
    const series = graphOf(buildActivityJsonLd(input({ activity, exceptDates: [] }))).find((n) => n['@type'] === 'EventSeries')!;
    expect(series['eventSchedule']).toMatchObject(expected);
    expect(series['eventSchedule']).not.toHaveProperty('exceptDate');
  });

  test('a one-off activity has no series', () => {
    const single = { ...koffie, herhaling: undefined, datum: '2026-12-01', tijd: '10:00-12:00' } as Activiteit;
    const graph = graphOf(buildActivityJsonLd(input({ activity: single, occurrences: [occurrence('2026-12-01')] })));
    expect(graph.map((n) => n['@type'])).toEqual(['Event']);
  });

  test('nothing to describe gives undefined', () => {
    const single = { ...koffie, herhaling: undefined, datum: '2025-12-01' } as Activiteit;
    expect(buildActivityJsonLd(input({ activity: single, occurrences: [] }))).toBeUndefined();
  });
});

describe('buildPlace', () => {
  test('leaves out the postcode when unknown and adds coordinates when known', () => {
    expect(buildPlace({ naam: 'X', adres: 'Straat 1', plaats: 'Groningen' })).toEqual({
      '@type': 'Place',
      name: 'X',
      address: { '@type': 'PostalAddress', streetAddress: 'Straat 1', addressLocality: 'Groningen', addressCountry: 'NL' },
    });
    expect(buildPlace(place)['geo']).toEqual({ '@type': 'GeoCoordinates', latitude: 53.24, longitude: 6.61 });
  });
});

describe('serializeJsonLd', () => {
  test('a title containing </script> cannot close the script element', () => {
    const text = serializeJsonLd({ name: 'Feest </script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
    expect(JSON.parse(text)).toEqual({ name: 'Feest </script><script>alert(1)</script>' });
  });

  test('escapes <!-- too, and leaves other text alone', () => {
    expect(serializeJsonLd({ a: '<!-- x & "y"' })).toBe('{"a":"\\u003c!-- x & \\"y\\""}');
  });
});
