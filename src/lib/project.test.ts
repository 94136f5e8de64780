import { describe, expect, test } from 'vitest';
import type { Occurrence } from './recurrence.ts';
import type { Project } from '../schemas/project.ts';
import {
  ambitieRijen,
  begrotingTabel,
  faseStand,
  formatMeetPeriode,
  formatPercentage,
  formatPeriode,
  formatPeriodeWaarde,
  formatWaarde,
  indicatorRij,
  groupByStatus,
  groupPartners,
  indicatorVoortgang,
  periodDates,
  programmaOverzicht,
  slugLabel,
  sortMetingen,
  statusKop,
  telAfgeleid,
  uitlegAfgeleid,
  type ActivityFacts,
} from './project.ts';

const TODAY = '2026-11-25';
const HORIZON = '2027-05-25';

describe('formatPeriodeWaarde', () => {
  test.each([
    ['2020-Q1', '1e kwartaal 2020'],
    ['2030-Q4', '4e kwartaal 2030'],
    ['2021-03-15', '15 maart 2021'],
  ])('%s reads as "%s"', (value, expected) => {
    expect(formatPeriodeWaarde(value)).toBe(expected);
  });
});

describe('formatPeriode', () => {
  test.each([
    [{ van: '2020-Q1', tot: '2030-Q4' }, '1e kwartaal 2020 – 4e kwartaal 2030'],
    [{ van: '2021-Q2', tot: '2021-Q2' }, '2e kwartaal 2021'],
    [{ van: '2010-Q1' }, 'vanaf 1e kwartaal 2010'],
    [{ van: '2026-01-06', tot: '2026-Q4' }, '6 januari 2026 – 4e kwartaal 2026'],
  ])('%o reads as "%s"', (periode, expected) => {
    expect(formatPeriode(periode)).toBe(expected);
  });
});

describe('periodDates', () => {
  test('gives the first day of the first quarter and the last day of the last one', () => {
    expect(periodDates({ van: '2020-Q1', tot: '2030-Q4' })).toEqual({ start: '2020-01-01', end: '2030-12-31' });
  });
  test('leaves the end open when there is no tot', () => {
    expect(periodDates({ van: '2010-Q3' })).toEqual({ start: '2010-07-01', end: undefined });
  });
});

describe('faseStand', () => {
  test.each([
    ['a phase that ended before today', { van: '2020-Q1', tot: '2020-Q1' }, 'afgerond'],
    ['a phase that runs through today', { van: '2020-Q2', tot: '2030-Q4' }, 'bezig'],
    ['a phase in the quarter of today', { van: '2026-Q4', tot: '2026-Q4' }, 'bezig'],
    ['a phase that starts after today', { van: '2027-Q1', tot: '2027-Q4' }, 'gepland'],
    ['an open-ended phase that has started', { van: '2020-Q1' }, 'bezig'],
    ['a phase that ends today', { van: '2026-11-01', tot: '2026-11-25' }, 'bezig'],
    ['a phase that ended yesterday', { van: '2026-11-01', tot: '2026-11-24' }, 'afgerond'],
    ['a phase that starts tomorrow', { van: '2026-11-26', tot: '2026-12-24' }, 'gepland'],
  ] as const)('%s is %s', (_name, fase, expected) => {
    expect(faseStand(fase, TODAY)).toBe(expected);
  });
});

describe('groupByStatus', () => {
  test('puts running projects first and leaves out empty statuses', () => {
    const items = [
      { slug: 'a', data: { status: 'afgerond' as const } },
      { slug: 'b', data: { status: 'uitvoering' as const } },
      { slug: 'c', data: { status: 'afgerond' as const } },
    ];
    expect(groupByStatus(items).map((g) => [g.status, g.items.map((i) => i.slug)])).toEqual([
      ['uitvoering', ['b']],
      ['afgerond', ['a', 'c']],
    ]);
  });
  test('statusKop starts with a capital', () => {
    expect(statusKop('geevalueerd')).toBe('Afgerond en geëvalueerd');
  });
});

describe('groupPartners', () => {
  test('groups organisations by role in order of appearance, each once', () => {
    expect(
      groupPartners([
        { organisatie: 'wij', rol: 'uitvoerder' },
        { organisatie: 'humanitas', rol: 'samenwerkingspartner' },
        { organisatie: 'link', rol: 'samenwerkingspartner' },
        { organisatie: 'wij', rol: 'regie' },
        { organisatie: 'link', rol: 'samenwerkingspartner' },
      ]),
    ).toEqual([
      { rol: 'uitvoerder', organisaties: ['wij'] },
      { rol: 'samenwerkingspartner', organisaties: ['humanitas', 'link'] },
      { rol: 'regie', organisaties: ['wij'] },
    ]);
  });
});

