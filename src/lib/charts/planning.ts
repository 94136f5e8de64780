/**
 * The planning timeline of a project: one bar per phase on a time axis in years and quarters, the phase
 * running on `today` named in words ("nu bezig") and a "vandaag" line. Pure: `today` is a parameter.
 */
import { periodBounds } from '../budget.ts';
import { formatDatumZonderWeekdag, type IsoDate } from '../dates.ts';
import { FASE_STAND_LABEL, faseStand, formatPeriode, formatPeriodeWaarde, type FaseStand } from '../project.ts';
import { linear, yearFraction, yearFractionEnd } from './scale.ts';
import { SMALL_FONT_SIZE, layoutOf, placeLabel, textWidthPct, wrapParts, type Chart, type ChartElement, type ChartOptions } from './svg.ts';

export interface PlanningFase {
  fase: string;
  van: string;
  tot?: string | undefined;
}

export interface PlanningChartInput {
  /** Unique on the page. */
  id: string;
  fasen: readonly PlanningFase[];
  today: IsoDate;
}

const BAR = 14;
const GAP = 10;
const TICK = 5;

/** A phase placed in time, with its stand on `today`. */
interface Placed extends PlanningFase {
  start: number;
  end?: number | undefined;
  stand: FaseStand;
}

/**
 * The timeline of the phases, or undefined when there is no phase with a valid start.
 * An open-ended phase (no `tot`) runs to the end of the axis.
 */
export function planningChart(input: PlanningChartInput, options: ChartOptions = {}): Chart | undefined {
  const layout = layoutOf(options);
  const placed: Placed[] = input.fasen.flatMap((f) => {
    const start = periodBounds(f.van)?.start;
    if (start === undefined) return [];
    const end = f.tot === undefined ? undefined : periodBounds(f.tot)?.end;
    return [{ ...f, start: yearFraction(start), end: end === undefined ? undefined : yearFractionEnd(end), stand: faseStand(f, input.today) }];
  });
  if (placed.length === 0) return undefined;

  const now = yearFraction(input.today);
  const lo = Math.min(...placed.map((f) => f.start));
  let hi = Math.max(lo + 0.25, ...placed.map((f) => f.end ?? f.start));
  const openStarts = placed.filter((f) => f.end === undefined).map((f) => f.start);
  // An open-ended phase runs on: show at least a year of it, and today, ending on a quarter.
  if (openStarts.length > 0) hi = Math.ceil(Math.max(hi, now, ...openStarts.map((s) => s + 1)) * 4) / 4;
  const x = linear([lo, hi], [0, 100]);
  const nowInside = now >= lo && now <= hi;

  const elements: ChartElement[] = [];
  const top = layout.lineHeight + 2;
  let y = top;
  for (const f of placed) {
    const bezig = f.stand === 'bezig';
    const lines = wrapParts(
      [{ text: `${f.fase}:` }, { text: FASE_STAND_LABEL[f.stand], class: `ww-chart__stand${bezig ? ' ww-chart__stand--bezig' : ''}` }],
      layout.maxChars,
    );
    for (const parts of lines) {
      y += layout.lineHeight;
      elements.push({ type: 'text', x: 0, y: y - 4, parts, anchor: 'start', class: 'ww-chart__label' });
    }
    const x1 = f.end === undefined ? 100 : x(f.end);
    const x0 = Math.min(x(f.start), 99.4); // a one-day phase still shows as a thin bar
    elements.push({
      type: 'rect',
      x: x0,
      y: y + 2,
      width: Math.max(0.6, x1 - x0),
      height: BAR,
      class: `ww-chart__fase ww-chart__fase--${f.stand}${f.end === undefined ? ' ww-chart__fase--open' : ''}`,
    });
    y += 2 + BAR + GAP;
  }

  // Axis with a tick at every year (and quarter, for short plans) and a label per year or every few years.
  const axisY = y;
  elements.push({ type: 'line', x1: 0, y1: axisY, x2: 100, y2: axisY, class: 'ww-chart__axis' });
  const firstYear = Math.floor(lo);
  const lastYear = Math.ceil(hi) - 1;
  const quarters = hi - lo <= 3;
  for (let q = Math.ceil(lo * 4); q <= Math.floor(hi * 4); q++) {
    const t = q / 4;
    const isYear = q % 4 === 0;
    if (!isYear && !quarters) continue;
    elements.push({ type: 'line', x1: x(t), y1: axisY, x2: x(t), y2: axisY + (isYear ? TICK : TICK - 2), class: 'ww-chart__tick' });
    if (isYear && t > lo && t < hi) elements.push({ type: 'line', x1: x(t), y1: top, x2: x(t), y2: axisY, class: 'ww-chart__grid' });
  }
  const labelPct = textWidthPct('2020', layout, SMALL_FONT_SIZE) + (8 / layout.minWidth) * 100;
  const years = lastYear - firstYear + 1;
  const fit = Math.max(1, Math.floor(100 / labelPct));
  const every = [1, 2, 5, 10, 20, 50].find((k) => Math.ceil(years / k) <= fit) ?? 100;
  for (let year = firstYear; year <= lastYear; year += every) {
    const from = Math.max(lo, year);
    const to = Math.min(hi, year + 1);
    if (to - from < 0.25 && years > 1) continue; // less than a quarter of this year is on the axis
    const at = placeLabel(x((from + to) / 2), String(year), layout, SMALL_FONT_SIZE);
    elements.push({ type: 'text', x: at.x, y: axisY + TICK + SMALL_FONT_SIZE + 2, parts: [{ text: String(year) }], anchor: at.anchor, class: 'ww-chart__axis-label' });
  }

  // "vandaag": a line through all phases, or a note when today lies outside the plan.
  if (nowInside) {
    const at = placeLabel(x(now), 'vandaag', layout);
    elements.push({ type: 'line', x1: x(now), y1: top - 2, x2: x(now), y2: axisY + TICK, class: 'ww-chart__vandaag' });
    elements.push({ type: 'text', x: at.x, y: layout.fontSize, parts: [{ text: 'vandaag' }], anchor: at.anchor, class: 'ww-chart__vandaag-label' });
  } else {
    const text = now < lo ? 'Vandaag: de eerste fase moet nog beginnen' : 'Vandaag: alle fasen zijn voorbij';
    elements.push({ type: 'text', x: 0, y: layout.fontSize, parts: [{ text }], anchor: 'start', class: 'ww-chart__vandaag-label' });
  }

  return {
    id: input.id,
    kind: 'planning',
    height: axisY + TICK + SMALL_FONT_SIZE + 8,
    title: 'Planning: de fasen op een tijdlijn',
    desc: planningDesc(placed, input.today),
    patterns: [],
    elements: elements.sort((a, b) => layer(a) - layer(b)),
  };
}

