/**
 * Build tests over the built demo site and both examples (tests/setup/build-sites.ts builds them):
 * every content entry has its page, every internal link resolves, every page is Dutch.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SITES } from '../sites.ts';
import { htmlFiles } from '../../scripts/lib/html-files.ts';

/** Where each collection's entries get their page (DESIGN §5). Doelgroepen have a filter page. */
const PAGE_OF: Record<string, (slug: string) => string> = {
  activiteiten: (slug) => `agenda/${slug}/index.html`,
  initiatieven: (slug) => `initiatieven/${slug}/index.html`,
  projecten: (slug) => `projecten/${slug}/index.html`,
  nieuws: (slug) => `nieuws/${slug}/index.html`,
  wijken: (slug) => `wijken/${slug}/index.html`,
  locaties: (slug) => `locaties/${slug}/index.html`,
  organisaties: (slug) => `organisaties/${slug}/index.html`,
  themas: (slug) => `themas/${slug}/index.html`,
  doelgroepen: (slug) => `agenda/filter/doelgroep/${slug}/index.html`,
};

function entriesOf(contentDir: string): [string, string][] {
  return Object.keys(PAGE_OF).flatMap((collection) =>
    existsSync(join(contentDir, collection))
      ? readdirSync(join(contentDir, collection))
          .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
          .map((name): [string, string] => [collection, name.replace(/\.(mdx?|ya?ml)$/, '')])
      : [],
  );
}


/** A site path resolves when it names a file, or a folder with index.html. */
function resolves(outDir: string, path: string): boolean {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const target = join(outDir, clean);
  if (clean.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

describe.each(SITES)('the built $name site', ({ name, contentDir, outDir }) => {
  const entries = entriesOf(contentDir);

  test('has content to check', () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  test.each(entries)('has a page for %s/%s', (collection, slug) => {
    expect(existsSync(join(outDir, PAGE_OF[collection]!(slug)))).toBe(true);
  });

  test('has the fixed pages, feeds and search index', () => {
    for (const file of [
      'index.html',
      '404.html',
      'agenda/index.html',
      'agenda/print/index.html',
      'agenda/tekst/index.html',
      'initiatieven/index.html',
      'help-mee/index.html',
      'projecten/index.html',
      'nieuws/index.html',
      'zoeken/index.html',
      'toegankelijkheid/index.html',
      'privacy/index.html',
      'embed/agenda/index.html',
      'agenda.ics',
      'agenda.xml',
      'agenda.json',
      'nieuws.xml',
      'sitemap.xml',
      'robots.txt',
      'pagefind/pagefind.js',
    ]) {
      expect(existsSync(join(outDir, file)), file).toBe(true);
    }
  });

  test('every page is Dutch, has one h1, a skip link and a canonical URL', () => {
    const problems: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const name = relative(outDir, file);
      if (!html.includes('<html lang="nl"')) problems.push(`${name}: no lang="nl"`);
      if (name.startsWith('embed')) continue;
      if ((html.match(/<h1[\s>]/g) ?? []).length !== 1) problems.push(`${name}: not exactly one h1`);
      if (!html.includes('href="#inhoud"')) problems.push(`${name}: no skip link`);
      if (!/<link rel="canonical" href="https:\/\//.test(html)) problems.push(`${name}: no absolute canonical URL`);
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and fragment resolves, also a fragment on another page', () => {
    const broken = new Set<string>();
    const idCache = new Map<string, Set<string | undefined>>();
    const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const idsOfPage = (path: string) => {
      let ids = idCache.get(path);
      if (!ids) idCache.set(path, (ids = idsOf(readFileSync(join(outDir, path, 'index.html'), 'utf8'))));
      return ids;
    };
    let crossPage = 0;
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      const page = '/' + relative(outDir, file).split(sep).join('/').replace(/index\.html$/, '');
      const ids = idsOf(html);
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!href || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
        if (href.startsWith('#')) {
          if (href.length > 1 && !ids.has(href.slice(1))) broken.add(`${page} → ${href}`);
          continue;
        }
        const absolute = href.startsWith('/') ? href : new URL(href, `https://x${page}`).pathname;
        if (!resolves(outDir, absolute)) broken.add(`${page} → ${href}`);
        else if (href.includes('#')) {
          const path = absolute.split('#')[0]!;
          const fragment = href.split('#')[1];
          if (!path.endsWith('/')) continue;
          crossPage++;
          if (!idsOfPage(path).has(fragment)) broken.add(`${page} → ${href}`);
        }
      }
    }
    expect([...broken].slice(0, 20)).toEqual([]);
    // The demo's December runs over two pages, and its "Naar een dag" links point into both.
    if (name === 'demo') expect(crossPage).toBeGreaterThan(0);
  });

  test('no word is glued to a date or a link that follows it (Astro drops a line break between text and a tag)', () => {
    const glued: string[] = [];
    for (const file of htmlFiles(outDir)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/[a-zà-ÿ]<(time|a)\s[^>]*>[^<]{0,30}/g)) glued.push(`${relative(outDir, file)}: …${m[0].slice(0, 60)}`);
    }
    expect(glued.slice(0, 10)).toEqual([]);
  });
});