describe('ambitieRijen', () => {
  test('labels each ambition and keeps the order', () => {
    expect(ambitieRijen({ economie: 5, 'werken-en-leren': 20 })).toEqual([
      { slug: 'economie', label: 'Economie', punten: 5 },
      { slug: 'werken-en-leren', label: 'Werken en leren', punten: 20 },
    ]);
    expect(slugLabel('natuur-en-klimaat')).toBe('Natuur en klimaat');
  });
});

describe('begrotingTabel', () => {
  const npg = {
    posten: [
      {
        post: 'Wijkondersteuner',
        bedragen: { 2020: 60000, 2021: 60000, 2022: 60000, 2023: 47500, 2024: 47500, 2025: 45000, 2026: 45000, 2027: 45000, 2028: 45000, 2029: 45000 },
      },
    ],
    dekking: [
      { bron: 'Gemeente', bedragen: { 2020: 50000, 2021: 50000, 2022: 50000 }, status: 'toegezegd' as const },
      {
        bron: 'NPG',
        bedragen: { 2020: 10000, 2021: 10000, 2022: 10000, 2023: 47500, 2024: 47500, 2025: 45000, 2026: 45000, 2027: 45000, 2028: 45000, 2029: 45000 },
        status: 'aangevraagd' as const,
      },
    ],
  };

  test('computes the NPG totals from the lines: € 500.000 costs, € 150.000 committed, € 350.000 applied for', () => {
    const t = begrotingTabel(npg);
    expect(t.kosten.totaal).toBe(500000);
    expect(t.overzicht.dekkingPerStatus.toegezegd).toBe(150000);
    expect(t.overzicht.dekkingPerStatus.aangevraagd).toBe(350000);
    expect(t.tekort.totaal).toBe(0);
    expect(t.jaren).toHaveLength(10);
    expect(t.kostenCumulatief.at(-1)).toBe(500000);
    expect(t.kostenCumulatief.slice(0, 3)).toEqual([60000, 120000, 180000]);
  });

  test('leaves a cell empty for a year a line has no amount', () => {
    const t = begrotingTabel(npg);
    expect(t.dekking[0]!.bedragen.slice(2, 4)).toEqual([50000, undefined]);
    expect(t.dekking[0]!.totaal).toBe(150000);
  });

  test('shows the shortfall per year where coverage is short (Heerhugowaard deelproject 6)', () => {
    const t = begrotingTabel({
      posten: [{ post: 'Ontmoeting', bedragen: { 2010: 30000 } }],
      dekking: [{ bron: 'Innovatiefonds', bedragen: { 2010: 20000 }, status: 'toegezegd' }],
      totaal: { 2010: 30000 },
    });
    expect(t.tekort).toEqual({ perJaar: [10000], totaal: 10000 });
  });

  test('takes years from coverage too, with zero costs', () => {
    const t = begrotingTabel({ posten: [{ post: 'A', bedragen: { 2021: 100 } }], dekking: [{ bron: 'B', bedragen: { 2020: 50, 2021: 100 } }] });
    expect(t.jaren).toEqual(['2020', '2021']);
    expect(t.kosten.perJaar).toEqual([0, 100]);
    expect(t.posten[0]!.bedragen).toEqual([undefined, 100]);
  });
});

describe('indicatorVoortgang', () => {
  test.each([
    ['halfway from baseline to target', { nulmeting: 80, huidig: 90, streefwaarde: 100, richting: 'hoger' }, 50, false],
    ['no baseline: value as a share of the target', { huidig: 6.5, streefwaarde: 10, richting: 'hoger' }, 65, false],
    ['target exceeded', { huidig: 102, streefwaarde: 100, richting: 'hoger' }, 102, true],
    ['lower is better, with a baseline', { nulmeting: 200, huidig: 150, streefwaarde: 100, richting: 'lager' }, 50, false],
    ['lower is better, without a baseline', { huidig: 120, streefwaarde: 90, richting: 'lager' }, 75, false],
    ['lower is better and reached', { huidig: 80, streefwaarde: 90, richting: 'lager' }, 112.5, true],
    ['moved away from the target', { nulmeting: 84, huidig: 80, streefwaarde: 95, richting: 'hoger' }, 0, false],
  ] as const)('%s', (_name, input, procent, bereikt) => {
    const result = indicatorVoortgang(input);
    expect(result?.procent).toBeCloseTo(procent, 5);
    expect(result?.bereikt).toBe(bereikt);
  });

  test('says when the value moved away from the target', () => {
    expect(indicatorVoortgang({ nulmeting: 84, huidig: 80, streefwaarde: 95 })?.achteruit).toBe(true);
  });

  test('is undefined without a current value or a target', () => {
    expect(indicatorVoortgang({ nulmeting: 84, streefwaarde: 95 })).toBeUndefined();
    expect(indicatorVoortgang({ huidig: 84 })).toBeUndefined();
  });
});

