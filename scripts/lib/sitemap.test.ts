import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { isNoindex, writeSitemap } from './sitemap.ts';

const NOINDEX = '<meta name="robots" content="noindex" />';
const page = (head: string, body = '<main>Tekst</main>') => `<!DOCTYPE html><html lang="nl"><head><title>T</title>${head}</head><body>${body}</body></html>`;

describe('writeSitemap', () => {
  let dist: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  };
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  test('lists every index.html in name order (a folder where its name sorts), without noindex pages, pagefind and _astro', () => {
    dist = mkdtempSync(join(tmpdir(), 'ww-sitemap-'));
    write('index.html', page(''));
    write('agenda/index.html', page('', `<main>${'<li>Koffie</li>'.repeat(100_000)}</main>`));
    write('agenda/print/index.html', page(NOINDEX));
    write('Zoeken/index.html', page(''));
    write('a&b/index.html', page(''));
    write('404.html', page(NOINDEX));
    write('pagefind/index.html', page(''));
    write('_astro/index.html', page(''));
    expect(writeSitemap(dist, 'https://wijk.example/')).toBe(4);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://wijk.example/Zoeken/</loc></url>\n' +
        '  <url><loc>https://wijk.example/a&amp;b/</loc></url>\n' +
        '  <url><loc>https://wijk.example/agenda/</loc></url>\n' +
        '  <url><loc>https://wijk.example/</loc></url>\n' +
        '</urlset>\n',
    );
  });
});

describe('isNoindex', () => {
  let dir: string;
  const file = (text: string) => {
    dir = mkdtempSync(join(tmpdir(), 'ww-noindex-'));
    writeFileSync(join(dir, 'index.html'), text);
    return join(dir, 'index.html');
  };
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('finds the robots meta in the head', () => {
    expect(isNoindex(file(page(NOINDEX)))).toBe(true);
    expect(isNoindex(file(page('<meta name="robots" content="index" />')))).toBe(false);
  });

  test('finds it after a head longer than the first bytes it reads', () => {
    expect(isNoindex(file(page(`<meta name="description" content="${'x'.repeat(40_000)}" />${NOINDEX}`)))).toBe(true);
  });

  test('ignores the same text in the body', () => {
    expect(isNoindex(file(page('', `<pre>${NOINDEX}</pre>`)))).toBe(false);
  });
});
