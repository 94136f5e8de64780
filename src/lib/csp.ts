/**
 * The Content-Security-Policy of every page type (issue 8). Astro writes the policy as a
 * `<meta http-equiv="content-security-policy">` into each page (`security.csp` in astro.config.mjs): it
 * adds `script-src` and `style-src` itself, with `'self'` and a sha256 hash of every inline script and style
 * it emits. This module holds the rest, so the config, the pages that need more (/zoeken/, /admin/), the
 * header examples in docs/hosting/ and the tests all read one source. Astro lists every hash of the build in
 * every page; `trimPolicyBytes` (run on each page by src/integrations/csp-trim.ts) leaves each page only what it uses.
 *
 * A meta tag cannot carry `frame-ancestors` (browsers ignore it there and warn), so framing is limited by the
 * HTTP header of the host; see `HEADER_POLICIES` and docs/hosting/README.md.
 *
 * References: https://www.w3.org/TR/CSP3/, https://docs.astro.build/en/reference/configuration-reference/#securitycsp
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroGlobal } from 'astro';
import { parse } from 'yaml';
import { themeStyle, type ThemaKleuren } from './theme.ts';

/**
 * Directives of every page besides `script-src` and `style-src`. Nothing from another website: fonts,
 * images, fetches and forms stay on the site itself; plugins and a changed base URL are off.
 */
export const SITE_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * /zoeken/: Pagefind compiles its WebAssembly search engine in the page, which needs `'wasm-unsafe-eval'`
 * (it allows WebAssembly only, not JavaScript `eval`). The search runs without web workers (`noWorker` in
 * src/scripts/search/ui.ts), so no `worker-src` is needed.
 */
export const SEARCH_SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * /admin/ and /admin/oefenen/: Sveltia CMS, a large application that is not ours. What it needs beyond the
 * site policy:
 * - scripts: helper modules it loads on demand from unpkg.com (image conversion to WebP, HEIC photos,
 *   reading photo metadata, pasting HTML), some of them WebAssembly;
 * - styles: Svelte adds `<style>` elements and `style` attributes while it runs, so hashes are impossible
 *   and `'unsafe-inline'` is the only option (styles cannot run code);
 * - fonts from cdn.jsdelivr.net (its own interface fonts and icons);
 * - connections to the GitHub and GitLab APIs (the content lives there), their status pages and unpkg.com
 *   (version check); images from the repository as `blob:` and avatars from GitHub and GitLab.
 */
export const ADMIN_SCRIPT_SOURCES = ["'self'", 'https://unpkg.com', "'wasm-unsafe-eval'"] as const;
export const ADMIN_STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;
export const ADMIN_DIRECTIVES = [
  'font-src https://cdn.jsdelivr.net',
  'img-src blob: https://avatars.githubusercontent.com https://gitlab.com https://secure.gravatar.com',
  'connect-src https://api.github.com https://gitlab.com https://www.githubstatus.com https://status.gitlab.com https://unpkg.com blob: data:',
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
] as const;

type Csp = NonNullable<AstroGlobal['csp']>;

/** Adds what /zoeken/ needs to the page's policy (call from the page's frontmatter with `Astro.csp`). */
export function allowSearch(csp: AstroGlobal['csp']): void {
  if (!csp) return;
  for (const source of SEARCH_SCRIPT_SOURCES) csp.insertScriptResource(source);
}

/** Widens the page's policy for the web editor (Sveltia CMS); only for pages under /admin/. */
export function allowEditor(csp: AstroGlobal['csp']): void {
  if (!csp) return;
  for (const source of ADMIN_SCRIPT_SOURCES) csp.insertScriptResource(source);
  for (const source of ADMIN_STYLE_SOURCES) csp.insertStyleResource(source);
  // Same-named directives are merged with the site's (Astro joins their sources).
  for (const directive of ADMIN_DIRECTIVES) csp.insertDirective(directive as Parameters<Csp['insertDirective']>[0]);
}

/**
 * The CSP source expression of an inline script or style: `sha256-` and the base64 digest of its exact text.
 *
 * @example hashSource('@layer ww.theme{}') // 'sha256-…'
 */
export function hashSource(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The hash of the site's theme colours, the one inline `<style>` of every page (BaseLayout, EmbedLayout), read
 * from `thema` in site.yaml of CONTENT_DIR for astro.config.mjs; none when the site sets no colours. Read
 * leniently: the content check reports a broken site.yaml itself.
 */
export function siteThemeHashes(contentDir = process.env.CONTENT_DIR ?? './content'): `sha256-${string}`[] {
  try {
    const site = parse(readFileSync(join(contentDir, 'site.yaml'), 'utf8')) as { thema?: ThemaKleuren } | null;
    const css = themeStyle(site?.thema);
    return css ? [hashSource(css)] : [];
  } catch {
    return [];
  }
}

const POLICY_START = '<meta http-equiv="content-security-policy" content="';
const HASH_SOURCE = /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/;

/** A `<script>` that holds data (JSON-LD, the editor's JSON) instead of code: the browser never runs it. */
function isDataBlock(attributes: string): boolean {
  const type = /\btype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1]?.trim().toLowerCase();
  return type === 'application/ld+json' || type === 'application/json';
}

