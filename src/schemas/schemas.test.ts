/**
 * Every schema, through the content check: a valid entry passes, and typical mistakes give the Dutch
 * messages below. The messages are part of the interface editors see, so they are snapshot-tested.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../lib/check/check-content.ts';
import { formatProblem } from '../lib/check/problems.ts';

const BASE: Record<string, string> = {
  'site.yaml': 'naam: Wijkwijzer Test\nurl: https://test.example\n',
  'wijken/beijum.yaml': 'naam: Beijum\n',
  'locaties/de-wiershoeck.yaml': 'naam: De Wiershoeck\nadres: Wiershoeck 1\nplaats: Groningen\nwijk: beijum\n',
  'organisaties/wij-groningen.yaml': 'naam: WIJ Groningen\nsoort: welzijn\n',
  'themas/ontmoeting.yaml': 'naam: Ontmoeting\n',
  'doelgroepen/iedereen.yaml': 'naam: Iedereen\n',
};

/** Checks BASE plus `extra` files and returns the printed problem lines (without the folder prefix). */
function check(extra: Record<string, string>): string[] {
  const files: ContentFile[] = Object.entries({ ...BASE, ...extra }).map(([relative, text]) => ({ path: relative, relative, text }));
  return checkContent(files).problems.map(formatProblem);
}

const md = (frontMatter: string, body = 'Tekst.') => `---\n${frontMatter.trim()}\n---\n${body}\n`;

describe('the base fixture', () => {
  test('passes without problems', () => {
    expect(check({})).toEqual([]);
  });
});

describe.each([
  [
    'activiteit (weekly)',
    'activiteiten/koffie.md',
    md(`
titel: Koffie
samenvatting: Koffie en een praatje.
locatie: de-wiershoeck
organisator: wij-groningen
themas: [ontmoeting]
doelgroepen: [iedereen]
herhaling: { elke: week, dagen: [dinsdag], tijd: "10:00-12:00", vanaf: 2026-01-06 }
kosten: gratis
`),
  ],
  [
    'activiteit (single day, price)',
    'activiteiten/diner.md',
    md(`
titel: Diner
samenvatting: Samen eten.
wijk: beijum
locatie: de-wiershoeck
datum: 2026-12-20
tijd: "17:30-20:00"
kosten: { bedrag: 2.50, toelichting: incl. toetje }
aanmelden: { nodig: true, via: "tel:0501234567", uiterlijk: 2026-12-15 }
`),
  ],
  ['initiatief', 'initiatieven/bakkie.md', md('naam: Bakkie\nsamenvatting: Koffie aan de deur.\nstatus: actief\nwijk: beijum\nsinds: 2019\nhulp_gezocht: [{ wat: Schenkers, tijd: 2 uur per week }]')],
  [
    'project',
    'projecten/wijkondersteuner.md',
    md(`
naam: Wijkondersteuner
samenvatting: Een vast gezicht in de wijk.
status: uitvoering
periode: { van: 2020-Q1, tot: 2030-Q4 }
partners: [{ organisatie: wij-groningen, rol: uitvoerder }]
ambities: { economie: 5, werken-en-leren: 20, leefbaarheid: 70, natuur-en-klimaat: 5 }
begroting:
  posten: [{ post: Loon, bedragen: { 2020: 42000, 2021: 42000 } }]
  dekking: [{ bron: Gemeente, bedragen: { 2020: 42000, 2021: 42000 }, status: toegezegd }]
  totaal: { 2020: 42000, 2021: 42000 }
`),
  ],
  ['nieuws', 'nieuws/start.md', md('titel: Start\ndatum: 2026-11-02\nsamenvatting: We zijn begonnen.\nwijken: [beijum]')],
])('a valid %s', (_name, file, text) => {
  test('passes without problems', () => {
    expect(check({ [file]: text })).toEqual([]);
  });
});

