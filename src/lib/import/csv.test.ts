import { describe, expect, test } from 'vitest';
import { indexContent } from './content-index.ts';
import { detectSeparator, parseCsv } from './csv.ts';
import { columnOf, itemsFromCsv } from './from-csv.ts';

describe('parseCsv', () => {
  test('reads semicolons (Dutch Excel), a byte-order mark, quotes and line breaks in a cell', () => {
    const rows = parseCsv('\uFEFFtitel;beschrijving\r\nKoffie;"Regel één;\r\nregel ""twee"""\r\n\r\nThee;\r\n');
    expect(rows).toEqual([
      { line: 1, cells: ['titel', 'beschrijving'] },
      { line: 2, cells: ['Koffie', 'Regel één;\r\nregel "twee"'] },
      { line: 5, cells: ['Thee', ''] },
    ]);
  });

  test.each([
    ['titel;datum;tijd', ';'],
    ['titel,datum,tijd', ','],
    ['titel\tdatum', '\t'],
    ['"titel, met komma";datum', ';'],
  ])('finds the separator of %j', (header, separator) => expect(detectSeparator(header)).toBe(separator));
});

describe('columnOf', () => {
  test.each([
    ['Titel', 'titel'],
    ['Thema’s', 'themas'],
    ['E-mail', 'contact_email'],
    ['Tot en met', 'tot_en_met'],
    ['Week van de maand', 'week_van_de_maand'],
    ['Kleur', undefined],
  ])('%j is column %j', (header, column) => expect(columnOf(header)).toBe(column));
});

const index = indexContent([
  { path: 'c/site.yaml', relative: 'site.yaml', text: 'naam: X\nurl: https://x.nl\n' },
  { path: 'c/locaties/buurthuis.yaml', relative: 'locaties/buurthuis.yaml', text: 'naam: Buurthuis De Linde\nadres: Lindelaan 3\nplaats: Uden\nwijk: melle\n' },
  { path: 'c/wijken/melle.yaml', relative: 'wijken/melle.yaml', text: 'naam: Melle\n' },
  { path: 'c/themas/sport-en-bewegen.yaml', relative: 'themas/sport-en-bewegen.yaml', text: 'naam: Sport en bewegen\n' },
  { path: 'c/themas/ontmoeting.yaml', relative: 'themas/ontmoeting.yaml', text: 'naam: Ontmoeting\n' },
]);

describe('itemsFromCsv', () => {
  const read = (rows: string[]) => itemsFromCsv(rows.join('\n'), { index, today: '2026-11-25' });

  test('maps a recurring row to herhaling, resolving names to slugs', () => {
    const { items, problems } = read([
      'titel;samenvatting;herhaling;dagen;week_van_de_maand;vanaf;tijd;locatie;themas;kosten;aanmelden_via',
      'Beweegclub;Samen bewegen.;elke maand;di;2e en 4e;6-1-2027;10.00-11.00;Buurthuis De Linde;Sport en bewegen, ontmoeting;€ 2,50;info@linde.nl',
    ]);
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      uid: 'csv:beweegclub',
      label: 'regel 2 (Beweegclub)',
      fields: {
        samenvatting: 'Samen bewegen.',
        herhaling: { elke: 'maand', dagen: ['dinsdag'], week_van_de_maand: ['tweede', 'vierde'], tijd: '10:00-11:00', vanaf: '2027-01-06' },
        locatie: 'buurthuis',
        themas: ['sport-en-bewegen', 'ontmoeting'],
        kosten: { bedrag: 2.5 },
        aanmelden: { nodig: true, via: 'mailto:info@linde.nl' },
      },
    });
    expect(items[0]!.skip).toBeUndefined();
  });

  test('collects every mistake of a row in one Dutch sentence, and reports unknown columns', () => {
    const { items, problems } = read(['titel;herhaling;vanaf;themas;kleur', 'Yoga;elke week;30-2-2027;sporten;rood']);
    expect(problems).toEqual(['de kolom "kleur" kennen we niet; die wordt overgeslagen']);
    expect(items[0]!.skip).toBe(
      'deze regel is niet ingelezen: dagen: ontbreekt. Zeg op welke weekdag, bijvoorbeeld dinsdag; vanaf: "30-2-2027" bestaat niet als datum. Controleer dag en maand; themas: "sporten" bestaat niet als thema',
    );
  });

  test('a one-off row in the past is skipped', () => {
    const { items } = read(['titel,datum', 'Zomerfeest,4-7-2026']);
    expect(items[0]!.skip).toBe('alle datums liggen in het verleden');
  });

  test('an unknown place is passed on so --locatie can fill it in', () => {
    const { items } = read(['titel,datum,locatie', 'Markt,5-12-2026,Het plein']);
    expect(items[0]).toMatchObject({ unmatchedLocation: 'Het plein', fields: { datum: '2026-12-05' } });
  });

  test('without the titel column nothing is read', () => {
    expect(read(['naam van iets,datum', 'x,5-12-2026']).problems.at(-1)).toMatch(/de kolom "titel" ontbreekt/);
  });
});