/** The elements `<name …>…</name>` of a page: their attributes and the bytes of their text. */
function* elements(page: Buffer, name: 'script' | 'style'): Generator<{ attributes: string; text: Buffer }> {
  const open = `<${name}`;
  const close = `</${name}`;
  let at = page.indexOf(open);
  while (at >= 0) {
    const tagEnd = page.indexOf('>', at);
    if (tagEnd < 0) return;
    // `<scripts` or `<styled` would be other names: only whitespace, `/` or the end of the tag may follow.
    if (/[\s/>]/.test(String.fromCharCode(page[at + open.length] ?? 0))) {
      const end = page.indexOf(close, tagEnd);
      yield { attributes: page.toString('utf8', at + open.length, tagEnd), text: page.subarray(tagEnd + 1, end < 0 ? page.length : end) };
      at = end < 0 ? -1 : page.indexOf(open, end);
    } else {
      at = page.indexOf(open, tagEnd);
    }
  }
}

const hashOf = (text: Buffer): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * A rendered page (UTF-8) with a policy that allows exactly what the page uses (issue 9), in three parts
 * (before the policy, the policy, after it; so a large page is not copied), or undefined when there is
 * nothing to change. Astro writes into every page the hashes of every script and style it knows of
 * in the whole build: the five island loaders (client:idle, load, media, only, visible) although the site has
 * no islands, its bundled scripts although pages load them as files from 'self', and the hash of the empty
 * text of each `<link>` and `<script src>`. Astro 7 has no setting and no per-page API to leave them out
 * (`Astro.csp` can only add), so src/integrations/csp-trim.ts trims each page with this:
 * - `script-src 'none'` on a page without scripts (JSON-LD is data and needs nothing);
 * - on a page with scripts, its own sources ('self', what /zoeken/ and /admin/ add) and only the hashes of
 *   its inline scripts;
 * - `style-src` keeps only the hashes of the page's inline `<style>` elements.
 * It works on the bytes (the largest pages of a city-wide site are tens of megabytes) and looks for the
 * lower-case tags Astro writes. A tag it misses can only make the policy stricter (the browser then blocks
 * it, which the browser tests would catch), never looser; a `<script>` it does not recognise as data counts
 * as a script.
 */
export function trimPolicyBytes(page: Buffer): Buffer[] | undefined {
  const metaStart = page.indexOf(POLICY_START);
  if (metaStart < 0) return undefined;
  const policyStart = metaStart + POLICY_START.length;
  const policyEnd = page.indexOf('"', policyStart);
  if (policyEnd < 0) return undefined;

  let runsScript = false;
  const scriptHashes = new Set<string>();
  for (const { attributes, text } of elements(page, 'script')) {
    if (isDataBlock(attributes)) continue;
    runsScript = true;
    if (!/\bsrc\s*=/i.test(attributes)) scriptHashes.add(hashOf(text));
  }
  const styleHashes = new Set<string>();
  for (const { text } of elements(page, 'style')) styleHashes.add(hashOf(text));

  const before = page.toString('utf8', policyStart, policyEnd);
  const directives = before.split(';').flatMap((part) => {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) return [];
    const keep = (used: Set<string>) => sources.filter((source) => !HASH_SOURCE.test(source) || used.has(source));
    if (name === 'script-src') return [`script-src ${runsScript ? keep(scriptHashes).join(' ') : "'none'"}`];
    if (name === 'style-src') return [`style-src ${keep(styleHashes).join(' ')}`];
    return [[name, ...sources].join(' ')];
  });
  const after = directives.join(';');
  if (after === before) return undefined;
  return [page.subarray(0, policyStart), Buffer.from(after), page.subarray(policyEnd)];
}

/** `trimPolicyBytes` for a page as text. */
export function trimPolicy(html: string): string {
  const parts = trimPolicyBytes(Buffer.from(html));
  return parts ? Buffer.concat(parts).toString('utf8') : html;
}

/**
 * The `Content-Security-Policy` HTTP header for hosts that can send headers (docs/hosting/). It adds only
 * what a meta tag cannot do, `frame-ancestors`, plus two directives that also protect non-HTML files. It
 * must never name `default-src`, `script-src` or `style-src`: a browser enforces header and meta policy
 * both, and a header without the page's hashes would block the page's own inline code.
 * - site: only the site itself may put a page in a frame;
 * - embed: /embed/… is made to be framed by partner sites, so no `frame-ancestors`;
 * - admin: the web editor may not be framed at all (clickjacking).
 */
export const HEADER_POLICIES = {
  site: "frame-ancestors 'self'; object-src 'none'; base-uri 'self'",
  embed: "object-src 'none'; base-uri 'self'",
  admin: "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
} as const;

/** The other security headers of every response (docs/hosting/). */
export const SECURITY_HEADERS = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'geolocation=(), camera=(), microphone=()',
} as const;

/** Which header policy a path gets. */
export function headerPolicyFor(path: string): keyof typeof HEADER_POLICIES {
  if (path.startsWith('/embed/')) return 'embed';
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin';
  return 'site';
}
