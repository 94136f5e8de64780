import { describe, expect, test } from 'vitest';
import { aantalTekst, collectHulpVragen, groupHulpVragen, pagineerHulpVragen, telefoonHref, type HulpActiviteit, type HulpInitiatief, type HulpVraagItem, type WijkGroep } from './help.ts';

const activiteit = (slug: string, extra: Partial<HulpActiviteit> = {}): HulpActiviteit => ({
  slug,
  titel: slug,
  wijken: ['beijum'],
  themas: ['ontmoeting'],
  actief: true,
  ...extra,
});
const initiatief = (slug: string, extra: Partial<HulpInitiatief> = {}): HulpInitiatief => ({
  slug,
  naam: slug,
  status: 'actief',
  wijken: ['lewenborg'],
  themas: ['opgroeien'],
  ...extra,
});

describe('collectHulpVragen', () => {
  test('takes the one sentence of an activity and every vacancy of an initiative', () => {
    const items = collectHulpVragen(
      [activiteit('koffie', { hulp_gezocht: 'Iemand die koffie zet', wanneer: 'elke dinsdag' }), activiteit('zonder-hulp')],
      [initiatief('leesclub', { hulp_gezocht: [{ wat: 'Voorlezers', tijd: '1 uur per week' }, { wat: 'Een penningmeester' }] })],
    );
    expect(items.map((i) => [i.id, i.href, i.wat, i.tijd])).toEqual([
      ['activiteit/koffie', '/agenda/koffie/', 'Iemand die koffie zet', 'elke dinsdag'],
      ['initiatief/leesclub/1', '/initiatieven/leesclub/', 'Voorlezers', '1 uur per week'],
      ['initiatief/leesclub/2', '/initiatieven/leesclub/', 'Een penningmeester', undefined],
    ]);
  });

  test('leaves out past or cancelled activities and stopped initiatives', () => {
    const items = collectHulpVragen(
      [activiteit('voorbij', { hulp_gezocht: 'Hulp', actief: false })],
      [initiatief('gestopt', { status: 'gestopt', hulp_gezocht: [{ wat: 'Hulp' }] })],
    );
    expect(items).toEqual([]);
  });

  test('keeps an initiative in oprichting: that is when help matters most', () => {
    const items = collectHulpVragen([], [initiatief('nieuw', { status: 'in-oprichting', hulp_gezocht: [{ wat: 'Trekkers' }] })]);
    expect(items).toHaveLength(1);
  });

  test('uses the vacancy contact, else the initiative contact', () => {
    const eigen = { email: 'a@b.nl' };
    const algemeen = { email: 'info@b.nl' };
    const items = collectHulpVragen(
      [],
      [initiatief('x', { contact: algemeen, hulp_gezocht: [{ wat: 'A', contact: eigen }, { wat: 'B' }, { wat: 'C', contact: { naam: 'Alleen een naam' } }] })],
    );
    expect(items.map((i) => i.contact)).toEqual([eigen, algemeen, algemeen]);
  });

  test('uses the activity contact, else the fallback the caller resolved (its organiser)', () => {
    const items = collectHulpVragen(
      [
        activiteit('a', { hulp_gezocht: 'Hulp', contact: { telefoon: '050 123 4567' }, fallbackContact: { email: 'org@x.nl' } }),
        activiteit('b', { hulp_gezocht: 'Hulp', fallbackContact: { email: 'org@x.nl' } }),
      ],
      [],
    );
    expect(items.map((i) => i.contact)).toEqual([{ telefoon: '050 123 4567' }, { email: 'org@x.nl' }]);
  });

  test('sorts by the name of the activity or initiative, the Dutch way', () => {
    const items = collectHulpVragen(
      [activiteit('b', { titel: 'Zwerfvuil', hulp_gezocht: 'x' }), activiteit('a', { titel: 'ééndagsfeest', hulp_gezocht: 'x' })],
      [initiatief('c', { naam: 'Moestuin', hulp_gezocht: [{ wat: 'x' }] })],
    );
    expect(items.map((i) => i.titel)).toEqual(['ééndagsfeest', 'Moestuin', 'Zwerfvuil']);
  });
});

