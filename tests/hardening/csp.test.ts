/**
 * Content-Security-Policy and headers (issue 8, part 4) on the built demo site (dist/, built by the global
 * setup): the policy in every page is strict, the pages that need more get exactly that and no more, nothing
 * inline runs without a hash, and in real Chromium not one thing is blocked on the page types that matter,
 * search included. The header examples in docs/hosting/ are checked against src/lib/csp.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HEADER_POLICIES, SEARCH_SCRIPT_SOURCES, SECURITY_HEADERS, SITE_DIRECTIVES, headerPolicyFor } from '../../src/lib/csp.ts';
import { describeWithChromium, launchBrowser, serveSite, type ServedSite } from '../browser/helpers.ts';
import { SITES } from '../sites.ts';
import { watchPage, type PageReport } from './csp-watch.ts';

const DIST = SITES[0].outDir;
const ROOT = join(import.meta.dirname, '..', '..');
const HOSTING = join(ROOT, 'docs', 'hosting');

/** Every HTML file of a built site, as URL path → text. */
function htmlPages(dir: string): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const path = '/' + relative(dir, full).split(sep).join('/');
        pages.set(path.replace(/index\.html$/, ''), readFileSync(full, 'utf8'));
      }
    }
  };
  walk(dir);
  return pages;
}

/** The directives of a policy: name → sources. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources);
  }
  return map;
}

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)">/gi;

/** True when the page has a `<script>` that is not a data block (JSON-LD or JSON). */
const runsScript = (html: string) => [...html.matchAll(/<script\b([^>]*)>/gi)].some((m) => !/\btype="application\/(ld\+)?json"/i.test(m[1]!));

