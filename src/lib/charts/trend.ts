/**
 * The trend of one indicator: the baseline (open circle) and the measurements (filled circles) joined by a
 * line, placed in proportion to time, with the target as a dashed line. A key in words says which is which;
 * values are written next to the points.
 */
import { formatGetal } from '../money.ts';
import { formatMeetPeriode, formatWaarde, sortMetingen } from '../project.ts';
import { linear, meetPeriodeMidden, niceTicks } from './scale.ts';
import {
  SMALL_FONT_SIZE,
  layoutOf,
  placeLabel,
  textWidthPct,
  wrapParts,
  type Chart,
  type ChartElement,
  type ChartOptions,
  type Layout,
  type TextAnchor,
  type TextPart,
} from './svg.ts';

export interface Meting {
  periode: number | string;
  waarde: number;
}

export interface TrendChartInput {
  id: string;
  naam: string;
  eenheid?: string | undefined;
  nulmeting?: Meting | undefined;
  metingen?: readonly Meting[] | undefined;
  streefwaarde?: number | undefined;
  richting?: 'hoger' | 'lager' | undefined;
}

const PLOT = 140;
const R = 4;
/** Points are labelled one by one up to this many; above it only the first and the last. */
const MAX_LABELLED = 8;

interface Punt extends Meting {
  nul: boolean;
  t: number;
}

/** A label the chart tries to place; skipped when it would overlap one already placed. */
interface Label {
  x: number;
  y: number;
  text: string;
  anchor: TextAnchor;
}

function span(label: Label, layout: Layout, size: number): [number, number] {
  const w = textWidthPct(label.text, layout, size);
  if (label.anchor === 'start') return [label.x, label.x + w];
  if (label.anchor === 'end') return [label.x - w, label.x];
  return [label.x - w / 2, label.x + w / 2];
}

function overlaps(a: Label, b: Label, layout: Layout, size: number): boolean {
  const [a0, a1] = span(a, layout, size);
  const [b0, b1] = span(b, layout, size);
  return Math.abs(a.y - b.y) < size + 2 && a0 < b1 + 1 && b0 < a1 + 1;
}

/** The value written at a point: a percentage keeps its sign, other units are in the key. */
function puntWaarde(waarde: number, eenheid: string | undefined): string {
  return eenheid === '%' ? formatWaarde(waarde, '%') : formatGetal(waarde, 2);
}

