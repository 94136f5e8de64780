/**
 * The budget per year: for each year its label at the left and two bars, costs (top) and coverage (bottom),
 * each with its amount written after it. Where coverage falls short, the missing part is hatched on the
 * coverage bar and named below it ("ontbreekt € 10.000"), so the gap shows without colour.
 */
import { formatEuro } from '../money.ts';
import type { JaarOverzicht } from '../budget.ts';
import { linear } from './scale.ts';
import { SMALL_FONT_SIZE, layoutOf, textWidthPct, wrapParts, type Chart, type ChartElement, type ChartOptions, type TextPart } from './svg.ts';

export interface BegrotingChartInput {
  id: string;
  jaren: readonly Pick<JaarOverzicht, 'jaar' | 'kosten' | 'dekking' | 'tekort'>[];
}

const BAR = 14;
const BETWEEN = 3;
const GAP = 12;
/** Pattern id suffix of the hatch for missing coverage. */
export const TEKORT_PATTERN = 'tekort';

/** Costs and coverage per year as paired bars, or undefined without years. Negative amounts are drawn as 0. */
export function begrotingChart(input: BegrotingChartInput, options: ChartOptions = {}): Chart | undefined {
  if (input.jaren.length === 0) return undefined;
  const layout = layoutOf(options);
  const hasTekort = input.jaren.some((j) => j.tekort > 0);
  const elements: ChartElement[] = [];
  let y = 0;
  // A key in words (by position and pattern, never by colour alone).
  const key: TextPart[] = [{ text: 'Per jaar: bovenste balk kosten,' }, { text: `onderste balk dekking${hasTekort ? ',' : '.'}` }];
  if (hasTekort) key.push({ text: 'gearceerd: dekking ontbreekt.' });
  for (const line of wrapParts(key, layout.maxChars)) {
    y += layout.lineHeight;
    elements.push({ type: 'text', x: 0, y: y - 4, parts: line, anchor: 'start', class: 'ww-chart__key' });
  }
  y += 8;

  // Columns: the year at the left, the bars, and room after the longest bar for the longest amount.
  const amounts = input.jaren.flatMap((j) => [formatEuro(j.kosten), formatEuro(j.dekking)]);
  const yearWidth = Math.max(...input.jaren.map((j) => textWidthPct(j.jaar, layout)));
  const amountWidth = Math.max(...amounts.map((a) => textWidthPct(a, layout, SMALL_FONT_SIZE)));
  const left = Math.min(30, yearWidth + 2);
  const right = Math.max(left + 20, 100 - amountWidth - 1.5);
  const max = Math.max(0, ...input.jaren.flatMap((j) => [j.kosten, j.dekking]));
  const x = linear([0, max > 0 ? max : 1], [left, right]);
  const end = (amount: number) => x(Math.max(0, amount));

  for (const j of input.jaren) {
    const kostenEnd = end(j.kosten);
    const dekkingEnd = end(j.dekking);
    elements.push({ type: 'text', x: 0, y: y + BAR + 1, parts: [{ text: j.jaar }], anchor: 'start', class: 'ww-chart__year' });
    elements.push({ type: 'rect', x: left, y, width: kostenEnd - left, height: BAR, class: 'ww-chart__bar ww-chart__bar--kosten' });
    elements.push({ type: 'text', x: kostenEnd + 1, y: y + BAR - 2, parts: [{ text: formatEuro(j.kosten) }], anchor: 'start', class: 'ww-chart__value-label' });
    y += BAR + BETWEEN;
    elements.push({ type: 'rect', x: left, y, width: dekkingEnd - left, height: BAR, class: 'ww-chart__bar ww-chart__bar--dekking' });
    if (j.tekort > 0) {
      elements.push({ type: 'rect', x: dekkingEnd, y, width: kostenEnd - dekkingEnd, height: BAR, class: 'ww-chart__tekort', pattern: TEKORT_PATTERN });
    }
    elements.push({
      type: 'text',
      x: Math.max(kostenEnd, dekkingEnd) + 1,
      y: y + BAR - 2,
      parts: [{ text: formatEuro(j.dekking) }],
      anchor: 'start',
      class: 'ww-chart__value-label',
    });
    y += BAR;
    if (j.tekort > 0) {
      y += layout.lineHeight;
      elements.push({ type: 'text', x: left, y: y - 4, parts: [{ text: `ontbreekt ${formatEuro(j.tekort)}` }], anchor: 'start', class: 'ww-chart__tekort-label' });
    }
    y += GAP;
  }
  return {
    id: input.id,
    kind: 'begroting',
    height: y - GAP + 4,
    title: 'Begroting: kosten en dekking per jaar',
    desc: begrotingDesc(input.jaren),
    patterns: hasTekort ? [TEKORT_PATTERN] : [],
    elements,
  };
}

function begrotingDesc(jaren: BegrotingChartInput['jaren']): string {
  const first = jaren[0]!.jaar;
  const last = jaren.at(-1)!.jaar;
  const sum = (key: 'kosten' | 'dekking' | 'tekort') => Math.round(jaren.reduce((a, j) => a + j[key], 0) * 100) / 100;
  const periode = first === last ? `in ${first}` : `van ${first} tot en met ${last}`;
  const intro = `Begroting ${periode}: totale kosten ${formatEuro(sum('kosten'))}, totale dekking ${formatEuro(sum('dekking'))}.`;
  const sentences = [intro];
  if (jaren.length > 1) {
    const high = jaren.reduce((a, b) => (b.kosten > a.kosten ? b : a));
    const low = jaren.reduce((a, b) => (b.kosten < a.kosten ? b : a));
    if (high.kosten !== low.kosten) {
      sentences.push(`De kosten zijn het hoogst in ${high.jaar} (${formatEuro(high.kosten)}) en het laagst in ${low.jaar} (${formatEuro(low.kosten)}).`);
    } else {
      sentences.push(`De kosten zijn elk jaar ${formatEuro(high.kosten)}.`);
    }
  }
  const short = jaren.filter((j) => j.tekort > 0);
  if (short.length === 0) sentences.push(jaren.length === 1 ? 'De kosten zijn gedekt.' : 'In elk jaar zijn de kosten gedekt.');
  else sentences.push(`Dekking ontbreekt: ${short.map((j) => `${formatEuro(j.tekort)} in ${j.jaar}`).join(', ')}; samen ${formatEuro(sum('tekort'))}.`);
  return sentences.join(' ');
}
