/**
 * The ambitions of a project (points out of 100) as labelled horizontal bars: every bar has its name and
 * number written above it, and an outline of the full 100 behind it.
 */
import { formatGetal } from '../money.ts';
import { layoutOf, wrapParts, type Chart, type ChartElement, type ChartOptions } from './svg.ts';

export interface AmbitiesChartInput {
  id: string;
  /** In the order the editor wrote them. */
  rijen: readonly { label: string; punten: number }[];
}

const BAR = 16;
const GAP = 12;

/** "5 punten", "1 punt", with a decimal comma when needed. */
function punten(value: number): string {
  return `${formatGetal(value, 1)} ${value === 1 ? 'punt' : 'punten'}`;
}

/** The ambitions as bars on a 0–100 scale, or undefined without ambitions. Values outside 0–100 are drawn clipped. */
export function ambitiesChart(input: AmbitiesChartInput, options: ChartOptions = {}): Chart | undefined {
  if (input.rijen.length === 0) return undefined;
  const layout = layoutOf(options);
  const elements: ChartElement[] = [];
  let y = 0;
  for (const rij of input.rijen) {
    for (const parts of wrapParts([{ text: `${rij.label}:` }, { text: punten(rij.punten), class: 'ww-chart__value' }], layout.maxChars)) {
      y += layout.lineHeight;
      elements.push({ type: 'text', x: 0, y: y - 4, parts, anchor: 'start', class: 'ww-chart__label' });
    }
    const width = Math.min(100, Math.max(0, rij.punten));
    elements.push({ type: 'rect', x: 0, y: y + 2, width: 100, height: BAR, class: 'ww-chart__track' });
    elements.push({ type: 'rect', x: 0, y: y + 2, width, height: BAR, class: 'ww-chart__bar ww-chart__bar--ambitie' });
    y += 2 + BAR + GAP;
  }
  const total = input.rijen.reduce((a, r) => a + r.punten, 0);
  const list = input.rijen.map((r) => `${r.label} ${formatGetal(r.punten, 1)}`).join(', ');
  return {
    id: input.id,
    kind: 'ambities',
    height: y - GAP + 4,
    title: 'Ambities: punten per ambitie, van de 100',
    desc: `Verdeling van ${formatGetal(total, 1)} punten over ${input.rijen.length === 1 ? '1 ambitie' : `${input.rijen.length} ambities`}: ${list}.`,
    patterns: [],
    elements,
  };
}