/** The sha256 hash sources of the text of every `<tag>` element of a page. */
function inlineHashes(html: string, tag: 'script' | 'style'): Set<string> {
  const hashes = new Set<string>();
  for (const match of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    if (tag === 'script' && /\bsrc=/i.test(match[1]!)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`);
  }
  return hashes;
}

const EDITOR = (path: string) => path.startsWith('/admin/') && /id="nc-root"/.test(pages.get(path) ?? '');

const built = existsSync(join(DIST, 'index.html'));
const pages = built ? htmlPages(DIST) : new Map<string, string>();

describe.skipIf(!built)('the policy in every page of the demo site', () => {
  test('there are pages of every type to check', () => {
    for (const path of ['/', '/zoeken/', '/embed/agenda/', '/admin/', '/admin/oefenen/', '/404.html']) expect(pages.has(path), path).toBe(true);
  });

  test('each page has exactly one CSP meta tag, before every script, without frame-ancestors', () => {
    for (const [path, html] of pages) {
      const metas = [...html.matchAll(META_CSP)];
      expect(metas.length, path).toBe(1);
      const at = metas[0]!.index;
      const firstScript = html.search(/<script\b/i);
      if (firstScript >= 0) expect(at, `${path}: a <script> comes before the policy, which does not cover it`).toBeLessThan(firstScript);
      // Browsers ignore frame-ancestors, report-uri and sandbox in a meta tag (and say so in the console).
      expect(directives(metas[0]![1]!).has('frame-ancestors'), path).toBe(false);
    }
  });

  test('content pages get the strict policy: only the site itself, hashes, no inline code or eval', () => {
    for (const [path, html] of pages) {
      if (EDITOR(path)) continue;
      const policy = directives([...html.matchAll(META_CSP)][0]![1]!);
      for (const directive of SITE_DIRECTIVES) {
        const [name, ...sources] = directive.split(' ');
        expect(policy.get(name!), `${path} ${name}`).toEqual(sources);
      }
      const script = policy.get('script-src') ?? [];
      const style = policy.get('style-src') ?? [];
      // A page that runs no script allows none (JSON-LD is data, not code); the others load theirs from the site.
      expect(script[0], path).toBe(runsScript(html) ? "'self'" : "'none'");
      if (!runsScript(html)) expect(script, path).toEqual(["'none'"]);
      expect(style[0], path).toBe("'self'");
      for (const source of [...script.slice(1), ...style.slice(1)]) {
        // Besides 'self' only hashes, and on /zoeken/ Pagefind's WebAssembly.
        const allowed = /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source) || (path === '/zoeken/' && SEARCH_SCRIPT_SOURCES.includes(source as never));
        expect(allowed, `${path}: ${source}`).toBe(true);
      }
      expect(script, path).not.toContain("'unsafe-inline'");
      expect(script, path).not.toContain("'unsafe-eval'");
      expect(style, path).not.toContain("'unsafe-inline'");
      expect(script.includes("'wasm-unsafe-eval'"), path).toBe(path === '/zoeken/');
      expect(policy.has('worker-src'), path).toBe(false);
    }
  });

  test('the web editor gets its own, looser policy, and only on the editor pages', () => {
    const editors = [...pages.keys()].filter(EDITOR);
    expect(editors).toEqual(['/admin/oefenen/']);
    for (const path of editors) {
      const policy = directives([...pages.get(path)!.matchAll(META_CSP)][0]![1]!);
      expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", 'https://unpkg.com', "'wasm-unsafe-eval'"]));
      expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('font-src')).toEqual(["'self'", 'https://cdn.jsdelivr.net']);
      expect(policy.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://api.github.com', 'https://gitlab.com']));
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
    }
  });

  test('every inline script that can run has its hash in the page policy; the rest are files of the site or data', () => {
    for (const [path, html] of pages) {
      const policy = directives([...html.matchAll(META_CSP)][0]![1]!);
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
        const attributes = match[1] ?? '';
        const type = /\btype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase();
        const src = /\bsrc="([^"]*)"/i.exec(attributes)?.[1];
        if (type === 'application/ld+json' || type === 'application/json') {
          expect(src, path).toBeUndefined();
          continue;
        }
        if (src !== undefined) {
          expect(src, path).toMatch(/^\/(?!\/)/);
          continue;
        }
        const hash = `'sha256-${createHash('sha256').update(match[2] ?? '', 'utf8').digest('base64')}'`;
        expect(policy.get('script-src'), `${path}: an inline script without its hash`).toContain(hash);
      }
    }
  });

  test('a page lists only the hashes of its own inline scripts and styles, not those of the rest of the build', () => {
    for (const [path, html] of pages) {
      const policy = directives([...html.matchAll(META_CSP)][0]![1]!);
      for (const [name, tag] of [['script-src', 'script'], ['style-src', 'style']] as const) {
        const used = inlineHashes(html, tag);
        for (const source of (policy.get(name) ?? []).filter((s) => s.startsWith("'sha"))) expect(used.has(source), `${path} ${name} ${source}`).toBe(true);
      }
    }
  });

  test('no inline event handlers and no style attributes anywhere', () => {
    for (const [path, html] of pages) {
      expect(html.match(/\son[a-z]+=/gi), path).toBeNull();
      expect(html.match(/\sstyle=/gi), `${path}: a style attribute, which the policy blocks`).toBeNull();
    }
  });

  test('every page sets a referrer policy: strict-origin-when-cross-origin, the editor the stricter same-origin', () => {
    for (const [path, html] of pages) {
      const referrer = /<meta name="referrer" content="([^"]*)">/.exec(html)?.[1];
      expect(referrer, path).toBe(EDITOR(path) ? 'same-origin' : 'strict-origin-when-cross-origin');
    }
  });
});

/** Header rules of a `_headers` file: path pattern, headers to set, headers to detach (`! Name`). */
interface HeaderRule {
  pattern: string;
  set: [string, string][];
  detach: string[];
}

function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: line, set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1)!;
    if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
    else {
      const colon = line.indexOf(':');
      rule.set.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(path);
}

/**
 * Cloudflare Pages: every matching rule adds its headers (same name: joined with a comma), and `! Name`
 * removes what earlier rules set. Netlify: a later matching rule replaces a header of an earlier one, and a
 * line without a colon (`! Name`) is ignored.
 */
function resolveHeaders(rules: readonly HeaderRule[], path: string, host: 'cloudflare' | 'netlify'): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    if (host === 'cloudflare') for (const name of rule.detach) out.delete(name);
    for (const [name, value] of rule.set) {
      out.set(name, host === 'cloudflare' && out.has(name) ? `${out.get(name)}, ${value}` : value);
    }
  }
  return out;
}

/** The `map $uri $name { … }` blocks of the nginx example: regex → value, and the default. */
function nginxMaps(text: string): Map<string, { cases: [RegExp, string][]; fallback: string }> {
  const maps = new Map<string, { cases: [RegExp, string][]; fallback: string }>();
  for (const block of text.matchAll(/map \$uri \$(\w+) \{([\s\S]*?)\n\}/g)) {
    const cases: [RegExp, string][] = [];
    let fallback = '';
    for (const line of block[2]!.split('\n')) {
      const entry = /^\s*(\S+)\s+"([^"]*)";/.exec(line);
      if (!entry) continue;
      if (entry[1] === 'default') fallback = entry[2]!;
      else cases.push([new RegExp(entry[1]!.replace(/^~/, '')), entry[2]!]);
    }
    maps.set(block[1]!, { cases, fallback });
  }
  return maps;
}

function nginxValue(maps: ReturnType<typeof nginxMaps>, name: string, path: string): string {
  const map = maps.get(name);
  if (!map) throw new Error(`no map $${name}`);
  return map.cases.find(([regex]) => regex.test(path))?.[1] ?? map.fallback;
}

const SAMPLE_PATHS = ['/', '/agenda/', '/agenda/koffie/', '/zoeken/', '/projecten/x/', '/embed/agenda/', '/embed/wijken/beijum/', '/admin/', '/admin/oefenen/', '/agenda.ics'];

describe('header examples for hosts that take headers (docs/hosting)', () => {
  test('_headers gives each page type its policy and the other security headers, on Cloudflare Pages and Netlify alike', () => {
    const rules = parseHeadersFile(readFileSync(join(HOSTING, '_headers'), 'utf8'));
    for (const host of ['cloudflare', 'netlify'] as const) {
      for (const path of SAMPLE_PATHS) {
        const headers = resolveHeaders(rules, path, host);
        expect(headers.get('content-security-policy'), `${host} ${path}`).toBe(HEADER_POLICIES[headerPolicyFor(path)]);
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name.toLowerCase()), `${host} ${path} ${name}`).toBe(value);
        // frame-ancestors replaces it; a second, older mechanism would forbid embedding on some hosts.
        expect(headers.has('x-frame-options'), `${host} ${path}`).toBe(false);
      }
      // Files with a content hash in their name are kept for a year; the rest is left to the host's default.
      expect(resolveHeaders(rules, '/_astro/app.Bx1.js', host).get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(resolveHeaders(rules, '/pagefind/fragment/nl_1206e95.pf_fragment', host).get('cache-control')).toMatch(/immutable/);
      for (const path of ['/', '/agenda.ics', '/pagefind/pagefind-entry.json']) expect(resolveHeaders(rules, path, host).has('cache-control'), path).toBe(false);
    }
  });

  test('no header policy names script-src, style-src or default-src (the meta tag holds those, with its hashes)', () => {
    for (const policy of Object.values(HEADER_POLICIES)) expect(policy).not.toMatch(/(^|;\s*)(default|script|style)-src/);
    expect(HEADER_POLICIES.embed).not.toMatch(/frame-ancestors/);
  });

  test('nginx.conf sends the same headers, per path, and text/calendar for .ics', () => {
    const text = readFileSync(join(HOSTING, 'nginx.conf'), 'utf8');
    const maps = nginxMaps(text);
    for (const path of SAMPLE_PATHS) {
      expect(nginxValue(maps, 'ww_csp', path), path).toBe(HEADER_POLICIES[headerPolicyFor(path)]);
    }
    expect(text).toMatch(/add_header Content-Security-Policy \$ww_csp always;/);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(text).toContain(`add_header ${name} "${value}" always;`);
    expect(nginxValue(maps, 'ww_cache', '/_astro/app.Bx1.js')).toBe('public, max-age=31536000, immutable');
    expect(nginxValue(maps, 'ww_cache', '/pagefind/index/nl_565737a.pf_index')).toMatch(/immutable/);
    // Pages, feeds and the search entry point change with every build.
    for (const path of ['/', '/agenda.ics', '/pagefind/pagefind-entry.json']) expect(nginxValue(maps, 'ww_cache', path), path).toBe('no-cache');
    expect(text).toMatch(/location ~ \\\.ics\$ \{\s*types \{ \}\s*default_type "text\/calendar; charset=utf-8";/);
    expect(text).not.toMatch(/X-Frame-Options/i);
    // add_header inside a location would silently drop every add_header of the server block there.
    for (const location of text.matchAll(/location [^{]*\{([^}]*)\}/g)) expect(location[1]).not.toMatch(/add_header/);
  });
});

describeWithChromium('no CSP violations in Chromium on the demo site', () => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  function firstPage(prefix: string, needle: RegExp): string {
    const path = [...pages.keys()].sort().find((p) => p.startsWith(prefix) && p !== prefix && needle.test(pages.get(p)!));
    if (!path) throw new Error(`no page under ${prefix} with ${needle}`);
    return path;
  }

  function expectClean(report: PageReport): void {
    expect(report.violations, report.url).toEqual([]);
    expect(report.cspConsole, report.url).toEqual([]);
    expect(report.dialogs, report.url).toEqual([]);
    expect(report.pageErrors, report.url).toEqual([]);
  }

  test.each([
    ['the home page', () => '/'],
    ['an activity page (JSON-LD)', () => firstPage('/agenda/', /application\/ld\+json/)],
    ['a project page (SVG charts, indicator bars)', () => firstPage('/projecten/', /ww-indicatoren__bar/)],
    ['the agenda embed', () => '/embed/agenda/'],
    ['a wijk embed', () => firstPage('/embed/wijken/', /<main/)],
    ['the web editor page /admin/', () => '/admin/'],
    ['a news page', () => firstPage('/nieuws/', /<h1/)],
    ['the 404 page', () => '/404.html'],
  ])('%s', async (_name, path) => {
    const report = await watchPage(browser, `${site.url}${path()}`);
    expectClean(report);
    expect(report.external).toEqual([]);
  });

  test('/zoeken/ with a query: search works under the policy (WebAssembly allowed, nothing blocked)', async () => {
    const report = await watchPage(browser, `${site.url}/zoeken/?q=koffie`, async (page: Page) => {
      await expect.poll(() => page.locator('#ww-zoek-status').textContent(), { timeout: 60_000 }).toMatch(/\d+ resultaten? voor ‘koffie’/);
      await expect.poll(() => page.locator('#ww-zoek-resultaten > li a').count(), { timeout: 60_000 }).toBeGreaterThan(0);
    });
    expectClean(report);
    expect(report.external).toEqual([]);
  });

  test('/admin/oefenen/: Sveltia CMS starts under its own policy, nothing blocked', async () => {
    const report = await watchPage(browser, `${site.url}/admin/oefenen/`, async (page: Page) => {
      // The editor draws itself once its script ran; wait for that instead of a fixed time.
      await expect.poll(() => page.evaluate(() => document.body.querySelectorAll('button').length), { timeout: 60_000 }).toBeGreaterThan(0);
    });
    expectClean(report);
    // It does try other hosts (fonts, version check): those are allowed by its policy and aborted here.
    for (const url of report.external) expect(url).toMatch(/^https:\/\/(cdn\.jsdelivr\.net|unpkg\.com|api\.github\.com|gitlab\.com|www\.githubstatus\.com|status\.gitlab\.com)\//);
  });
});
