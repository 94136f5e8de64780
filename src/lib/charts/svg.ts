/**
 * The plain chart description every chart builder returns, and the one function that turns it into SVG markup.
 *
 * Horizontal positions are percentages of the chart width and vertical positions are CSS pixels, so a chart
 * stretches to any width (320 px phone or desktop) while its text keeps its real size: a `viewBox` would
 * shrink the text together with the chart. Colours never appear here: every element carries a class, and the
 * stylesheet (src/components/project/charts/Chart.astro) maps classes to the `--ww-chart-*` design tokens.
 */

/** A horizontal position or width as a percentage of the chart width (0–100). */
export type Pct = number;

/** A run of text with its own class (bold year, shortfall in red …). */
export interface TextPart {
  text: string;
  class?: string | undefined;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** One drawn element; `class` names its role (`ww-chart__bar--kosten`), never a colour. */
export type ChartElement =
  | { type: 'rect'; x: Pct; y: number; width: Pct; height: number; class: string; pattern?: string | undefined }
  | { type: 'line'; x1: Pct; y1: number; x2: Pct; y2: number; class: string }
  | { type: 'circle'; cx: Pct; cy: number; r: number; class: string }
  | { type: 'text'; x: Pct; y: number; parts: TextPart[]; anchor: TextAnchor; class: string };

/** What a chart builder returns: a plain, testable description of the picture. */
export interface Chart {
  /** Unique on the page; the ids of title, desc and patterns derive from it. */
  id: string;
  kind: 'planning' | 'ambities' | 'begroting' | 'trend';
  /** Height in CSS pixels; the width is always 100% of the container. */
  height: number;
  /** Short name of the chart (Dutch), becomes `<title>`. */
  title: string;
  /** The numbers summarised in Dutch sentences, becomes `<desc>`. */
  desc: string;
  /** Hatch patterns to define, by id suffix (the shortfall in a budget chart). */
  patterns: string[];
  elements: ChartElement[];
}

/** Layout options every builder accepts. */
export interface ChartOptions {
  /** The narrowest width (CSS px) the chart must fit without clipping: a 320 px screen minus page margins. */
  minWidth?: number;
  /** Font size of normal chart text in CSS px (the stylesheet must use the same). */
  fontSize?: number;
}

export const DEFAULT_MIN_WIDTH = 288;
export const DEFAULT_FONT_SIZE = 14;
/** Axis labels are smaller, but never below 12 px. */
export const SMALL_FONT_SIZE = 12;
/**
 * A generous average glyph width of the system fonts in em, to estimate whether text fits
 * (DejaVu Sans, among the widest, measures about 0.52 for our labels).
 */
const GLYPH_EM = 0.56;

/** The resolved layout numbers of a chart. */
export interface Layout {
  minWidth: number;
  fontSize: number;
  /** Height of one line of normal text. */
  lineHeight: number;
  /** How many characters of normal text fit on one line at `minWidth`. */
  maxChars: number;
}

/** Fills in the defaults of ChartOptions. */
export function layoutOf(options: ChartOptions = {}): Layout {
  const minWidth = Math.max(120, options.minWidth ?? DEFAULT_MIN_WIDTH);
  const fontSize = Math.max(SMALL_FONT_SIZE, options.fontSize ?? DEFAULT_FONT_SIZE);
  return { minWidth, fontSize, lineHeight: Math.round(fontSize * 1.35), maxChars: Math.floor(minWidth / (fontSize * GLYPH_EM)) };
}

/** Estimated width of a text as a percentage of the chart at its narrowest. */
export function textWidthPct(text: string, layout: Layout, fontSize = layout.fontSize): Pct {
  return ((text.length * fontSize * GLYPH_EM) / layout.minWidth) * 100;
}

/**
 * Where to put a label centred on `x` so that it stays inside the chart at its narrowest width:
 * near an edge it is anchored to that edge instead.
 *
 * @example placeLabel(2, '2020', layout) // { x: 0, anchor: 'start' }
 */
export function placeLabel(x: Pct, text: string, layout: Layout, fontSize = layout.fontSize): { x: Pct; anchor: TextAnchor } {
  const half = textWidthPct(text, layout, fontSize) / 2;
  if (x - half < 0) return { x: 0, anchor: 'start' };
  if (x + half > 100) return { x: 100, anchor: 'end' };
  return { x, anchor: 'middle' };
}

/**
 * Breaks text parts into lines of at most `maxChars` characters. A part stays whole when it fits on a line;
 * only a part longer than a line breaks, between words (or inside a word longer than a line). Parts keep
 * their class; parts are joined with one space.
 *
 * @example wrapParts([{ text: 'Voorbereidende fase' }], 15) // [[{ text: 'Voorbereidende' }], [{ text: 'fase' }]]
 */
export function wrapParts(parts: readonly TextPart[], maxChars: number): TextPart[][] {
  const limit = Math.max(4, maxChars);
  const lines: TextPart[][] = [];
  let line: TextPart[] = [];
  let length = 0;
  const newLine = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    length = 0;
  };
  const append = (text: string, cls: string | undefined) => {
    const spaced = length > 0 ? ` ${text}` : text;
    const last = line.at(-1);
    if (last && last.class === cls) last.text += spaced;
    else line.push(cls === undefined ? { text: spaced } : { text: spaced, class: cls });
    length += spaced.length;
  };
  for (const part of parts) {
    const text = part.text.trim().replace(/\s+/g, ' ');
    if (text === '') continue;
    if (length + (length > 0 ? 1 : 0) + text.length <= limit) {
      append(text, part.class);
      continue;
    }
    if (text.length <= limit) {
      newLine();
      append(text, part.class);
      continue;
    }
    for (const word of text.split(' ')) {
      for (let start = 0; start < word.length; start += limit) {
        const piece = word.slice(start, start + limit);
        if (length > 0 && length + 1 + piece.length > limit) newLine();
        append(piece, part.class);
      }
    }
  }
  newLine();
  return lines;
}

