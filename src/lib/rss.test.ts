import { describe, expect, test } from 'vitest';
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Occurrence } from './recurrence.ts';
import { AGENDA_RSS_DAYS, agendaRssItems, buildRss, escapeXml, formatRfc822, newsRssItems, occurrenceWhen, type AgendaRssContext } from './rss.ts';

const AMS = 'Europe/Amsterdam';

describe('escapeXml', () => {
  test.each([
    ['Koffie & thee', 'Koffie &amp; thee'],
    ['a < b > c', 'a &lt; b &gt; c'],
    ['</script><script>alert(1)</script>', '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"citaat" en \'dit\'', '&quot;citaat&quot; en &apos;dit&apos;'],
    ['al &amp; geëscaped', 'al &amp;amp; geëscaped'],
    ['bel\u0007 nul\u0000 esc\u001b', 'bel nul esc'],
    ['tab\tregel\nterug\r', 'tab\tregel\nterug\r'],
    ['niet-teken \uFFFE\uFFFF', 'niet-teken '],
    ['los \uD800 half', 'los  half'],
    ['feest 🎉 €', 'feest 🎉 €'],
  ])('%j becomes %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('formatRfc822', () => {
  test.each([
    ['2026-11-25', '00:00', 'Wed, 25 Nov 2026 00:00:00 +0100'],
    ['2027-06-01', '10:30', 'Tue, 01 Jun 2027 10:30:00 +0200'],
    ['2027-03-28', '12:00', 'Sun, 28 Mar 2027 12:00:00 +0200'],
  ])('%s %s is %s', (date, time, expected) => {
    expect(formatRfc822(date, time, AMS)).toBe(expected);
  });
});

describe('buildRss', () => {
  const xml = buildRss({
    title: 'Agenda <Wijk> & Co',
    link: 'https://wijk.example.nl/agenda/',
    description: 'Alles',
    selfUrl: 'https://wijk.example.nl/agenda.xml?a=1&b=2',
    lastBuildDate: 'Wed, 25 Nov 2026 00:00:00 +0100',
    ttl: 720,
    items: [
      {
        title: 'Eten & </script>\u0001',
        link: 'https://wijk.example.nl/agenda/eten/',
        guid: 'eten/2026-12-01',
        guidIsPermaLink: false,
        pubDate: 'Wed, 25 Nov 2026 00:00:00 +0100',
        description: 'Hier',
        categories: ['Ontmoeting'],
      },
    ],
  });

  test('is RSS 2.0 with an atom self link', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">')).toBe(true);
    expect(xml).toContain('<atom:link href="https://wijk.example.nl/agenda.xml?a=1&amp;b=2" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>nl-nl</language>');
    expect(xml).toContain('<ttl>720</ttl>');
    expect(xml.trimEnd().endsWith('</channel>\n</rss>')).toBe(true);
  });

  test('escapes every text and drops control characters', () => {
    expect(xml).toContain('<title>Agenda &lt;Wijk&gt; &amp; Co</title>');
    expect(xml).toContain('<title>Eten &amp; &lt;/script&gt;</title>');
    expect(xml).not.toContain('</script>');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  test('marks a guid that is not a link', () => {
    expect(xml).toContain('<guid isPermaLink="false">eten/2026-12-01</guid>');
    expect(xml).toContain('<category>Ontmoeting</category>');
  });
});

const activities: Record<string, Partial<Activiteit>> = {
  koffie: { titel: 'Koffie & taart', samenvatting: 'Gezellig <samen>.', locatie: 'komin' },
  online: { titel: 'Online avond', samenvatting: 'Via internet.', online: 'https://meet.example.nl/x' },
};
const places: Record<string, Partial<Locatie>> = { komin: { naam: 'De Komin', adres: 'Melkweg 1', postcode: '9733 AB', plaats: 'Groningen' } };
const CTX: AgendaRssContext = {
  siteUrl: 'https://wijk.example.nl',
  tz: AMS,
  today: '2026-11-25',
  activity: (slug) => activities[slug] as Activiteit | undefined,
  place: (slug) => places[slug] as Locatie | undefined,
};

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** An occurrence; keys given as undefined are left out (as the engine does). */
function occ(extra: Loose<Occurrence> & { datum: string }): Occurrence {
  const full = {
    id: `koffie/${extra.datum}`,
    activiteit: 'koffie',
    start: '10:00',
    eind: '12:00',
    startIso: `${extra.datum}T10:00:00+01:00`,
    status: 'gepland',
    locatie: 'komin',
    bron: 'regel',
    ...extra,
  };
  return Object.fromEntries(Object.entries(full).filter(([, v]) => v !== undefined)) as unknown as Occurrence;
}

describe('occurrenceWhen', () => {
  test.each([
    [occ({ datum: '2026-12-01' }), 'dinsdag 1 december 2026, 10.00 – 12.00 uur'],
    [occ({ datum: '2026-12-01', eind: undefined }), 'dinsdag 1 december 2026, 10.00 uur'],
    [occ({ datum: '2026-12-05', start: undefined, eind: undefined }), 'zaterdag 5 december 2026'],
    [occ({ datum: '2027-05-22', einddatum: '2027-05-23', start: '12:00', eind: '18:00' }), 'zaterdag 22 t/m zondag 23 mei 2027, 12.00 – 18.00 uur'],
  ])('%#: %s', (o, expected) => {
    expect(occurrenceWhen(o)).toBe(expected);
  });
});

describe('agendaRssItems', () => {
  test('one item per occurrence in the coming four weeks, with a Dutch date, the occurrence id and today as pubDate', () => {
    const items = agendaRssItems(
      [occ({ datum: '2026-11-24' }), occ({ datum: '2026-11-25' }), occ({ datum: '2026-12-22' }), occ({ datum: '2026-12-23' })],
      CTX,
    );
    expect(AGENDA_RSS_DAYS).toBe(28);
    expect(items.map((i) => i.guid)).toEqual(['koffie/2026-11-25', 'koffie/2026-12-22']);
    expect(items[0]).toEqual({
      title: 'Koffie & taart – woensdag 25 november 2026, 10.00 – 12.00 uur',
      link: 'https://wijk.example.nl/agenda/koffie/',
      guid: 'koffie/2026-11-25',
      guidIsPermaLink: false,
      pubDate: 'Wed, 25 Nov 2026 00:00:00 +0100',
      description: 'woensdag 25 november 2026, 10.00 – 12.00 uur. Waar: De Komin, Melkweg 1, 9733 AB Groningen. Gezellig <samen>.',
    });
  });

  test('keeps an occurrence that began before today and still runs', () => {
    const items = agendaRssItems([occ({ datum: '2026-11-23', einddatum: '2026-11-26' })], CTX);
    expect(items).toHaveLength(1);
  });

  test('says when an occurrence is cancelled, full or moved', () => {
    const [cancelled, full, moved] = agendaRssItems(
      [
        occ({ datum: '2026-12-01', status: 'geannuleerd', toelichting: 'Zaal dicht.' }),
        occ({ datum: '2026-12-08', status: 'vol' }),
        occ({ datum: '2026-12-17', status: 'verplaatst', oorspronkelijkeDatum: '2026-12-15' }),
      ],
      CTX,
    );
    expect(cancelled!.title).toBe('Gaat niet door: Koffie & taart – dinsdag 1 december 2026, 10.00 – 12.00 uur');
    expect(cancelled!.description).toContain('Gaat niet door. Zaal dicht.');
    expect(full!.title.startsWith('Vol: ')).toBe(true);
    expect(moved!.title.startsWith('Verplaatst: ')).toBe(true);
    expect(moved!.description).toContain('Eerst gepland op dinsdag 15 december 2026.');
  });

  test('names the link of an online activity as the place', () => {
    const [item] = agendaRssItems([occ({ datum: '2026-12-01', activiteit: 'online', id: 'online/2026-12-01', locatie: undefined })], CTX);
    expect(item!.description).toContain('Waar: https://meet.example.nl/x.');
  });
});

describe('newsRssItems', () => {
  test('uses the news date as pubDate and the page as permalink guid', () => {
    const [item] = newsRssItems([{ slug: 'nieuw-plein', data: { titel: 'Nieuw plein', datum: '2026-06-15', samenvatting: 'Het plein is klaar.' } }], {
      siteUrl: 'https://wijk.example.nl',
      tz: AMS,
    });
    expect(item).toEqual({
      title: 'Nieuw plein',
      link: 'https://wijk.example.nl/nieuws/nieuw-plein/',
      guid: 'https://wijk.example.nl/nieuws/nieuw-plein/',
      guidIsPermaLink: true,
      pubDate: 'Mon, 15 Jun 2026 00:00:00 +0200',
      description: 'Het plein is klaar.',
    });
  });
});
