import { describe, expect, test } from 'vitest';
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import { serializeAgendaJson, toAgendaJsonItem, type AgendaJsonContext } from './agenda-json.ts';
import type { Occurrence } from './recurrence.ts';

const activities: Record<string, Partial<Activiteit>> = {
  koffie: { titel: 'Koffie', locatie: 'komin', themas: ['ontmoeting'], doelgroepen: ['iedereen'], kosten: 'gratis' },
  eten: { titel: 'Eten', locatie: 'bieb', kosten: { bedrag: 2.5 } },
  online: { titel: 'Online avond', online: 'https://meet.example.nl/x', kosten: { bedrag: 0, toelichting: 'gratis link' } },
};
const places: Record<string, Partial<Locatie>> = {
  komin: { naam: 'De Komin', adres: 'Melkweg 1', postcode: '9733 AB', plaats: 'Groningen', coordinaten: { lat: 1, lon: 2 } },
  bieb: { naam: 'De Oude Bieb', adres: 'Kardingerplein 3', plaats: 'Groningen' },
};
const CTX: AgendaJsonContext = {
  siteUrl: 'https://wijk.example.nl',
  activity: (slug) => activities[slug] as Activiteit | undefined,
  place: (slug) => places[slug] as Locatie | undefined,
  wijken: (slug) => (slug === 'koffie' ? ['beijum', 'lewenborg'] : []),
};

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** An occurrence; keys given as undefined are left out (as the engine does). */
const o = (extra: Loose<Occurrence>): Occurrence => strip({
  id: 'koffie/2026-12-01',
  activiteit: 'koffie',
  datum: '2026-12-01',
  start: '10:00',
  eind: '12:00',
  startIso: '2026-12-01T10:00:00+01:00',
  eindIso: '2026-12-01T12:00:00+01:00',
  status: 'gepland',
  locatie: 'komin',
  bron: 'regel',
  ...extra,
});

function strip(value: Record<string, unknown>): Occurrence {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as unknown as Occurrence;
}

describe('toAgendaJsonItem', () => {
  test('gives every field of DESIGN §6 in a fixed order', () => {
    const item = toAgendaJsonItem(o({}), CTX);
    expect(Object.keys(item)).toEqual(['id', 'activiteit', 'titel', 'start', 'eind', 'status', 'toelichting', 'locatie', 'online', 'wijken', 'themas', 'doelgroepen', 'kosten', 'url']);
    expect(item).toEqual({
      id: 'koffie/2026-12-01',
      activiteit: 'koffie',
      titel: 'Koffie',
      start: '2026-12-01T10:00:00+01:00',
      eind: '2026-12-01T12:00:00+01:00',
      status: 'gepland',
      toelichting: null,
      locatie: { slug: 'komin', naam: 'De Komin', adres: 'Melkweg 1', postcode: '9733 AB', plaats: 'Groningen' },
      online: null,
      wijken: ['beijum', 'lewenborg'],
      themas: ['ontmoeting'],
      doelgroepen: ['iedereen'],
      kosten: 'gratis',
      url: 'https://wijk.example.nl/agenda/koffie/',
    });
  });

  test('a moved occurrence has oorspronkelijke_start right after status', () => {
    const item = toAgendaJsonItem(
      o({ datum: '2026-12-03', startIso: '2026-12-03T10:00:00+01:00', status: 'verplaatst', oorspronkelijkeDatum: '2026-12-01', oorspronkelijkeStartIso: '2026-12-01T10:00:00+01:00', toelichting: 'Zaal bezet' }),
      CTX,
    );
    expect(Object.keys(item).slice(5, 8)).toEqual(['status', 'oorspronkelijke_start', 'toelichting']);
    expect(item.oorspronkelijke_start).toBe('2026-12-01T10:00:00+01:00');
    expect(item.toelichting).toBe('Zaal bezet');
  });

  test('an unknown end is null, a missing postcode is null and an amount keeps its toelichting (or null)', () => {
    const item = toAgendaJsonItem(o({ activiteit: 'eten', id: 'eten/2026-12-01', eind: undefined, eindIso: undefined, locatie: 'bieb' }), CTX);
    expect(item.eind).toBeNull();
    expect(item.locatie).toEqual({ slug: 'bieb', naam: 'De Oude Bieb', adres: 'Kardingerplein 3', postcode: null, plaats: 'Groningen' });
    expect(item.kosten).toEqual({ bedrag: 2.5, toelichting: null });
    expect(item.themas).toEqual([]);
    expect(item.kosten).not.toBe(activities.eten!.kosten);
  });

  test('an online activity has locatie null and its link in online', () => {
    const item = toAgendaJsonItem(o({ activiteit: 'online', id: 'online/2026-12-01', locatie: undefined }), CTX);
    expect(item.locatie).toBeNull();
    expect(item.online).toBe('https://meet.example.nl/x');
    expect(item.kosten).toEqual({ bedrag: 0, toelichting: 'gratis link' });
  });
});

describe('serializeAgendaJson', () => {
  test('writes a JSON array with one occurrence per line', () => {
    const items = [toAgendaJsonItem(o({}), CTX), toAgendaJsonItem(o({ id: 'koffie/2026-12-08' }), CTX)];
    const text = serializeAgendaJson(items);
    expect(text.split('\n')).toHaveLength(5);
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(items);
  });

  test('writes an empty array when there is nothing', () => {
    expect(serializeAgendaJson([])).toBe('[]\n');
  });
});