/** Plain text of a line of parts. */
export function partsText(parts: readonly TextPart[]): string {
  return parts.map((p) => p.text).join('');
}

// ---------------------------------------------------------------------------
// Serialising.

// Characters XML 1.0 does not allow at all (C0 controls except tab, newline, carriage return).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const NEEDS_ESCAPE = new RegExp(`[&<>"']|${INVALID_XML.source}`);

/**
 * Escapes text for use in SVG/HTML text and in double- or single-quoted attributes.
 *
 * @example escapeXml('Kosten & <baten>') // 'Kosten &amp; &lt;baten&gt;'
 */
export function escapeXml(value: string): string {
  // Most text has nothing to escape: one test instead of six replacements (agenda pages escape every row).
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A number as an attribute value: at most two decimals, never exponent notation or NaN. */
export function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

const pct = (value: Pct) => `${num(value)}%`;
// Class names come from the builders, but are escaped like everything else.
const cls = (value: string) => escapeXml(value);

function elementMarkup(el: ChartElement, chartId: string): string {
  switch (el.type) {
    case 'rect': {
      const fill = el.pattern === undefined ? '' : ` fill="url(#${escapeXml(`${chartId}-${el.pattern}`)})"`;
      return `<rect x="${pct(el.x)}" y="${num(el.y)}" width="${pct(Math.max(0, el.width))}" height="${num(Math.max(0, el.height))}" class="${cls(el.class)}"${fill}/>`;
    }
    case 'line':
      return `<line x1="${pct(el.x1)}" y1="${num(el.y1)}" x2="${pct(el.x2)}" y2="${num(el.y2)}" class="${cls(el.class)}"/>`;
    case 'circle':
      return `<circle cx="${pct(el.cx)}" cy="${num(el.cy)}" r="${num(Math.max(0, el.r))}" class="${cls(el.class)}"/>`;
    case 'text': {
      const body = el.parts
        .map((p) => (p.class === undefined ? escapeXml(p.text) : `<tspan class="${cls(p.class)}">${escapeXml(p.text)}</tspan>`))
        .join('');
      return `<text x="${pct(el.x)}" y="${num(el.y)}" text-anchor="${el.anchor}" class="${cls(el.class)}">${body}</text>`;
    }
  }
}

/**
 * The chart as inline SVG markup: `role="img"`, `<title>` and `<desc>` referenced by id, hatch patterns, and
 * every element with its class. Every text and attribute value is escaped (labels come from content files).
 */
export function renderSvg(chart: Chart): string {
  const id = escapeXml(chart.id);
  const patterns = chart.patterns
    .map(
      (p) =>
        `<pattern id="${id}-${escapeXml(p)}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
        `<rect width="6" height="6" class="ww-chart__hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="ww-chart__hatch"/></pattern>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="ww-chart ww-chart--${escapeXml(chart.kind)}" width="100%" height="${num(chart.height)}" ` +
    `role="img" aria-labelledby="${id}-titel" aria-describedby="${id}-uitleg">` +
    `<title id="${id}-titel">${escapeXml(chart.title)}</title><desc id="${id}-uitleg">${escapeXml(chart.desc)}</desc>` +
    (patterns ? `<defs>${patterns}</defs>` : '') +
    chart.elements.map((el) => elementMarkup(el, chart.id)).join('') +
    `</svg>`
  );
}
