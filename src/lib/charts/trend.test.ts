import { describe, expect, test } from 'vitest';
import { trendChart, type TrendChartInput } from './trend.ts';
import { partsText, renderSvg, type Chart, type ChartElement } from './svg.ts';

const of = <T extends ChartElement['type']>(chart: Chart, type: T, cls: string) =>
  chart.elements.filter((e): e is Extract<ChartElement, { type: T }> => e.type === type && e.class.split(' ').includes(cls));
const texts = (chart: Chart, cls: string) => of(chart, 'text', cls).map((t) => partsText(t.parts));

const OPLOSSINGEN: TrendChartInput = {
  id: 'ww-trend-2',
  naam: 'Oplossingen via het informele netwerk',
  eenheid: 'oplossingen (opgeteld)',
  streefwaarde: 100,
  richting: 'hoger',
  metingen: [
    { periode: '2020-Q2', waarde: 15 },
    { periode: '2020-Q1', waarde: 4 },
    { periode: '2020-Q3', waarde: 29 },
    { periode: '2020-Q4', waarde: 44 },
    { periode: '2021-Q1', waarde: 58 },
    { periode: '2021-Q2', waarde: 71 },
    { periode: '2021-Q3', waarde: 86 },
    { periode: '2021-Q4', waarde: 102 },
  ],
};

describe('trendChart', () => {
  const chart = trendChart(OPLOSSINGEN)!;

  test('draws a point per measurement, in time order from left to right, higher values higher up', () => {
    const points = of(chart, 'circle', 'ww-chart__point');
    expect(points).toHaveLength(8);
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.cx).toBeGreaterThan(points[i - 1]!.cx);
      expect(points[i]!.cy).toBeLessThan(points[i - 1]!.cy); // every value is higher than the one before
    }
    expect(points.at(-1)!.cx).toBe(97);
    expect(of(chart, 'line', 'ww-chart__trend')).toHaveLength(7);
  });

  test('spaces the points in proportion to time', () => {
    const sparse = trendChart({ id: 'x', naam: 'n', metingen: [{ periode: 2020, waarde: 1 }, { periode: '2020-Q4', waarde: 2 }, { periode: 2022, waarde: 3 }] })!;
    const [a, b, c] = of(sparse, 'circle', 'ww-chart__point').map((p) => p.cx);
    expect((b! - a!) / (c! - a!)).toBeCloseTo(0.375 / 2, 5);
  });

  test('draws the target as a dashed line at its height and names it in the key', () => {
    const [target] = of(chart, 'line', 'ww-chart__target');
    const points = of(chart, 'circle', 'ww-chart__point');
    expect(target!.y1).toBe(target!.y2);
    expect(target!.y1).toBeGreaterThan(points.at(-1)!.cy); // 102 is above the target of 100
    expect(target!.y1).toBeLessThan(points.at(-2)!.cy);
    expect(texts(chart, 'ww-chart__key').join(' ')).toBe('Rondjes: metingen. Stippellijn: streefwaarde 100 oplossingen (opgeteld).');
  });

  test('labels the value axis with round numbers and the first and last period', () => {
    expect(texts(chart, 'ww-chart__axis-label')).toEqual(['0', '50', '100', '150', '1e kwartaal 2020', '4e kwartaal 2021']);
    expect(texts(chart, 'ww-chart__value-label')).toEqual(['4', '15', '29', '44', '58', '71', '86', '102']);
  });

  test('has a Dutch title and a desc with every measurement and the target', () => {
    expect(chart.title).toBe('Verloop: Oplossingen via het informele netwerk');
    expect(chart.desc).toBe(
      'Oplossingen via het informele netwerk. Metingen: 1e kwartaal 2020: 4 oplossingen (opgeteld), 2e kwartaal 2020: 15 oplossingen (opgeteld), ' +
        '3e kwartaal 2020: 29 oplossingen (opgeteld), 4e kwartaal 2020: 44 oplossingen (opgeteld), 1e kwartaal 2021: 58 oplossingen (opgeteld), ' +
        '2e kwartaal 2021: 71 oplossingen (opgeteld), 3e kwartaal 2021: 86 oplossingen (opgeteld), 4e kwartaal 2021: 102 oplossingen (opgeteld). ' +
        'Streefwaarde: 100 oplossingen (opgeteld) (hoger is beter). Bij de laatste meting is de streefwaarde gehaald.',
    );
  });

  test('marks the baseline as an open circle and writes percentages with a comma', () => {
    const pct = trendChart({
      id: 'x',
      naam: 'Genoeg contact',
      eenheid: '%',
      streefwaarde: 95,
      richting: 'hoger',
      nulmeting: { periode: 2020, waarde: 84 },
      metingen: [{ periode: 2022, waarde: 86.5 }],
    })!;
    expect(of(pct, 'circle', 'ww-chart__point--nulmeting')).toHaveLength(1);
    expect(of(pct, 'circle', 'ww-chart__point')).toHaveLength(2);
    expect(texts(pct, 'ww-chart__value-label')).toEqual(['84%', '86,5%']);
    expect(texts(pct, 'ww-chart__key').join(' ')).toBe('Open rondje: nulmeting. Dichte rondjes: metingen. Stippellijn: streefwaarde 95%.');
    expect(pct.desc).toBe(
      'Genoeg contact. Nulmeting 2020: 84%. Metingen: 2022: 86,5%. Streefwaarde: 95% (hoger is beter). Bij de laatste meting is het nog 8,5% te laag voor de streefwaarde.',
    );
  });

  test('handles lower-is-better, negative values and skips labels that would overlap', () => {
    const lager = trendChart({
      id: 'x',
      naam: 'Saldo',
      richting: 'lager',
      streefwaarde: -5,
      metingen: Array.from({ length: 12 }, (_, i) => ({ periode: `${2020 + Math.floor(i / 4)}-Q${(i % 4) + 1}`, waarde: 10 - i })),
    })!;
    expect(of(lager, 'circle', 'ww-chart__point')).toHaveLength(12);
    expect(texts(lager, 'ww-chart__value-label')).toEqual(['10', '-1']); // more than 8 points: first and last only
    expect(texts(lager, 'ww-chart__axis-label').slice(0, 2)).toEqual(['-5', '0']);
    expect(lager.desc).toContain('Bij de laatste meting is het nog 4 te hoog voor de streefwaarde.');
  });

  test('has no chart with fewer than two points', () => {
    expect(trendChart({ id: 'x', naam: 'n', nulmeting: { periode: 2020, waarde: 84 }, streefwaarde: 95 })).toBeUndefined();
    expect(trendChart({ id: 'x', naam: 'n', metingen: [] })).toBeUndefined();
  });

  test('places all text inside the chart height', () => {
    for (const el of chart.elements) if (el.type === 'text') expect(el.y).toBeLessThanOrEqual(chart.height);
  });

  test('escapes the name of the indicator', () => {
    const svg = renderSvg(trendChart({ ...OPLOSSINGEN, naam: 'Kinderen <12 & ouders' })!);
    expect(svg).toContain('<title id="ww-trend-2-titel">Verloop: Kinderen &lt;12 &amp; ouders</title>');
  });
});
