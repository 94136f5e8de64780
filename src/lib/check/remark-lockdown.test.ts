/**
 * The build-time half of the lockdown, on hand-built trees and on real trees from Sätteri (the
 * Markdown/MDX processor Astro 7 uses; it comes with astro and @astrojs/mdx).
 */
import { markdownToHtml, markdownToMdast, mdxToJs, mdxToMdast, type MdastPluginDefinition } from 'satteri';
import { describe, expect, test } from 'vitest';
import { LockdownError, assertLockdown, lockdownProblems, nodeProblem, remarkLockdown, satteriLockdown, type LockdownNode } from './remark-lockdown.ts';

const at = (line: number) => ({ start: { line } });

describe('nodeProblem on hand-built mdast nodes', () => {
  test.each<[string, LockdownNode, RegExp]>([
    ['ESM', { type: 'mdxjsEsm', value: 'import x from "y"' }, /begint met "import"/],
    ['an export', { type: 'mdxjsEsm', value: 'export const a = 1' }, /begint met "export"/],
    ['a flow expression', { type: 'mdxFlowExpression', value: 'process.exit(1)' }, /code \(\{process\.exit\(1\)\}\)/],
    ['a text expression', { type: 'mdxTextExpression', value: '1+1' }, /code \(\{1\+1\}\)/],
    ['an unknown component', { type: 'mdxJsxFlowElement', name: 'Kaart', attributes: [] }, /onderdeel <Kaart>/],
    ['a fragment', { type: 'mdxJsxTextElement', name: null, attributes: [] }, /<> of <\/>/],
    ['a script element', { type: 'mdxJsxFlowElement', name: 'script', attributes: [] }, /<script>/],
    [
      'an attribute expression',
      { type: 'mdxJsxTextElement', name: 'abbr', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } }] },
      /code in <abbr>/,
    ],
    ['a spread', { type: 'mdxJsxTextElement', name: 'sup', attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...x' }] }, /code in <sup>/],
    ['raw HTML', { type: 'html', value: '<iframe src="x"></iframe>' }, /<iframe>/],
    ['a javascript: link', { type: 'link', url: 'javascript:alert(1)', children: [] }, /gevaarlijke link/],
    ['a data: image', { type: 'image', url: 'data:image/png;base64,AA' }, /gevaarlijke link/],
    ['a vbscript: definition', { type: 'definition', url: 'VBScript:x' }, /gevaarlijke link/],
  ])('%s', (_name, node, message) => {
    expect(nodeProblem(node)).toMatch(message);
  });
  test.each<[string, LockdownNode]>([
    ['text', { type: 'text', value: '{niet erg}' }],
    ['an allowed element', { type: 'mdxJsxTextElement', name: 'abbr', attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: 'Wijkondersteuner' }] }],
    ['a self-closing br', { type: 'mdxJsxTextElement', name: 'br', attributes: [] }],
    ['allowed raw HTML', { type: 'html', value: '<sup>' }],
    ['a plain comment', { type: 'html', value: '<!-- notitie -->' }],
    ['an https link', { type: 'link', url: 'https://bo-beijum.nl', children: [] }],
    ['an http link (only a warning in the check)', { type: 'link', url: 'http://bo-beijum.nl', children: [] }],
    ['a site path', { type: 'link', url: '/agenda/', children: [] }],
    ['inline code', { type: 'inlineCode', value: '{x}' }],
  ])('%s passes', (_name, node) => {
    expect(nodeProblem(node)).toBeUndefined();
  });
});

describe('assertLockdown', () => {
  const tree: LockdownNode = {
    type: 'root',
    children: [
      { type: 'paragraph', position: at(3), children: [{ type: 'text', value: 'Hallo ' }, { type: 'mdxTextExpression', value: 'x', position: at(3) }] },
      { type: 'mdxjsEsm', value: 'import a from "b"', position: at(5) },
    ],
  };
  test('throws one error naming file and line of every problem', () => {
    expect(() => assertLockdown(tree, 'content/nieuws/x.mdx')).toThrow(LockdownError);
    try {
      assertLockdown(tree, 'content/nieuws/x.mdx');
    } catch (error) {
      expect((error as Error).message.split('\n')).toEqual([
        'content/nieuws/x.mdx:3 In de tekst staat code ({x}). Dat mag niet: een bestand met inhoud mag geen code uitvoeren. Haal de accolades { } weg, of zet er een \\ voor (\\{) als je ze wilt laten zien',
        `content/nieuws/x.mdx:5 In de tekst staat een regel die begint met "import". Dat mag niet: zo'n regel is programmacode. Haal de regel weg of begin de zin met een ander woord`,
      ]);
    }
  });
  test('accepts clean trees and survives very deep ones', () => {
    let deep: LockdownNode = { type: 'text', value: 'x' };
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', children: [deep] };
    expect(() => assertLockdown({ type: 'root', children: [deep] }, 'x.md')).not.toThrow();
  });
  test('remarkLockdown is a unified-style plugin', () => {
    expect(() => remarkLockdown()(tree, { path: 'content/nieuws/x.mdx' })).toThrow(/content\/nieuws\/x\.mdx:3/);
  });
});

describe('on real trees from Sätteri', () => {
  test('MDX: every forbidden construct is found, with its line', () => {
    const source = 'import x from "y"\n\nHallo {naam} en <Kaart a={b} />\n\n<abbr title="Wijkondersteuner">WO</abbr> [x](javascript:alert(1))\n';
    const problems = lockdownProblems(mdxToMdast(source) as unknown as LockdownNode);
    expect(problems.map((p) => p.line)).toEqual([1, 3, 3, 5]);
  });
  test('Markdown: raw HTML and link targets are found; braces are text', () => {
    const source = 'Hallo {naam}\n\n<div onclick="x">a</div>\n\n[x](&#106;avascript:alert(1)) <sup>2</sup>\n';
    const problems = lockdownProblems(markdownToMdast(source) as unknown as LockdownNode);
    expect(problems.map((p) => p.line)).toEqual([3, 5]);
  });
  test('as a Sätteri plugin it stops MDX compilation with the Dutch message', () => {
    const plugin = satteriLockdown as unknown as MdastPluginDefinition;
    expect(() => mdxToJs('Tekst\n\n{process.exit(1)}\n', { mdastPlugins: [plugin], fileURL: new URL(`file://${process.cwd()}/content/nieuws/x.mdx`) })).toThrow(
      /^content\/nieuws\/x\.mdx:3 In de tekst staat code \(\{process\.exit\(1\)\}\)/,
    );
    expect(() => mdxToJs('<abbr title="x">y</abbr> en **vet**\n', { mdastPlugins: [plugin] })).not.toThrow();
  });
  test('as a Sätteri plugin it stops Markdown rendering of raw HTML and dangerous links', () => {
    const plugin = satteriLockdown as unknown as MdastPluginDefinition;
    expect(() => markdownToHtml('a <script>alert(1)</script>', { mdastPlugins: [plugin] })).toThrow(/<script>/);
    expect(() => markdownToHtml('[a](JaVaScRiPt:alert(1))', { mdastPlugins: [plugin] })).toThrow(/gevaarlijke link/);
    const result = markdownToHtml('H<sub>2</sub>O [site](https://x.nl)', { mdastPlugins: [plugin] });
    expect('html' in result ? result.html : '').toContain('<sub>2</sub>');
  });
});
