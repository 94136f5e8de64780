import { describe, expect, test } from 'vitest';
import { planningChart } from './planning.ts';
import { partsText, renderSvg, type Chart, type ChartElement } from './svg.ts';

const TODAY = '2026-11-25';
const NPG = [
  { fase: 'Voorbereidende fase', van: '2020-Q1', tot: '2020-Q1' },
  { fase: 'Realisatiefase', van: '2020-Q2', tot: '2030-Q4' },
  { fase: 'Herijking na het eerste jaar', van: '2021-Q2', tot: '2021-Q2' },
  { fase: 'Project afgerond', van: '2030-Q4', tot: '2030-Q4' },
  { fase: 'Project afgerond en geëvalueerd', van: '2031-Q1', tot: '2031-Q1' },
];

const of = <T extends ChartElement['type']>(chart: Chart, type: T, cls: string) =>
  chart.elements.filter((e): e is Extract<ChartElement, { type: T }> => e.type === type && e.class.split(' ').includes(cls));
const texts = (chart: Chart, cls: string) => of(chart, 'text', cls).map((t) => partsText(t.parts));

describe('planningChart', () => {
  const chart = planningChart({ id: 'ww-planning-grafiek', fasen: NPG, today: TODAY })!;

  test('draws one bar per phase, top to bottom in the order of the plan', () => {
    const bars = of(chart, 'rect', 'ww-chart__fase');
    expect(bars).toHaveLength(5);
    const ys = bars.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(new Set(ys).size).toBe(5);
  });

  test('places each bar in time: later phases start further right, the axis runs from 2020 to 2031-Q1', () => {
    const [voorbereiding, realisatie, herijking, afgerond, evaluatie] = of(chart, 'rect', 'ww-chart__fase');
    expect(voorbereiding!.x).toBe(0);
    expect(realisatie!.x).toBeGreaterThan(voorbereiding!.x);
    expect(herijking!.x).toBeGreaterThan(realisatie!.x);
    expect(afgerond!.x).toBeGreaterThan(herijking!.x);
    expect(evaluatie!.x + evaluatie!.width).toBeCloseTo(100, 5);
    expect(realisatie!.width).toBeGreaterThan(80);
    for (const bar of [voorbereiding!, herijking!, afgerond!, evaluatie!]) expect(bar.width).toBeCloseTo(100 / 45, 0);
  });

  test('names the stand of every phase in words, and marks the running one', () => {
    expect(texts(chart, 'ww-chart__label')).toEqual([
      'Voorbereidende fase: klaar',
      'Realisatiefase: nu bezig',
      'Herijking na het eerste jaar: klaar',
      'Project afgerond: nog niet begonnen',
      'Project afgerond en geëvalueerd:', // 50 characters do not fit on 288 px
      'nog niet begonnen',
    ]);
    const classes = of(chart, 'rect', 'ww-chart__fase').map((b) => b.class.split(' ')[1]);
    expect(classes).toEqual(['ww-chart__fase--afgerond', 'ww-chart__fase--bezig', 'ww-chart__fase--afgerond', 'ww-chart__fase--gepland', 'ww-chart__fase--gepland']);
    const bezig = of(chart, 'text', 'ww-chart__label')[1]!;
    expect(bezig.parts.at(-1)).toEqual({ text: ' nu bezig', class: 'ww-chart__stand ww-chart__stand--bezig' });
  });

  test('draws a "vandaag" line at 25 November 2026, inside the Realisatiefase bar', () => {
    const [line] = of(chart, 'line', 'ww-chart__vandaag');
    const realisatie = of(chart, 'rect', 'ww-chart__fase')[1]!;
    expect(line!.x1).toBeCloseTo((2026 + 328 / 365 - 2020) / 11.25 * 100, 1);
    expect(line!.x1).toBeGreaterThan(realisatie.x);
    expect(line!.x1).toBeLessThan(realisatie.x + realisatie.width);
    expect(texts(chart, 'ww-chart__vandaag-label')).toEqual(['vandaag']);
  });

  test('labels the years on the axis, every second year when eleven would not fit at 320 px', () => {
    expect(texts(chart, 'ww-chart__axis-label')).toEqual(['2020', '2022', '2024', '2026', '2028', '2030']);
    const wide = planningChart({ id: 'x', fasen: NPG, today: TODAY }, { minWidth: 900 })!;
    expect(texts(wide, 'ww-chart__axis-label')).toHaveLength(11);
  });

  test('has a Dutch title and a desc with the periods per stand', () => {
    expect(chart.title).toBe('Planning: de fasen op een tijdlijn');
    expect(chart.desc).toBe(
      'Planning van 1e kwartaal 2020 tot en met 1e kwartaal 2031, in 5 fasen. Stand op 25 november 2026. ' +
        'Nu bezig: Realisatiefase (2e kwartaal 2020 – 4e kwartaal 2030). ' +
        'Klaar: Voorbereidende fase (1e kwartaal 2020); Herijking na het eerste jaar (2e kwartaal 2021). ' +
        'Nog niet begonnen: Project afgerond (4e kwartaal 2030); Project afgerond en geëvalueerd (1e kwartaal 2031).',
    );
  });

  test('says in words when today lies after the plan, without a line', () => {
    const melle = planningChart({ id: 'x', fasen: [{ fase: 'Fase 1', van: '2020-Q1', tot: '2021-Q4' }], today: TODAY })!;
    expect(of(melle, 'line', 'ww-chart__vandaag')).toEqual([]);
    expect(texts(melle, 'ww-chart__vandaag-label')).toEqual(['Vandaag: alle fasen zijn voorbij']);
    expect(of(melle, 'line', 'ww-chart__tick').length).toBe(9); // quarter ticks on a short plan
  });

  test('runs an open-ended phase to the end of the axis', () => {
    const open = planningChart({ id: 'x', fasen: [{ fase: 'Start', van: '2024-Q1', tot: '2024-Q2' }, { fase: 'Doorlopend', van: '2024-Q3' }], today: TODAY })!;
    const bar = of(open, 'rect', 'ww-chart__fase--open')[0]!;
    expect(bar.x + bar.width).toBe(100);
    expect(bar.x).toBeLessThan(50); // the axis shows 2024 up to and including today (2026)
    expect(of(open, 'line', 'ww-chart__vandaag')).toHaveLength(1);
    expect(open.desc).toContain('Planning vanaf 1e kwartaal 2024');
  });

  test('has no chart without phases', () => {
    expect(planningChart({ id: 'x', fasen: [], today: TODAY })).toBeUndefined();
  });

  test('escapes a phase name with < and & in the markup', () => {
    const svg = renderSvg(planningChart({ id: 'x', fasen: [{ fase: 'Bouw <fase> & oplevering', van: '2026-Q1', tot: '2026-Q4' }], today: TODAY })!);
    expect(svg).toContain('Bouw &lt;fase&gt; &amp; oplevering');
    expect(svg).not.toContain('<fase>');
  });
});