describe('activiteit mistakes', () => {
  test('misspelt weekday, unknown locatie and missing titel', () => {
    expect(
      check({
        'activiteiten/koffie.md': md(`
samenvatting: Koffie.
locatie: wiershoeck
herhaling: { elke: week, dagen: [dinsdg], vanaf: 2026-01-06 }
`),
      }),
    ).toMatchInlineSnapshot(`
      [
        "activiteiten/koffie.md:2 titel: ontbreekt. Vul dit verplichte veld in: naam van de activiteit",
        "activiteiten/koffie.md:3 locatie: "wiershoeck" bestaat niet als locatie. Bedoel je "de-wiershoeck"?",
        "activiteiten/koffie.md:4 herhaling.dagen: "dinsdg" is geen weekdag. Bedoel je "dinsdag"?",
      ]
    `);
  });

  test('no date at all, no place, and a status without explanation', () => {
    expect(check({ 'activiteiten/x.md': md('titel: X\nsamenvatting: X.\nwijk: beijum\nstatus: geannuleerd') })).toMatchInlineSnapshot(`
      [
        "activiteiten/x.md:2 er staat geen datum in. Geef een datum (één dag), data (een lijst dagen) of een herhaling (terugkerend) op",
        "activiteiten/x.md:2 locatie: ontbreekt. Geef een locatie op, of online: met een link als het online is",
        "activiteiten/x.md:2 status_toelichting: ontbreekt. Leg bij status geannuleerd in één zin uit waarom, voor de bezoekers",
      ]
    `);
  });

  test('two date forms, a wrong time and an end before the start', () => {
    expect(
      check({
        'activiteiten/x.md': md(`
titel: X
samenvatting: X.
locatie: de-wiershoeck
datum: 2026-12-20
einddatum: 2026-12-19
tijd: "14:00-12:00"
data: [{ datum: 2026-12-21 }]
`),
      }),
    ).toMatchInlineSnapshot(`
      [
        "activiteiten/x.md:6 einddatum: 2026-12-19 ligt vóór de datum 2026-12-20. Zet de laatste dag in einddatum",
        "activiteiten/x.md:7 tijd: de eindtijd moet na de begintijd liggen",
        "activiteiten/x.md:8 data: gebruik maar één van datum, data en herhaling. Nu staan datum en data er allebei in",
      ]
    `);
  });

  test('monthly pattern without a week, signing up without a way to sign up, a bad cost', () => {
    expect(
      check({
        'activiteiten/x.md': md(`
titel: X
samenvatting: X.
locatie: de-wiershoeck
herhaling: { elke: maand, dagen: [vrijdag], vanaf: 2026-01-02, tot_en_met: 2025-12-01 }
aanmelden: { nodig: true }
kosten: gratiss
online: http://example.org
`),
      }),
    ).toMatchInlineSnapshot(`
      [
        "activiteiten/x.md:5 herhaling.tot_en_met: 2025-12-01 ligt vóór vanaf (2026-01-02). Zet de laatste datum in tot_en_met, of draai ze om",
        "activiteiten/x.md:5 herhaling.week_van_de_maand: ontbreekt. Zeg welke week van de maand: eerste, tweede, derde, vierde of laatste",
        "activiteiten/x.md:6 aanmelden.via: ontbreekt. Als aanmelden nodig is, zeg dan hoe: een link (https://), e-mail (mailto:) of telefoon (tel:)",
        "activiteiten/x.md:7 kosten: moet gratis, vrijwillige-bijdrage of { bedrag: 2.50 } zijn",
        "activiteiten/x.md:8 online: "http://example.org" begint met http://. Gebruik https:// als de site dat heeft: dat is veiliger voor bezoekers",
      ]
    `);
  });

  test('a reserved file name', () => {
    expect(check({ 'activiteiten/print.md': md('titel: X\nsamenvatting: X.\nlocatie: de-wiershoeck\ndatum: 2026-12-20') })).toMatchInlineSnapshot(`
      [
        "activiteiten/print.md de naam "print" is gereserveerd voor een vaste pagina van de agenda. Kies een andere bestandsnaam",
      ]
    `);
  });
});

describe('project mistakes', () => {
  test('ambities not 100, totals not matching, a period backwards and a short coverage', () => {
    expect(
      check({
        'projecten/p.md': md(`
naam: P
samenvatting: P.
status: uitvoering
periode: { van: 2021-Q1, tot: 2020-Q4 }
ambities: { economie: 5, leefbaarheid: 90 }
begroting:
  posten: [{ post: Loon, bedragen: { 2020: 99200 } }]
  dekking: [{ bron: Gemeente, bedragen: { 2020: 90000 } }]
  totaal: { 2020: 100000 }
`),
      }),
    ).toMatchInlineSnapshot(`
      [
        "projecten/p.md:5 periode.tot: 2020-Q4 ligt vóór het begin (2021-Q1). Draai van en tot om",
        "projecten/p.md:6 ambities: de punten tellen op tot 95 in plaats van 100. Verdeel nog 5 punten",
        "projecten/p.md:9 begroting.dekking: in 2020 is de dekking € 9.200 lager dan de kosten (€ 90.000 van € 99.200). De pagina toont "dekking ontbreekt"",
        "projecten/p.md:10 begroting.totaal.2020: het totaal voor 2020 is € 100.000, maar de posten tellen op tot € 99.200: € 800 te veel. Pas het totaal of de posten aan",
      ]
    `);
  });

  test('unknown status and partner, a deelproject number without programma', () => {
    expect(
      check({ 'projecten/p.md': md('naam: P\nsamenvatting: P.\nstatus: lopend\nnummer: 2\npartners: [{ organisatie: wij, rol: x }]') }),
    ).toMatchInlineSnapshot(`
      [
        "projecten/p.md:4 status: "lopend" is geen toegestane waarde. Kies uit: voorbereiding, uitvoering, afgerond, geevalueerd, gestopt",
        "projecten/p.md:5 nummer: hoort bij een deelproject. Vul ook programma in, of haal nummer weg",
        "projecten/p.md:6 partners[1].organisatie: "wij" bestaat niet als organisatie. Maak organisaties/wij aan of kies een bestaande organisatie",
      ]
    `);
  });
});

