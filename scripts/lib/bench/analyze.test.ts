import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analyzeOutput, scriptBytes } from './analyze.ts';

describe('script bytes of a page', () => {
  test('counts external and inline executable scripts, and JSON-LD apart', () => {
    const html = `<script type="module" src="/_astro/a.js"></script><script>let x=1;</script>
      <script type="application/ld+json">{"@type":"Event"}</script><script src="https://elders.example/x.js"></script>`;
    const bytes = scriptBytes(html, (src) => (src === '/_astro/a.js' ? 100 : undefined));
    expect(bytes).toEqual({ total: 108, external: 100, inline: 8, data: 17, count: 3 });
  });
});

describe('analyzeOutput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const page = (path: string, html: string) => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };

  test('reports pages, the largest page, pages over 80 KB, activity gzip sizes and Pagefind', () => {
    page('', '<html><body>home</body></html>');
    page('agenda/koffie', `<html><body>${'koffie '.repeat(100)}</body></html>`);
    page('agenda/bingo', '<html><body>bingo</body></html>');
    page('agenda/filter/gratis', `<html><body>${'x'.repeat(90 * 1024)}</body></html>`);
    page('zoeken', '<html><script src="/_astro/zoek.js"></script></html>');
    mkdirSync(join(dir, '_astro'), { recursive: true });
    writeFileSync(join(dir, '_astro', 'zoek.js'), 'a'.repeat(500));
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ languages: { nl: { page_count: 2 } } }));

    const report = analyzeOutput(dir, { activities: ['koffie', 'bingo', 'bestaat-niet'], projects: [] });
    expect(report.htmlPages).toBe(5);
    expect(report.largest?.path).toBe('/agenda/filter/gratis/index.html');
    expect(report.overLimit.count).toBe(1);
    expect(report.activity.pages).toBe(2);
    expect(report.activity.gzipMax).toBeGreaterThan(0);
    expect(report.activity.gzipMaxPath).toMatch(/^\/agenda\/(koffie|bingo)\/$/);
    expect(report.scripts.zoeken?.total).toBe(500);
    expect(report.scripts.home?.total).toBe(0);
    expect(report.pagefind?.pages).toBe(2);
    expect(report.pagefind?.bytesPerPage).toBeGreaterThan(0);
  });
});
