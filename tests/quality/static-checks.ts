/**
 * Checks on the built HTML files themselves, without a browser: html-validate, scripts on content pages,
 * internal links (fragments included) and references to other origins. Each returns one line per problem.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './html-validate-config.ts';
import { htmlFiles } from '../../scripts/lib/html-files.ts';

/**
 * Pages that may load a script (DESIGN §10): the search page (Pagefind runs in the browser) and the web editor
 * for volunteers. Every other page carries at most `<script type="application/ld+json">` data. The agenda has
 * no enhancement script; if one is added, list its pages here (the agenda must keep working without it).
 */
export const SCRIPT_PAGES: readonly RegExp[] = [/^\/zoeken\/$/, /^\/admin\//];

/** Every .html file under `outDir`, as paths relative to it, sorted. */
export function htmlFilesOf(outDir: string): string[] {
  return htmlFiles(outDir).map((full) => relative(outDir, full).split(sep).join('/'));
}

/** The URL path a file is served at: `agenda/index.html` → `/agenda/`, `404.html` → `/404.html`. */
export function pagePathOf(file: string): string {
  return '/' + file.replace(/(^|\/)index\.html$/, '$1');
}

/** A start tag with its attributes; quoted values may contain `>`. */
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

function tagsOf(html: string): Tag[] {
  // Leave out what is inside <script> and <style>: their text is not markup.
  const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/gi, '$1$3');
  return [...markup.matchAll(TAG)].map((m) => {
    const attrs = new Map<string, string>();
    for (const a of m[2]!.matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    return { name: m[1]!.toLowerCase(), attrs };
  });
}

const decode = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Scripts and inline event handlers in a page that may not have any; '' when the page is allowed scripts. */
export function findScripts(page: string, html: string): string[] {
  if (SCRIPT_PAGES.some((p) => p.test(page))) return [];
  const found: string[] = [];
  for (const tag of tagsOf(html)) {
    if (tag.name === 'script' && tag.attrs.get('type') !== 'application/ld+json') {
      found.push(`${page}: <script${tag.attrs.get('src') ? ` src="${tag.attrs.get('src')}"` : ''}>`);
    }
    for (const [name, value] of tag.attrs) {
      if (/^on[a-z]+$/.test(name)) found.push(`${page}: ${name}= op <${tag.name}>`);
      if (/^\s*javascript:/i.test(decode(value))) found.push(`${page}: javascript:-link op <${tag.name}>`);
    }
  }
  return found;
}

/** Link relations that make the browser fetch the target. */
const FETCHING_RELS = /\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|icon|apple-touch-icon|manifest|prerender)\b/i;
const OTHER_ORIGIN = /^\s*(https?:)?\/\//i;
const CSS_URL = /(?:url\(\s*['"]?|@import\s+['"])\s*((?:https?:)?\/\/[^'")\s]+)/gi;

/** Resources a page (or a stylesheet) would fetch from an origin other than `ownOrigin`. */
export function findExternalResources(page: string, html: string, ownOrigin: string): string[] {
  const found: string[] = [];
  const foreign = (url: string) => OTHER_ORIGIN.test(url) && !decode(url).startsWith(ownOrigin + '/');
  for (const tag of tagsOf(html)) {
    const candidates: string[] = [];
    for (const name of ['src', 'poster', 'data', 'background']) {
      const v = tag.attrs.get(name);
      if (v !== undefined && tag.name !== 'a') candidates.push(v);
    }
    for (const name of ['srcset', 'imagesrcset']) {
      for (const part of (tag.attrs.get(name) ?? '').split(',')) if (part.trim()) candidates.push(part.trim().split(/\s+/)[0]!);
    }
    if (tag.name === 'link' && FETCHING_RELS.test(tag.attrs.get('rel') ?? '')) candidates.push(tag.attrs.get('href') ?? '');
    for (const m of (tag.attrs.get('style') ?? '').matchAll(CSS_URL)) candidates.push(m[1]!);
    for (const url of candidates) if (foreign(url)) found.push(`${page}: <${tag.name}> laadt ${url}`);
  }
  for (const style of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const m of style[1]!.matchAll(CSS_URL)) if (foreign(m[1]!)) found.push(`${page}: <style> laadt ${m[1]}`);
  }
  return found;
}