describe('other collections', () => {
  test('locatie with a bad postcode and an unknown accessibility word', () => {
    expect(
      check({ 'locaties/x.yaml': 'naam: X\nadres: Straat 1\nplaats: Groningen\nwijk: beijum\npostcode: 97333\ntoegankelijkheid: [rolstoel]\n' }),
    ).toMatchInlineSnapshot(`
      [
        "locaties/x.yaml:5 postcode: "97333" is geen postcode. Schrijf 1234 AB",
        "locaties/x.yaml:6 toegankelijkheid: "rolstoel" is geen toegestane waarde. Bedoel je "rolstoeltoegankelijk"?",
      ]
    `);
  });

  test('organisatie with an unknown soort and an e-mail address without @', () => {
    expect(check({ 'organisaties/x.yaml': 'naam: X\nsoort: stichting\nemail: info.example.nl\n' })).toMatchInlineSnapshot(`
      [
        "organisaties/x.yaml:2 soort: "stichting" is geen toegestane waarde. Kies uit: gemeente, welzijn, zorg, bewonersorganisatie, vereniging, kerk, onderwijs, woningcorporatie, ondernemer, fonds, overig",
        "organisaties/x.yaml:3 email: "info.example.nl" is geen geldig e-mailadres",
      ]
    `);
  });

  test('initiatief with an unknown status, a 06-number without consent, and a duplicate key', () => {
    expect(
      check({
        'initiatieven/x.md': md('naam: X\nsamenvatting: X.\nstatus: bezig\ncontact: { naam: Piet, telefoon: 06 12345678 }'),
        'initiatieven/y.md': md('naam: Y\nnaam: Y2\nsamenvatting: Y.\nstatus: actief'),
      }),
    ).toMatchInlineSnapshot(`
      [
        "initiatieven/x.md:4 status: "bezig" is geen toegestane waarde. Kies uit: actief, in-oprichting, gestopt",
        "initiatieven/x.md:5 contact.telefoon: dit is een 06-nummer. Zet alleen een persoonlijk nummer op de site als de persoon dat goed vindt, en zet dan toestemming: true in het contact",
        "initiatieven/y.md:3 dit veld staat er twee keer in. Haal één van de twee weg",
      ]
    `);
  });

  test('nieuws without datum, with an image but no alt text', () => {
    expect(check({ 'nieuws/x.md': md('titel: X\nsamenvatting: X.\nafbeelding: ./x.jpg'), 'nieuws/x.jpg': '' })).toMatchInlineSnapshot(`
      [
        "nieuws/x.md:2 datum: ontbreekt. Vul dit verplichte veld in: datum van het bericht",
        "nieuws/x.md:2 afbeelding_alt: ontbreekt. Een afbeelding heeft een beschrijving nodig voor wie hem niet kan zien. Vul afbeelding_alt in",
      ]
    `);
  });

  test('site.yaml without url, and a file in a misspelt folder', () => {
    expect(check({ 'site.yaml': 'naam: X\n', 'activiteit/x.md': md('titel: X') })).toMatchInlineSnapshot(`
      [
        "activiteit/x.md dit bestand wordt niet gelezen: de map "activiteit" bestaat niet. Bedoel je "activiteiten"?",
        "site.yaml:1 url: ontbreekt. Vul dit verplichte veld in: webadres van de site, bijvoorbeeld https://beijum.nl (voor feeds en links)",
      ]
    `);
  });

  test('a Markdown file without front matter, and a YAML syntax error', () => {
    expect(check({ 'nieuws/x.md': 'Alleen tekst.\n', 'wijken/x.yaml': 'naam: X\n  beschrijving: y\n' })).toMatchInlineSnapshot(`
      [
        "nieuws/x.md:1 de gegevens bovenaan ontbreken. Begin het bestand met een regel ---, dan de velden, dan weer een regel ---",
        "wijken/x.yaml:1 de YAML klopt niet. Staat er in een tekst een dubbele punt met een spatie erna? Zet de tekst dan tussen aanhalingstekens ("…"). Of controleer het inspringen van de regel eronder",
      ]
    `);
  });
});
