import { describe, expect, test } from 'vitest';
import { summarizeBegroting } from '../budget.ts';
import { begrotingChart } from './begroting.ts';
import { partsText, renderSvg, type Chart, type ChartElement } from './svg.ts';

const rects = (chart: Chart, cls: string) =>
  chart.elements.filter((e): e is Extract<ChartElement, { type: 'rect' }> => e.type === 'rect' && e.class.split(' ').includes(cls));
const labels = (chart: Chart, cls: string) =>
  chart.elements.flatMap((e) => (e.type === 'text' && e.class === cls ? [partsText(e.parts)] : []));

const NPG = summarizeBegroting({
  posten: [
    { post: 'Wijkondersteuner', bedragen: { 2020: 60000, 2021: 60000, 2022: 60000, 2023: 47500, 2024: 47500, 2025: 45000, 2026: 45000, 2027: 45000, 2028: 45000, 2029: 45000 } },
  ],
  dekking: [
    { bron: 'Gemeente', bedragen: { 2020: 50000, 2021: 50000, 2022: 50000 }, status: 'toegezegd' },
    { bron: 'NPG', bedragen: { 2020: 10000, 2021: 10000, 2022: 10000, 2023: 47500, 2024: 47500, 2025: 45000, 2026: 45000, 2027: 45000, 2028: 45000, 2029: 45000 }, status: 'aangevraagd' },
  ],
});

describe('begrotingChart', () => {
  const chart = begrotingChart({ id: 'ww-begroting-grafiek', jaren: NPG.jaren })!;

  test('draws a cost bar and a coverage bar for each of the ten years, going down the chart', () => {
    const kosten = rects(chart, 'ww-chart__bar--kosten');
    const dekking = rects(chart, 'ww-chart__bar--dekking');
    expect(kosten).toHaveLength(10);
    expect(dekking).toHaveLength(10);
    kosten.forEach((k, i) => {
      expect(dekking[i]!.y).toBeGreaterThan(k.y);
      if (i > 0) expect(k.y).toBeGreaterThan(dekking[i - 1]!.y);
    });
    const ends = kosten.map((k) => k.x + k.width);
    expect(ends.slice(0, 3)).toEqual([ends[0], ends[0], ends[0]]);
    expect((ends[3]! - kosten[0]!.x) / (ends[0]! - kosten[0]!.x)).toBeCloseTo(47500 / 60000, 5);
    expect(ends[0]).toBeLessThan(80); // room for "€ 60.000" after the longest bar at 288 px
    expect(rects(chart, 'ww-chart__tekort')).toEqual([]);
    expect(chart.patterns).toEqual([]);
  });

  test('writes the year before and the amount after each bar, in Dutch notation', () => {
    expect(labels(chart, 'ww-chart__year')).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029']);
    expect(labels(chart, 'ww-chart__value-label').slice(0, 8)).toEqual(['€ 60.000', '€ 60.000', '€ 60.000', '€ 60.000', '€ 60.000', '€ 60.000', '€ 47.500', '€ 47.500']);
    expect(labels(chart, 'ww-chart__key')).toEqual(['Per jaar: bovenste balk kosten,', 'onderste balk dekking.']);
    const [first] = rects(chart, 'ww-chart__bar--kosten');
    const label = chart.elements.find((e) => e.type === 'text' && e.class === 'ww-chart__value-label')!;
    expect(label.type === 'text' && label.x).toBeGreaterThan(first!.x + first!.width);
  });

  test('sums the years in the desc: € 500.000 costs, fully covered', () => {
    expect(chart.title).toBe('Begroting: kosten en dekking per jaar');
    expect(chart.desc).toBe(
      'Begroting van 2020 tot en met 2029: totale kosten € 500.000, totale dekking € 500.000. ' +
        'De kosten zijn het hoogst in 2020 (€ 60.000) en het laagst in 2025 (€ 45.000). In elk jaar zijn de kosten gedekt.',
    );
  });

  test('hatches and names the missing coverage in a year that falls short', () => {
    const jaren = summarizeBegroting({
      posten: [{ post: 'Ontmoeting', bedragen: { 2010: 30000 } }],
      dekking: [{ bron: 'Innovatiefonds', bedragen: { 2010: 20000 } }],
    }).jaren;
    const short = begrotingChart({ id: 'hhw', jaren })!;
    const [tekort] = rects(short, 'ww-chart__tekort');
    const [dekking] = rects(short, 'ww-chart__bar--dekking');
    expect(tekort).toMatchObject({ pattern: 'tekort', y: dekking!.y });
    const [kosten] = rects(short, 'ww-chart__bar--kosten');
    expect(tekort!.x).toBeCloseTo(dekking!.x + dekking!.width, 5);
    expect(tekort!.x + tekort!.width).toBeCloseTo(kosten!.x + kosten!.width, 5);
    expect(dekking!.width / kosten!.width).toBeCloseTo(2 / 3, 5);
    expect(short.patterns).toEqual(['tekort']);
    expect(labels(short, 'ww-chart__value-label')).toEqual(['€ 30.000', '€ 20.000']);
    expect(labels(short, 'ww-chart__tekort-label')).toEqual(['ontbreekt € 10.000']);
    expect(labels(short, 'ww-chart__key').join(' ')).toBe('Per jaar: bovenste balk kosten, onderste balk dekking, gearceerd: dekking ontbreekt.');
    expect(short.desc).toContain('Dekking ontbreekt: € 10.000 in 2010; samen € 10.000.');
    expect(renderSvg(short)).toContain('fill="url(#hhw-tekort)"');
  });

  test('copes with zero and negative amounts and with no years', () => {
    const zero = begrotingChart({ id: 'x', jaren: [{ jaar: '2024', kosten: 0, dekking: 0, tekort: 0 }, { jaar: '2025', kosten: -100, dekking: 0, tekort: 0 }] })!;
    expect([...rects(zero, 'ww-chart__bar--kosten'), ...rects(zero, 'ww-chart__bar--dekking')].map((r) => r.width)).toEqual([0, 0, 0, 0]);
    expect(labels(zero, 'ww-chart__value-label')).toEqual(['€ 0', '€ 0', '-€ 100', '€ 0']);
    expect(zero.desc).toContain('totale kosten -€ 100');
    expect(begrotingChart({ id: 'x', jaren: [] })).toBeUndefined();
  });
});