/** The trend of an indicator, or undefined when it has fewer than two points (baseline and measurements). */
export function trendChart(input: TrendChartInput, options: ChartOptions = {}): Chart | undefined {
  const punten: Punt[] = [
    ...(input.nulmeting ? [{ ...input.nulmeting, nul: true }] : []),
    ...sortMetingen(input.metingen ?? []).map((m) => ({ ...m, nul: false })),
  ]
    .filter((p) => Number.isFinite(p.waarde))
    .map((p) => ({ ...p, t: meetPeriodeMidden(p.periode) }));
  if (punten.length < 2) return undefined;
  const layout = layoutOf(options);
  const elements: ChartElement[] = [];

  // Key in words.
  const key: TextPart[] = [];
  if (input.nulmeting) key.push({ text: 'Open rondje: nulmeting.' });
  key.push({ text: input.nulmeting ? 'Dichte rondjes: metingen.' : 'Rondjes: metingen.' });
  if (input.streefwaarde !== undefined) key.push({ text: `Stippellijn: streefwaarde ${formatWaarde(input.streefwaarde, input.eenheid)}.` });
  else if (input.eenheid && input.eenheid !== '%') key.push({ text: `In ${input.eenheid}.` });
  let y = 0;
  for (const line of wrapParts(key, layout.maxChars)) {
    y += layout.lineHeight;
    elements.push({ type: 'text', x: 0, y: y - 4, parts: line, anchor: 'start', class: 'ww-chart__key' });
  }

  // Scales: values (with the target) on round ticks; time from the first to the last point.
  const values = punten.map((p) => p.waarde);
  const withTarget = input.streefwaarde === undefined ? values : [...values, input.streefwaarde];
  const ticks = niceTicks(Math.min(...withTarget), Math.max(...withTarget), 4);
  const top = y + layout.lineHeight + 8;
  const bottom = top + PLOT;
  const yOf = linear([ticks.min, ticks.max], [bottom, top]);
  const tickTexts = ticks.ticks.map((t) => formatGetal(t, 2));
  const left = Math.min(40, Math.max(...tickTexts.map((t) => textWidthPct(t, layout, SMALL_FONT_SIZE))) + 4);
  const xOf = linear([punten[0]!.t, punten.at(-1)!.t], [left, 97]);

  ticks.ticks.forEach((t, i) => {
    const ty = yOf(t);
    elements.push({ type: 'line', x1: 0, y1: ty, x2: 100, y2: ty, class: t === 0 || i === 0 ? 'ww-chart__axis' : 'ww-chart__grid' });
    elements.push({ type: 'text', x: 0, y: ty - 3, parts: [{ text: tickTexts[i]! }], anchor: 'start', class: 'ww-chart__axis-label' });
  });
  if (input.streefwaarde !== undefined) {
    const ty = yOf(input.streefwaarde);
    elements.push({ type: 'line', x1: left, y1: ty, x2: 100, y2: ty, class: 'ww-chart__target' });
  }
  for (let i = 1; i < punten.length; i++) {
    const a = punten[i - 1]!;
    const b = punten[i]!;
    elements.push({ type: 'line', x1: xOf(a.t), y1: yOf(a.waarde), x2: xOf(b.t), y2: yOf(b.waarde), class: 'ww-chart__trend' });
  }
  for (const p of punten) {
    elements.push({ type: 'circle', cx: xOf(p.t), cy: yOf(p.waarde), r: R, class: p.nul ? 'ww-chart__point ww-chart__point--nulmeting' : 'ww-chart__point' });
  }

  // Value labels above the points, skipping any that would overlap (the table has every number).
  const wanted = punten.length <= MAX_LABELLED ? punten : [punten[0]!, punten.at(-1)!];
  const placed: Label[] = [];
  const ordered = [wanted[0]!, ...(wanted.length > 1 ? [wanted.at(-1)!] : []), ...wanted.slice(1, -1)];
  for (const p of ordered) {
    const text = puntWaarde(p.waarde, input.eenheid);
    const at = placeLabel(xOf(p.t), text, layout, SMALL_FONT_SIZE);
    const label = { ...at, y: yOf(p.waarde) - R - 4, text };
    if (placed.some((l) => overlaps(l, label, layout, SMALL_FONT_SIZE))) continue;
    placed.push(label);
  }
  for (const l of placed.sort((a, b) => a.x - b.x)) {
    elements.push({ type: 'text', x: l.x, y: l.y, parts: [{ text: l.text }], anchor: l.anchor, class: 'ww-chart__value-label' });
  }

  // Periods under the axis: first and last always (the last on a second line if they would touch).
  let axisY = bottom + SMALL_FONT_SIZE + 6;
  const firstText = formatMeetPeriode(punten[0]!.periode);
  const lastText = formatMeetPeriode(punten.at(-1)!.periode);
  const first: Label = { ...placeLabel(xOf(punten[0]!.t), firstText, layout, SMALL_FONT_SIZE), y: axisY, text: firstText };
  let last: Label = { ...placeLabel(xOf(punten.at(-1)!.t), lastText, layout, SMALL_FONT_SIZE), y: axisY, text: lastText };
  if (overlaps(first, last, layout, SMALL_FONT_SIZE)) {
    axisY += SMALL_FONT_SIZE + 4;
    last = { ...last, y: axisY };
  }
  for (const l of [first, last]) {
    elements.push({ type: 'text', x: l.x, y: l.y, parts: [{ text: l.text }], anchor: l.anchor, class: 'ww-chart__axis-label' });
  }

  return {
    id: input.id,
    kind: 'trend',
    height: axisY + 6,
    title: `Verloop: ${input.naam}`,
    desc: trendDesc(input, punten),
    patterns: [],
    elements,
  };
}

function trendDesc(input: TrendChartInput, punten: readonly Punt[]): string {
  const w = (v: number) => formatWaarde(v, input.eenheid);
  const sentences: string[] = [];
  const nul = punten.find((p) => p.nul);
  if (nul) sentences.push(`Nulmeting ${formatMeetPeriode(nul.periode)}: ${w(nul.waarde)}.`);
  const metingen = punten.filter((p) => !p.nul);
  if (metingen.length > 0) sentences.push(`Metingen: ${metingen.map((m) => `${formatMeetPeriode(m.periode)}: ${w(m.waarde)}`).join(', ')}.`);
  if (input.streefwaarde !== undefined) {
    const richting = input.richting ? ` (${input.richting} is beter)` : '';
    sentences.push(`Streefwaarde: ${w(input.streefwaarde)}${richting}.`);
    const last = punten.at(-1)!;
    const lager = input.richting === 'lager';
    const gehaald = lager ? last.waarde <= input.streefwaarde : last.waarde >= input.streefwaarde;
    const verschil = Math.abs(input.streefwaarde - last.waarde);
    sentences.push(
      gehaald
        ? `Bij de laatste meting is de streefwaarde gehaald.`
        : `Bij de laatste meting is het nog ${w(verschil)} ${lager ? 'te hoog' : 'te laag'} voor de streefwaarde.`,
    );
  }
  return `${input.naam}. ${sentences.join(' ')}`;
}
