/**
 * The hand-written corpus of hostile content files (tests/hardening/corpus, see the README there):
 * each file is either refused by the content check with a Dutch message naming file and line, or it
 * passes the check unchanged and must be made harmless by every output (HTML, JSON-LD, ICS, RSS, CMS
 * config; those output tests come with the pages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownToHtml, mdxToJs, type MdastPluginDefinition } from 'satteri';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { splitFrontMatter } from '../../src/lib/check/source.ts';
import { satteriLockdown } from '../../src/lib/check/remark-lockdown.ts';
import { BASE } from '../fuzz/arbitraries.ts';

const DIR = join(import.meta.dirname, 'corpus');

/** Files the check lets through: harmless as data, escaped by the outputs. Everything else must be refused. */
export const INERT = new Set([
  'nieuws.script-in-title.md',
  'nieuws.jsonld-breakout-title.md',
  'activiteiten.html-in-summary.md',
  'activiteiten.ics-injection-title.md',
  'initiatieven.rss-cdata-breakout.md',
  'wijken.rtl-and-ansi-name.yaml',
  'nieuws.escaped-markdown.md',
]);

const corpus = readdirSync(DIR).sort();

/** `nieuws.script-in-body.md` goes to `nieuws/script-in-body.md`. */
function place(name: string): ContentFile {
  const [folder, ...rest] = name.split('.');
  const relative = `${folder}/${rest.join('.')}`;
  return { path: `content/${relative}`, relative, text: readFileSync(join(DIR, name), 'utf8') };
}

function check(name: string) {
  const file = place(name);
  const files = [...Object.entries(BASE).map(([relative, text]) => ({ path: `content/${relative}`, relative, text })), file];
  const result = checkContent(files);
  return { file, result, own: result.problems.filter((p) => p.file === file.path && p.level === 'fout') };
}

test('the corpus has at least twenty hostile files', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(20);
  for (const name of INERT) expect(corpus).toContain(name);
});

describe.each(corpus.filter((name) => !INERT.has(name)))('%s', (name) => {
  test('is refused by the check with a Dutch message naming file and line', () => {
    const { own, result } = check(name);
    expect(own.length).toBeGreaterThan(0);
    for (const problem of own) {
      expect(problem.line ?? problem.field).toBeDefined();
      expect(problem.message).toMatch(/\b(mag|niet|geen|gevaarlijke|onzichtbare|ontbreekt|begint|staat|bevat|misleidt|gebruik)\b/i);
      expect(problem.message).not.toMatch(/[\u0000-\u001f\u007f\u202e]/);
    }
    // Nothing else in the folder is blamed.
    expect(result.problems.filter((p) => p.file !== place(name).path)).toEqual([]);
  });
  const file = place(name);
  const split = splitFrontMatter(file.text);
  if (split && /^(In de tekst)/.test(check(name).own[0]?.message ?? '')) {
    test('is also stopped inside the build, or rendered inert (Sätteri with the lockdown plugin)', () => {
      const plugin = satteriLockdown as unknown as MdastPluginDefinition;
      let html: string;
      try {
        if (name.endsWith('.mdx')) {
          mdxToJs(split.body, { mdastPlugins: [plugin] });
          html = '(compiled)';
        } else {
          const result = markdownToHtml(split.body, { mdastPlugins: [plugin] });
          html = 'html' in result ? result.html : '';
        }
      } catch {
        return; // stopped
      }
      // Not stopped: then the processor itself saw no HTML (e.g. `<svg/onload=…>` is text in CommonMark).
      expect(html).not.toBe('(compiled)');
      expect(html).not.toMatch(/<(script|iframe|object|embed|svg|img|style)\b|\son\w+=|href="\s*javascript:/i);
    });
  }
});

describe.each([...INERT])('%s', (name) => {
  test('passes the check; its hostile text reaches the outputs unchanged (they must escape it)', () => {
    const { own, result } = check(name);
    expect(own).toEqual([]);
    const entry = result.entries.find((e) => e.file === place(name).path);
    expect(entry?.value).toBeDefined();
  });
});
