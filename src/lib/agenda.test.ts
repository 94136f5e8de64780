import { describe, expect, test } from 'vitest';
import {
  accessibilityOf,
  buildAgendaText,
  capitalize,
  filterHref,
  formatKosten,
  formatOccurrenceTime,
  groupByDay,
  isFree,
  matchesFilter,
  nextDays,
  occurrencesIn,
  occurrencesInMonth,
  osmUrl,
  signUpText,
  telHref,
  statusLabel,
  statusText,
  weekWindow,
  type OccurrenceFacts,
} from './agenda.ts';

const occ = (datum: string, start = '10:00', extra: Record<string, unknown> = {}) => ({
  id: `x/${datum}/${start}`,
  datum,
  startIso: `${datum}T${start}:00+01:00`,
  ...extra,
});

describe('groupByDay', () => {
  test('puts occurrences of the same day together, days ascending', () => {
    const groups = groupByDay([occ('2026-12-02'), occ('2026-12-01', '14:00'), occ('2026-12-01', '09:00')]);
    expect(groups.map((g) => g.datum)).toEqual(['2026-12-01', '2026-12-02']);
    expect(groups[0]!.occurrences.map((o) => o.startIso)).toEqual(['2026-12-01T09:00:00+01:00', '2026-12-01T14:00:00+01:00']);
  });

  test('returns no groups for no occurrences', () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe('weekWindow', () => {
  test.each([
    ['2026-11-25', '2026-11-25', '2026-12-06'], // Wednesday
    ['2026-11-23', '2026-11-23', '2026-12-06'], // Monday: two full weeks
    ['2026-11-29', '2026-11-29', '2026-12-06'], // Sunday: today plus next week
    ['2026-12-28', '2026-12-28', '2027-01-10'], // over the year boundary
  ])('from %s runs %s to %s', (today, from, to) => {
    expect(weekWindow(today)).toEqual({ from, to });
  });
});

describe('nextDays', () => {
  test('counts today as the first day', () => {
    expect(nextDays('2026-11-25', 14)).toEqual({ from: '2026-11-25', to: '2026-12-08' });
  });
});

describe('occurrencesIn', () => {
  test('keeps a multi-day occurrence that started before the range', () => {
    const list = [occ('2026-11-20', '10:00', { einddatum: '2026-11-26' }), occ('2026-11-24'), occ('2026-12-07')];
    expect(occurrencesIn(list, { from: '2026-11-25', to: '2026-12-06' }).map((o) => o.datum)).toEqual(['2026-11-20']);
  });

  test('includes both ends of the range', () => {
    const list = [occ('2026-11-25'), occ('2026-12-06')];
    expect(occurrencesIn(list, { from: '2026-11-25', to: '2026-12-06' })).toHaveLength(2);
  });
});

describe('occurrencesInMonth', () => {
  test('keeps only occurrences starting in that month', () => {
    const list = [occ('2026-11-30'), occ('2026-12-01'), occ('2026-12-31'), occ('2027-01-01')];
    expect(occurrencesInMonth(list, '2026-12').map((o) => o.datum)).toEqual(['2026-12-01', '2026-12-31']);
  });
});

describe('isFree', () => {
  test.each([
    ['gratis', true],
    ['vrijwillige-bijdrage', false],
    [undefined, false],
    [{ bedrag: 0 }, true],
    [{ bedrag: 2.5 }, false],
  ] as const)('%j is free: %s', (kosten, expected) => {
    expect(isFree(kosten)).toBe(expected);
  });
});

describe('formatKosten', () => {
  test.each([
    ['gratis', 'gratis'],
    ['vrijwillige-bijdrage', 'vrijwillige bijdrage'],
    [{ bedrag: 2.5 }, '€ 2,50'],
    [{ bedrag: 2.5, toelichting: 'inclusief koffie' }, '€ 2,50 (inclusief koffie)'],
    [undefined, undefined],
  ] as const)('%j reads %j', (kosten, expected) => {
    expect(formatKosten(kosten)).toBe(expected);
  });
});

describe('accessibilityOf', () => {
  test('joins activity and place facts in vocabulary order without duplicates', () => {
    expect(accessibilityOf(['ringleiding', 'lift'], ['lift', 'rolstoeltoegankelijk'])).toEqual(['rolstoeltoegankelijk', 'ringleiding', 'lift']);
  });

  test('works when one side is missing', () => {
    expect(accessibilityOf(undefined, ['prikkelarm'])).toEqual(['prikkelarm']);
    expect(accessibilityOf(undefined, undefined)).toEqual([]);
  });
});

describe('matchesFilter', () => {
  const facts: OccurrenceFacts = {
    datum: '2026-12-01', // a Tuesday
    wijken: ['beijum'],
    themas: ['ontmoeting'],
    doelgroepen: ['ouderen'],
    kosten: 'gratis',
    toegankelijkheid: ['rolstoeltoegankelijk'],
  };

  test.each([
    [{ soort: 'wijk', waarde: 'beijum' }, true],
    [{ soort: 'wijk', waarde: 'selwerd' }, false],
    [{ soort: 'thema', waarde: 'ontmoeting' }, true],
    [{ soort: 'thema', waarde: 'gezondheid' }, false],
    [{ soort: 'doelgroep', waarde: 'ouderen' }, true],
    [{ soort: 'doelgroep', waarde: 'kinderen' }, false],
    [{ soort: 'weekdag', waarde: 'dinsdag' }, true],
    [{ soort: 'weekdag', waarde: 'woensdag' }, false],
    [{ soort: 'gratis' }, true],
    [{ soort: 'toegankelijk' }, true],
  ] as const)('%j matches: %s', (filter, expected) => {
    expect(matchesFilter(filter, facts)).toBe(expected);
  });

  test('a paid activity without wheelchair access fails gratis and toegankelijk', () => {
    const other = { ...facts, kosten: { bedrag: 3 }, toegankelijkheid: ['ringleiding'] };
    expect(matchesFilter({ soort: 'gratis' }, other)).toBe(false);
    expect(matchesFilter({ soort: 'toegankelijk' }, other)).toBe(false);
  });
});

describe('filterHref', () => {
  test('builds the no-JS filter paths', () => {
    expect(filterHref({ soort: 'wijk', waarde: 'beijum' })).toBe('/agenda/filter/wijk/beijum/');
    expect(filterHref({ soort: 'gratis' })).toBe('/agenda/filter/gratis/');
  });
});

describe('formatOccurrenceTime', () => {
  test.each([
    [{ datum: '2026-12-01', start: '10:00', eind: '12:00' }, '10.00 – 12.00 uur'],
    [{ datum: '2026-12-01', start: '19:30' }, '19.30 uur'],
    [{ datum: '2026-12-01' }, 'hele dag'],
    [{ datum: '2027-06-12', einddatum: '2027-06-13', start: '10:00', eind: '17:00' }, '10.00 – 17.00 uur, t/m zondag 13 juni 2027'],
  ])('%j reads %j', (o, expected) => {
    expect(formatOccurrenceTime(o)).toBe(expected);
  });
});

describe('statusLabel and statusText', () => {
  test('a planned occurrence has no label', () => {
    expect(statusLabel({ status: 'gepland' })).toBeUndefined();
    expect(statusText({ status: 'gepland' })).toBeUndefined();
  });

  test('a cancelled occurrence says so, with the reason', () => {
    expect(statusText({ status: 'geannuleerd', toelichting: 'Zaal dicht' })).toBe('Gaat niet door: Zaal dicht');
  });

  test('a moved occurrence names its old date', () => {
    expect(statusText({ status: 'verplaatst', oorspronkelijkeDatum: '2026-12-01' })).toBe('Verplaatst (was dinsdag 1 december 2026)');
  });

  test('a full occurrence reads Vol', () => {
    expect(statusText({ status: 'vol' })).toBe('Vol');
    expect(statusText({ status: 'vol', toelichting: 'Alle plekken bezet' })).toBe('Vol: Alle plekken bezet');
  });
});

describe('buildAgendaText', () => {
  const base = { siteNaam: 'Wijkwijzer Test', siteUrl: 'https://example.nl', range: { from: '2026-12-01', to: '2026-12-14' } };

  test('writes a heading, one block per day and one entry per occurrence', () => {
    const text = buildAgendaText({
      ...base,
      contact: 'info@example.nl',
      items: [
        { datum: '2026-12-02', startIso: '2026-12-02T14:00:00+01:00', tijd: '14.00 uur', titel: 'Taalcafé', url: 'https://example.nl/agenda/taalcafe/' },
        {
          datum: '2026-12-01',
          startIso: '2026-12-01T10:00:00+01:00',
          tijd: '10.00 – 12.00 uur',
          titel: 'Koffie',
          plaats: 'De Wiershoeck',
          kosten: 'gratis',
          status: 'Gaat niet door: Zaal dicht',
          url: 'https://example.nl/agenda/koffie/',
        },
      ],
    });
    expect(text).toBe(
      [
        'Agenda Wijkwijzer Test',
        '======================',
        'dinsdag 1 t/m maandag 14 december 2026',
        'info@example.nl',
        '',
        'Dinsdag 1 december 2026',
        '-----------------------',
        '10.00 – 12.00 uur  [Gaat niet door: Zaal dicht] Koffie',
        '  De Wiershoeck, gratis',
        '  https://example.nl/agenda/koffie/',
        '',
        'Woensdag 2 december 2026',
        '------------------------',
        '14.00 uur  Taalcafé',
        '  https://example.nl/agenda/taalcafe/',
        '',
        'Hele agenda: https://example.nl/agenda/',
        '',
      ].join('\n'),
    );
  });

  test('says so when there is nothing', () => {
    expect(buildAgendaText({ ...base, items: [] })).toContain('In deze periode staat er niets in de agenda.');
  });

  test('contains no HTML escaping of titles', () => {
    const text = buildAgendaText({
      ...base,
      items: [{ datum: '2026-12-01', startIso: '2026-12-01T10:00:00+01:00', tijd: '10.00 uur', titel: 'Kind & ouder <samen>', url: 'u' }],
    });
    expect(text).toContain('Kind & ouder <samen>');
  });
});

describe('capitalize', () => {
  test('upper-cases only the first letter', () => {
    expect(capitalize('dinsdag 1 december')).toBe('Dinsdag 1 december');
  });
});

describe('osmUrl', () => {
  test('puts a marker on the coordinates', () => {
    expect(osmUrl({ adres: 'Wiersstraat 1', plaats: 'Groningen', coordinaten: { lat: 53.2391, lon: 6.6112 } })).toBe(
      'https://www.openstreetmap.org/?mlat=53.2391&mlon=6.6112#map=18/53.2391/6.6112',
    );
  });

  test('searches for the address without coordinates', () => {
    expect(osmUrl({ adres: 'Wiersstraat 1', postcode: '9735 AB', plaats: 'Groningen' })).toBe(
      'https://www.openstreetmap.org/search?query=Wiersstraat%201%2C%209735%20AB%20Groningen',
    );
    expect(osmUrl({ adres: 'Plein 3', plaats: 'Uden' })).toBe('https://www.openstreetmap.org/search?query=Plein%203%2C%20Uden');
  });
});

describe('signUpText', () => {
  test.each([
    ['mailto:info@example.nl', 'Stuur een e-mail naar info@example.nl'],
    ['mailto:info@example.nl?subject=Aanmelden', 'Stuur een e-mail naar info@example.nl'],
    ['tel:050 123 4567', 'Bel 050 123 4567'],
    ['https://www.example.nl/aanmelden', 'Meld je aan op example.nl'],
  ])('%s reads %s', (via, expected) => {
    expect(signUpText(via)).toBe(expected);
  });
});

describe('telHref', () => {
  test('strips spaces and dashes', () => {
    expect(telHref('050 123-4567')).toBe('tel:0501234567');
    expect(telHref('+31 50 123 4567')).toBe('tel:+31501234567');
  });
});

describe('buildAgendaText with hostile titles', () => {
  test('a line break in a title cannot add a line to the agenda', () => {
    const text = buildAgendaText({
      siteNaam: 'Test',
      siteUrl: 'https://test.example',
      range: { from: '2026-12-01', to: '2026-12-01' },
      items: [{ datum: '2026-12-01', startIso: '2026-12-01T10:00:00+01:00', tijd: '10.00 uur', titel: 'Koffie\r\n10.00 uur  Nep-activiteit', url: 'https://test.example/agenda/koffie/' }],
    } as Parameters<typeof buildAgendaText>[0]);
    expect(text).toContain('10.00 uur  Koffie 10.00 uur  Nep-activiteit');
    expect(text.split('\n').filter((line) => line.startsWith('10.00 uur'))).toHaveLength(1);
  });
});