describe('formatPercentage and formatMeetPeriode', () => {
  test.each([
    [65, '65%'],
    [18.1818, '18,2%'],
    [102, '102%'],
  ])('%s percent reads as "%s"', (value, expected) => {
    expect(formatPercentage(value)).toBe(expected);
  });
  test.each([
    [2022, '2022'],
    ['2021-Q3', '3e kwartaal 2021'],
    ['2021-H1', '1e helft 2021'],
    ['2021-06', 'juni 2021'],
  ])('period %s reads as "%s"', (value, expected) => {
    expect(formatMeetPeriode(value)).toBe(expected);
  });
  test('sortMetingen puts a year before its quarters', () => {
    expect(sortMetingen([{ periode: '2021-Q1' }, { periode: 2021 }, { periode: '2020-Q4' }]).map((m) => m.periode)).toEqual([
      '2020-Q4',
      2021,
      '2021-Q1',
    ]);
  });
});

describe('telAfgeleid', () => {
  const occ = (activiteit: string, datum: string, extra: Partial<Occurrence> = {}): Occurrence => ({
    id: `${activiteit}/${datum}`,
    activiteit,
    datum,
    startIso: `${datum}T10:00:00+01:00`,
    status: 'gepland',
    bron: 'regel',
    locatie: 'wiershoeck',
    ...extra,
  });
  const activities = new Map<string, ActivityFacts>([
    ['koffie', { organisator: 'michi-noeki', themas: ['ontmoeting'], wijken: ['beijum'] }],
    ['sport', { organisator: 'wij', themas: ['sport-en-bewegen'], wijken: ['beijum'] }],
  ]);
  const occurrences = [
    occ('koffie', '2026-11-25'),
    occ('koffie', '2026-12-02'),
    occ('koffie', '2026-12-09', { status: 'geannuleerd' }),
    occ('koffie', '2026-12-16', { status: 'vol' }),
    occ('koffie', '2026-12-21', { status: 'verplaatst', locatie: 'elders' }), // moved to another place for one day
    occ('koffie', '2026-12-30'), // day 36: outside the 4 weeks
    occ('sport', '2026-11-26'),
    occ('sport', '2026-12-22'), // last day of the 4 weeks
  ];

  test('per week at a place: taking-place occurrences in the next 4 weeks at that place, divided by 4', () => {
    const t = telAfgeleid({ telling: 'activiteiten-per-week', locatie: 'wiershoeck' }, occurrences, activities, TODAY, HORIZON);
    expect(t).toMatchObject({ aantal: 5, waarde: 1.25, van: '2026-11-25', tot: '2026-12-22', deler: 4 });
  });

  test('per week of an initiative counts the activities it organises, wherever they are', () => {
    const t = telAfgeleid({ telling: 'activiteiten-per-week', initiatief: 'michi-noeki' }, occurrences, activities, TODAY, HORIZON);
    expect(t.aantal).toBe(4);
    expect(t.waarde).toBe(1);
  });

  test('per month counts 90 days and divides by 3', () => {
    const t = telAfgeleid({ telling: 'activiteiten-per-maand', thema: 'ontmoeting' }, occurrences, activities, TODAY, HORIZON);
    expect(t).toMatchObject({ aantal: 5, deler: 3, tot: '2027-02-22' });
    expect(t.waarde).toBeCloseTo(1.67, 2);
  });

  test('activiteiten counts distinct activities up to the horizon', () => {
    const t = telAfgeleid({ telling: 'activiteiten', wijk: 'beijum' }, occurrences, activities, TODAY, HORIZON);
    expect(t).toMatchObject({ aantal: 2, waarde: 2, tot: HORIZON });
  });

  test('the explanation names the date, the window, the place and the sum', () => {
    const t = telAfgeleid({ telling: 'activiteiten-per-week', locatie: 'wiershoeck' }, occurrences, activities, TODAY, HORIZON);
    expect(uitlegAfgeleid(t, { telling: 'activiteiten-per-week', locatie: 'wiershoeck' }, { locatie: 'De Wiershoeck' })).toBe(
      'Berekend op 25 november 2026 uit de agenda van deze site: 5 keer een activiteit in De Wiershoeck in de 4 weken van ' +
        '25 november t/m 22 december 2026. 5 gedeeld door 4 is 1,3 per week. Afgelaste data tellen niet mee.',
    );
  });
});

