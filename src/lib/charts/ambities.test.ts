import { describe, expect, test } from 'vitest';
import { ambitiesChart } from './ambities.ts';
import { partsText, renderSvg, type Chart, type ChartElement } from './svg.ts';

const rects = (chart: Chart, cls: string) =>
  chart.elements.filter((e): e is Extract<ChartElement, { type: 'rect' }> => e.type === 'rect' && e.class.split(' ').includes(cls));
const labels = (chart: Chart) => chart.elements.flatMap((e) => (e.type === 'text' ? [partsText(e.parts)] : []));

const NPG = [
  { label: 'Economie', punten: 5 },
  { label: 'Werken en leren', punten: 20 },
  { label: 'Leefbaarheid', punten: 70 },
  { label: 'Natuur en klimaat', punten: 5 },
];

describe('ambitiesChart', () => {
  const chart = ambitiesChart({ id: 'ww-ambities-grafiek', rijen: NPG })!;

  test('draws one bar per ambition, as long as its points out of 100, in the written order', () => {
    const bars = rects(chart, 'ww-chart__bar--ambitie');
    expect(bars.map((b) => b.width)).toEqual([5, 20, 70, 5]);
    expect(bars.every((b, i) => i === 0 || b.y > bars[i - 1]!.y)).toBe(true);
    expect(rects(chart, 'ww-chart__track').map((t) => t.width)).toEqual([100, 100, 100, 100]);
  });

  test('writes the name and the number above every bar', () => {
    expect(labels(chart)).toEqual([
      'Economie: 5 punten',
      'Werken en leren: 20 punten',
      'Leefbaarheid: 70 punten',
      'Natuur en klimaat: 5 punten',
    ]);
  });

  test('has a title and a desc with every number', () => {
    expect(chart.title).toBe('Ambities: punten per ambitie, van de 100');
    expect(chart.desc).toBe('Verdeling van 100 punten over 4 ambities: Economie 5, Werken en leren 20, Leefbaarheid 70, Natuur en klimaat 5.');
  });

  test('draws zero as an empty track and clips negative or too large values, but writes them as they are', () => {
    const edge = ambitiesChart({ id: 'x', rijen: [{ label: 'Nul', punten: 0 }, { label: 'Min', punten: -10 }, { label: 'Veel', punten: 110 }, { label: 'Half', punten: 2.5 }, { label: 'Een', punten: 1 }] })!;
    expect(rects(edge, 'ww-chart__bar--ambitie').map((b) => b.width)).toEqual([0, 0, 100, 2.5, 1]);
    expect(labels(edge)).toEqual(['Nul: 0 punten', 'Min: -10 punten', 'Veel: 110 punten', 'Half: 2,5 punten', 'Een: 1 punt']);
  });

  test('has no chart without ambitions', () => {
    expect(ambitiesChart({ id: 'x', rijen: [] })).toBeUndefined();
  });

  test('escapes a label with < and &', () => {
    const svg = renderSvg(ambitiesChart({ id: 'x', rijen: [{ label: 'Zorg & <welzijn>', punten: 100 }] })!);
    expect(svg).toContain('Zorg &amp; &lt;welzijn&gt;:');
    expect(svg).toContain('Verdeling van 100 punten over 1 ambitie: Zorg &amp; &lt;welzijn&gt; 100.');
  });
});
