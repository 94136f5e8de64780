import { HtmlValidate } from 'html-validate';
import { describe, expect, test } from 'vitest';
import { escapeXml, layoutOf, num, partsText, placeLabel, renderSvg, textWidthPct, wrapParts, type Chart } from './svg.ts';

const chart = (extra: Partial<Chart> = {}): Chart => ({
  id: 'ww-grafiek',
  kind: 'ambities',
  height: 80,
  title: 'Titel',
  desc: 'Uitleg',
  patterns: [],
  elements: [],
  ...extra,
});

describe('escapeXml', () => {
  test.each([
    ['Kosten & <baten>', 'Kosten &amp; &lt;baten&gt;'],
    [`"aanhalingstekens" en 'apostrof'`, '&quot;aanhalingstekens&quot; en &#39;apostrof&#39;'],
    ['al &amp; ge-escaped', 'al &amp;amp; ge-escaped'],
    ['stuur\u0007teken', 'stuurteken'],
  ])('%s becomes %s', (input, expected) => {
    expect(escapeXml(input)).toBe(expected);
  });
});

describe('num', () => {
  test.each([
    [12.345, '12.35'],
    [-0, '0'],
    [Number.NaN, '0'],
    [Number.POSITIVE_INFINITY, '0'],
    [1e-7, '0'],
  ])('%s is written as %s', (value, expected) => {
    expect(num(value)).toBe(expected);
  });
});

describe('wrapParts', () => {
  test('keeps a part whole and moves it to the next line when it does not fit', () => {
    const lines = wrapParts([{ text: '2020:', class: 'jaar' }, { text: 'kosten € 60.000,' }, { text: 'dekking € 50.000' }], 24);
    expect(lines.map(partsText)).toEqual(['2020: kosten € 60.000,', 'dekking € 50.000']);
    expect(lines[0]![0]).toEqual({ text: '2020:', class: 'jaar' });
  });

  test('breaks a part longer than a line between words, and a word longer than a line inside it', () => {
    expect(wrapParts([{ text: 'Project afgerond en geëvalueerd' }], 16).map(partsText)).toEqual(['Project afgerond', 'en geëvalueerd']);
    expect(wrapParts([{ text: 'Wijkondersteunersproject' }], 10).map(partsText)).toEqual(['Wijkonders', 'teunerspro', 'ject']);
  });

  test('joins parts of the same class and leaves out empty parts', () => {
    expect(wrapParts([{ text: 'a' }, { text: '  ' }, { text: 'b' }], 20)).toEqual([[{ text: 'a b' }]]);
    expect(wrapParts([], 20)).toEqual([]);
  });

  test('no line is longer than the limit', () => {
    const text = 'Besluit of de wijkondersteuner goed contact heeft en bewoners aan zet laat';
    for (const line of wrapParts([{ text }], 20)) expect(partsText(line).length).toBeLessThanOrEqual(20);
  });
});

describe('layoutOf and placeLabel', () => {
  const layout = layoutOf({ minWidth: 288, fontSize: 14 });

  test('fits about 36 characters of 14 px text on a 288 px line', () => {
    expect(layout.maxChars).toBe(36);
    expect(layoutOf({ fontSize: 8 }).fontSize).toBe(12);
  });

  test('centres a label, or anchors it to the edge it would cross', () => {
    expect(placeLabel(50, '2020', layout)).toEqual({ x: 50, anchor: 'middle' });
    expect(placeLabel(2, '2020', layout)).toEqual({ x: 0, anchor: 'start' });
    expect(placeLabel(99, '2020', layout)).toEqual({ x: 100, anchor: 'end' });
    expect(textWidthPct('2020', layout)).toBeCloseTo(10.89, 1);
  });
});

describe('renderSvg', () => {
  test('is an image with a title and a description that name it', () => {
    const svg = renderSvg(chart());
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="ww-grafiek-titel" aria-describedby="ww-grafiek-uitleg">/);
    expect(svg).toContain('<title id="ww-grafiek-titel">Titel</title><desc id="ww-grafiek-uitleg">Uitleg</desc>');
    expect(svg).toContain('width="100%" height="80"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  test('escapes every text: title, desc, labels and classes', () => {
    const svg = renderSvg(
      chart({
        title: 'Kosten & <baten>',
        desc: 'A < B & "C"',
        elements: [{ type: 'text', x: 0, y: 10, anchor: 'start', class: 'x"><script>', parts: [{ text: '<script>alert(1)</script> & co' }] }],
      }),
    );
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('<title id="ww-grafiek-titel">Kosten &amp; &lt;baten&gt;</title>');
    expect(svg).toContain('A &lt; B &amp; &quot;C&quot;');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(svg).toContain('class="x&quot;&gt;&lt;script&gt;"');
  });

  test('writes horizontal positions as percentages and vertical ones as pixels, without colours', () => {
    const svg = renderSvg(
      chart({
        patterns: ['tekort'],
        elements: [
          { type: 'rect', x: 10, y: 20.123, width: 33.333, height: 12, class: 'ww-chart__bar' },
          { type: 'rect', x: 0, y: 0, width: -5, height: -1, class: 'ww-chart__tekort', pattern: 'tekort' },
          { type: 'line', x1: 0, y1: 1, x2: 100, y2: 1, class: 'ww-chart__axis' },
          { type: 'circle', cx: 50, cy: 30, r: 4, class: 'ww-chart__point' },
          { type: 'text', x: 100, y: 14, anchor: 'end', class: 'ww-chart__label', parts: [{ text: '2020:', class: 'ww-chart__year' }, { text: ' € 42.000' }] },
        ],
      }),
    );
    expect(svg).toContain('<rect x="10%" y="20.12" width="33.33%" height="12" class="ww-chart__bar"/>');
    expect(svg).toContain('<rect x="0%" y="0" width="0%" height="0" class="ww-chart__tekort" fill="url(#ww-grafiek-tekort)"/>');
    expect(svg).toContain('<pattern id="ww-grafiek-tekort"');
    expect(svg).toContain('<line x1="0%" y1="1" x2="100%" y2="1" class="ww-chart__axis"/>');
    expect(svg).toContain('<circle cx="50%" cy="30" r="4" class="ww-chart__point"/>');
    expect(svg).toContain('<text x="100%" y="14" text-anchor="end" class="ww-chart__label"><tspan class="ww-chart__year">2020:</tspan> € 42.000</text>');
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b/i);
  });

  test('gives valid HTML inside a page, even with hostile labels', async () => {
    const svg = renderSvg(
      chart({
        title: 'Kosten & <baten>',
        patterns: ['tekort'],
        elements: [
          { type: 'rect', x: 0, y: 0, width: 50, height: 10, class: 'a', pattern: 'tekort' },
          { type: 'text', x: 0, y: 10, anchor: 'start', class: 'b', parts: [{ text: '</svg><p>' }] },
        ],
      }),
    );
    const page = `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><main>${svg}</main></body></html>`;
    const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