/** Drawing order: grid lines at the back, then bars and lines, then text (with a halo) in front. */
function layer(el: ChartElement): number {
  if (el.type === 'text') return 2;
  return el.class === 'ww-chart__grid' ? 0 : 1;
}

/** The timeline in sentences: overall period, then the phases per stand with their periods. */
function planningDesc(placed: readonly Placed[], today: IsoDate): string {
  const eerste = placed.reduce((a, b) => (b.start < a.start ? b : a));
  const closed = placed.filter((f) => f.end !== undefined);
  const open = placed.length > closed.length;
  const laatste = closed.length > 0 ? closed.reduce((a, b) => ((b.end ?? 0) > (a.end ?? 0) ? b : a)) : undefined;
  const periode = open || !laatste ? `vanaf ${formatPeriodeWaarde(eerste.van)}` : `van ${formatPeriodeWaarde(eerste.van)} tot en met ${formatPeriodeWaarde(laatste.tot ?? laatste.van)}`;
  const aantal = placed.length === 1 ? '1 fase' : `${placed.length} fasen`;
  const groups = (['bezig', 'afgerond', 'gepland'] as const).flatMap((stand) => {
    const list = placed.filter((f) => f.stand === stand);
    if (list.length === 0) return [];
    const label = FASE_STAND_LABEL[stand];
    return [`${label.charAt(0).toLocaleUpperCase('nl')}${label.slice(1)}: ${list.map((f) => `${f.fase} (${formatPeriode(f)})`).join('; ')}.`];
  });
  return `Planning ${periode}, in ${aantal}. Stand op ${formatDatumZonderWeekdag(today)}. ${groups.join(' ')}`;
}
