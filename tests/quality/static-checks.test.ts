import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks, findExternalResources, findScripts, idsIn, pagePathOf } from './static-checks.ts';

describe('findScripts', () => {
  test.each([
    ['JSON-LD data', '<script type="application/ld+json">{"a":1}</script>', []],
    ['a module script', '<script type="module" src="/_astro/x.js"></script>', ['/agenda/: <script src="/_astro/x.js">']],
    ['an inline script', '<script>alert(1)</script>', ['/agenda/: <script>']],
    ['an event handler', '<button onclick="go()">Ga</button>', ['/agenda/: onclick= op <button>']],
    ['a javascript: link', '<a href="javascript:void(0)">x</a>', ['/agenda/: javascript:-link op <a>']],
    ['text that only looks like a handler', '<p>Bij onclick="x" gebeurt niets</p>', []],
    ['a > inside an attribute value', '<meta content="a > b"><script>x</script>', ['/agenda/: <script>']],
  ])('content page with %s', (_name, html, expected) => {
    expect(findScripts('/agenda/', html)).toEqual(expected);
  });

  test.each([['/zoeken/'], ['/admin/'], ['/admin/oefenen/']])('%s may carry scripts', (page) => {
    expect(findScripts(page, '<script src="/pagefind/pagefind-ui.js"></script>')).toEqual([]);
  });
});

describe('findExternalResources', () => {
  const own = 'https://wijkwijzer-groningen.nl';
  test.each([
    ['a CDN stylesheet', '<link rel="stylesheet" href="https://cdn.example/x.css">', 1],
    ['a protocol-relative script', '<script src="//cdn.example/x.js"></script>', 1],
    ['a font preload', '<link rel="preload" as="font" href="https://fonts.example/a.woff2">', 1],
    ['an image from another site', '<img src="https://tiles.example/1/2/3.png" alt="kaart">', 1],
    ['an srcset candidate', '<img src="/a.png" srcset="/a.png 1x, https://x.example/b.png 2x" alt="a">', 1],
    ['a CSS url() in a style block', '<style>body{background:url("https://x.example/bg.png")}</style>', 1],
    ['an @import in a style block', "<style>@import 'https://fonts.example/css';</style>", 1],
    ['a link to another site (not loaded)', '<a href="https://www.digitoegankelijk.nl">uitleg</a>', 0],
    ['the canonical and RSS links (not loaded)', '<link rel="canonical" href="https://x.example/"><link rel="alternate" href="https://x.example/feed">', 0],
    ['the site itself, absolutely', '<img src="https://wijkwijzer-groningen.nl/logo.svg" alt="logo van de wijk">', 0],
    ['local files', '<link rel="stylesheet" href="/_astro/a.css"><img src="/a.png" alt="a">', 0],
  ])('%s', (_name, html, count) => {
    expect(findExternalResources('/', html, own)).toHaveLength(count);
  });
});

describe('findBrokenLinks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ww-links-'));
  mkdirSync(join(dir, 'agenda'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<a href="/agenda/">x</a>');
  writeFileSync(join(dir, 'agenda', 'index.html'), '<h2 id="vandaag">Vandaag</h2>');
  writeFileSync(join(dir, 'agenda.ics'), 'BEGIN:VCALENDAR');
  const ids = (path: string) => (path === '/agenda/' ? idsIn('<h2 id="vandaag">Vandaag</h2>') : path === '/' ? new Set(['top']) : undefined);

  test.each([
    ['a folder page', '<a href="/agenda/">x</a>', []],
    ['a file', '<a href="/agenda.ics">x</a>', []],
    ['an existing fragment on another page', '<a href="/agenda/#vandaag">x</a>', []],
    ['an existing fragment on this page', '<a href="#top">x</a>', []],
    ['a missing page', '<a href="/agenda/koffie/">x</a>', ['/ → /agenda/koffie/']],
    ['a missing fragment', '<a href="/agenda/#morgen">x</a>', ['/ → /agenda/#morgen (geen id="morgen")']],
    ['a missing fragment on this page', '<a href="#nergens">x</a>', ['/ → #nergens (geen id="nergens")']],
    ['a missing stylesheet', '<link rel="stylesheet" href="/_astro/weg.css">', ['/ → /_astro/weg.css']],
    ['links to other sites, mail and phone', '<a href="https://a.nl/x">a</a><a href="mailto:a@b.nl">m</a><a href="tel:+31501234567">t</a>', []],
  ])('%s', (_name, html, expected) => {
    expect(findBrokenLinks(dir, '/', html, ids)).toEqual(expected);
  });
});

describe('pagePathOf', () => {
  test.each([
    ['index.html', '/'],
    ['agenda/index.html', '/agenda/'],
    ['404.html', '/404.html'],
  ])('%s is served at %s', (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});