describe('groupHulpVragen', () => {
  const names = {
    wijk: (s: string) => ({ beijum: 'Beijum', lewenborg: 'Lewenborg' })[s],
    thema: (s: string) => ({ ontmoeting: 'Ontmoeting', opgroeien: 'Opgroeien', eenzaamheid: 'Eenzaamheid' })[s],
  };

  test('shows an item under each of its wijken, and under its first thema only', () => {
    const items = collectHulpVragen([activiteit('a', { wijken: ['lewenborg', 'beijum'], themas: ['ontmoeting', 'eenzaamheid'], hulp_gezocht: 'x' })], []);
    const groups = groupHulpVragen(items, names);
    expect(groups.map((g) => [g.naam, g.themas.map((t) => t.naam), g.aantal])).toEqual([
      ['Beijum', ['Ontmoeting'], 1],
      ['Lewenborg', ['Ontmoeting'], 1],
    ]);
  });

  test('puts items without a wijk or a thema last', () => {
    const items = collectHulpVragen(
      [
        activiteit('online', { wijken: [], hulp_gezocht: 'x' }),
        activiteit('los', { themas: [], hulp_gezocht: 'x' }),
        activiteit('koffie', { hulp_gezocht: 'x' }),
      ],
      [],
    );
    const groups = groupHulpVragen(items, names);
    expect(groups.map((g) => [g.wijk, g.themas.map((t) => [t.thema, t.items.map((i) => i.slug)])])).toEqual([
      ['beijum', [['ontmoeting', ['koffie']], [undefined, ['los']]]],
      [undefined, [['ontmoeting', ['online']]]],
    ]);
    expect(groups.at(-1)!.naam).toBe('Voor de hele gemeente');
  });
});

describe('telefoonHref', () => {
  test.each([
    ['050 123 4567', 'tel:+31501234567'],
    ['0413-123456', 'tel:+31413123456'],
    ['+31 50 123 4567', 'tel:+31501234567'],
    ['14 050', 'tel:14050'],
    ['0800 1234', 'tel:08001234'],
  ])('%s links to %s', (input, expected) => {
    expect(telefoonHref(input)).toBe(expected);
  });
});

describe('aantalTekst', () => {
  test.each([
    [0, 'Op dit moment zoekt niemand hulp.'],
    [1, 'Er is nu 1 vraag om hulp.'],
    [12, 'Er zijn nu 12 vragen om hulp.'],
  ])('%s reads as "%s"', (n, expected) => {
    expect(aantalTekst(n)).toBe(expected);
  });
});

describe('pagineerHulpVragen', () => {
  // Groups built by hand: wijk A has 3 items (2 in thema x, 1 in y), wijk B 2 items.
  const item = (id: string) => ({ id }) as unknown as HulpVraagItem;
  const groups: WijkGroep[] = [
    { wijk: 'a', naam: 'A', aantal: 3, themas: [{ thema: 'x', naam: 'X', items: [item('a1'), item('a2')] }, { thema: 'y', naam: 'Y', items: [item('a3')] }] },
    { wijk: 'b', naam: 'B', aantal: 2, themas: [{ thema: 'x', naam: 'X', items: [item('b1'), item('b2')] }] },
  ];
  const shape = (r: ReturnType<typeof pagineerHulpVragen>) =>
    r.paginas.map((page) =>
      page.map((w) => `${w.wijk}${w.vervolg ? '+' : ''}[${w.themas.map((t) => `${t.thema}${t.vervolg ? '+' : ''}:${t.items.map((i) => i.id).join(',')}`).join(' ')}]`).join(' '),
    );

  test.each([
    { size: 10, pages: ['a[x:a1,a2 y:a3] b[x:b1,b2]'], starts: [1, 1] },
    { size: 3, pages: ['a[x:a1,a2 y:a3]', 'b[x:b1,b2]'], starts: [1, 2] },
    { size: 2, pages: ['a[x:a1,a2]', 'a+[y:a3] b[x:b1]', 'b+[x+:b2]'], starts: [1, 2] },
    { size: 1, pages: ['a[x:a1]', 'a+[x+:a2]', 'a+[y:a3]', 'b[x:b1]', 'b+[x+:b2]'], starts: [1, 4] },
  ])('pages of $size', ({ size, pages, starts }) => {
    const result = pagineerHulpVragen(groups, size);
    expect(shape(result)).toEqual(pages);
    expect(result.wijken.map((w) => w.pagina)).toEqual(starts);
    expect(result.wijken.map((w) => w.aantal)).toEqual([3, 2]);
  });

  test('no vacancies: one empty page', () => {
    expect(pagineerHulpVragen([], 100)).toEqual({ paginas: [[]], wijken: [] });
  });
});