/** References to other origins inside the site's CSS files (fonts, images, @import). */
export function findExternalInCss(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.css')) {
        for (const m of readFileSync(full, 'utf8').matchAll(CSS_URL)) found.push(`${relative(outDir, full)}: laadt ${m[1]}`);
      }
    }
  };
  walk(outDir);
  return found;
}

/** A site path resolves when it names a file, or a folder with index.html. */
function resolves(outDir: string, path: string): boolean {
  let clean: string;
  try {
    clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  } catch {
    return false;
  }
  const target = join(outDir, clean);
  if (clean.endsWith('/')) return existsSync(join(target, 'index.html'));
  return existsSync(target) && statSync(target).isFile();
}

/** Internal links and sources in a page that point at no file, or at a fragment (#id) the target page lacks. */
export function findBrokenLinks(outDir: string, page: string, html: string, idsOf: (path: string) => Set<string> | undefined): string[] {
  const broken: string[] = [];
  for (const tag of tagsOf(html)) {
    for (const name of ['href', 'src', 'action']) {
      const raw = tag.attrs.get(name);
      if (raw === undefined || (name === 'href' && tag.name === 'link' && tag.attrs.get('rel') === 'canonical')) continue;
      const href = decode(raw);
      if (/^(https?:|mailto:|tel:|data:)/i.test(href) || href.startsWith('//')) continue;
      const url = new URL(href, `https://site.invalid${page}`);
      const path = url.pathname;
      const target = href.startsWith('#') ? page : path;
      if (!href.startsWith('#') && !resolves(outDir, path)) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && tag.name === 'a') {
        const ids = idsOf(target);
        if (ids && !ids.has(fragment)) broken.push(`${page} → ${href} (geen id="${fragment}")`);
      }
    }
  }
  return broken;
}

/** The ids in a page. */
export function idsIn(html: string): Set<string> {
  const ids = new Set<string>();
  for (const tag of tagsOf(html)) {
    const id = tag.attrs.get('id');
    if (id) ids.add(decode(id));
  }
  return ids;
}

export interface StaticResult {
  files: number;
  htmlErrors: string[];
  scripts: string[];
  brokenLinks: string[];
  externalResources: string[];
}

/** Runs every static check over one built site. */
export async function checkBuiltSite(outDir: string): Promise<StaticResult> {
  const files = htmlFilesOf(outDir);
  const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const texts = new Map(files.map((f) => [pagePathOf(f), readFileSync(join(outDir, f), 'utf8')]));
  const idCache = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    const html = texts.get(path) ?? texts.get(path.replace(/\/$/, '') + '/');
    if (html === undefined) return undefined;
    let ids = idCache.get(path);
    if (!ids) idCache.set(path, (ids = idsIn(html)));
    return ids;
  };
  const result: StaticResult = { files: files.length, htmlErrors: [], scripts: [], brokenLinks: [], externalResources: [] };
  for (const file of files) {
    const page = pagePathOf(file);
    const html = texts.get(page)!;
    const report = await validator.validateString(html, file);
    for (const r of report.results) {
      for (const m of r.messages) {
        if (m.severity === 2) result.htmlErrors.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
      }
    }
    result.scripts.push(...findScripts(page, html));
    result.brokenLinks.push(...findBrokenLinks(outDir, page, html, idsOf));
    const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1] ?? 'https://site.invalid';
    result.externalResources.push(...findExternalResources(page, html, origin));
  }
  result.externalResources.push(...findExternalInCss(outDir));
  return result;
}