describe('programmaOverzicht', () => {
  const project = (naam: string, extra: Partial<Project>): Project => ({ naam, samenvatting: 's', status: 'uitvoering', ...extra });
  test('sums the budgets of the deelprojecten and counts those without a budget', () => {
    const result = programmaOverzicht(
      [
        {
          slug: 'a',
          data: project('A', {
            nummer: 1,
            periode: { van: '2020-Q1', tot: '2021-Q4' },
            trekker: { naam: 'Jan', organisatie: 'gem' },
            begroting: { posten: [{ post: 'x', bedragen: { 2020: 30000 } }], dekking: [{ bron: 'y', bedragen: { 2020: 20000 } }] },
          }),
        },
        { slug: 'b', data: project('B', { nummer: 2, trekker: { organisatie: 'gem' }, begroting: { posten: [{ post: 'x', bedragen: { 2021: 5000 } }] } }) },
        { slug: 'c', data: project('C', { trekker: { rol: 'Projecthouder' } }) },
        { slug: 'd', data: project('D', { trekker: { naam: 'Gemeente', organisatie: 'gem' } }) },
      ],
      (slug) => (slug === 'gem' ? 'Gemeente' : undefined),
    );
    expect(result.rijen.map((r) => [r.slug, r.kosten, r.dekking, r.tekort, r.trekker, r.periode])).toEqual([
      ['a', 30000, 20000, 10000, 'Jan, Gemeente', '1e kwartaal 2020 – 4e kwartaal 2021'],
      ['b', 5000, 0, 5000, 'Gemeente', undefined],
      ['c', undefined, undefined, undefined, 'Projecthouder', undefined],
      ['d', undefined, undefined, undefined, 'Gemeente', undefined],
    ]);
    expect(result.totaal).toEqual({ kosten: 35000, dekking: 20000, tekort: 15000 });
    expect(result.zonderBegroting).toBe(2);
  });
});

describe('indicatorRij', () => {
  test('measures progress on the last measurement, from the baseline', () => {
    const rij = indicatorRij({
      naam: 'Contact',
      streefwaarde: 95,
      richting: 'hoger',
      nulmeting: { periode: 2020, waarde: 84 },
      metingen: [{ periode: 2024, waarde: 90 }, { periode: 2022, waarde: 86 }],
    });
    expect(rij.metingen.map((m) => m.periode)).toEqual([2022, 2024]);
    expect(rij.huidig).toEqual({ waarde: 90, periode: 2024, afgeleid: false });
    expect(rij.voortgang?.procent).toBeCloseTo(54.55, 2);
  });

  test('has no progress with only a baseline', () => {
    const rij = indicatorRij({ naam: 'Contact', streefwaarde: 95, nulmeting: { periode: 2020, waarde: 84 } });
    expect(rij.huidig).toBeUndefined();
    expect(rij.voortgang).toBeUndefined();
  });

  test('uses the derived count for a derived indicator', () => {
    const telling = { waarde: 6.5, aantal: 26, van: TODAY, tot: '2026-12-22', deler: 4, eenheid: 'per week' };
    const rij = indicatorRij({ naam: 'Per week', streefwaarde: 10, afgeleid: { telling: 'activiteiten-per-week', locatie: 'x' } }, telling);
    expect(rij.huidig).toEqual({ waarde: 6.5, afgeleid: true });
    expect(formatPercentage(rij.voortgang!.procent)).toBe('65%');
  });

  test.each([
    [84, '%', '84%'],
    [6.5, 'per week', '6,5 per week'],
    [6.25, undefined, '6,25'],
    [12000, 'bewoners', '12.000 bewoners'],
  ])('formatWaarde(%s, %s) is "%s"', (waarde, eenheid, expected) => {
    expect(formatWaarde(waarde, eenheid)).toBe(expected);
  });
});
