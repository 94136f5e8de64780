import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADMIN_DIRECTIVES, HEADER_POLICIES, SITE_DIRECTIVES, hashSource, headerPolicyFor, siteThemeHashes, trimPolicy } from './csp.ts';
import { onRequest } from '../integrations/csp-trim.ts';
import { themeStyle } from './theme.ts';

describe('hashSource', () => {
  test('is the CSP form of a sha256 digest (known value: the empty string)', () => {
    expect(hashSource('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    expect(hashSource('a')).not.toBe(hashSource('b'));
  });
});

describe('the site policy', () => {
  test('keeps everything on the site and leaves frame-ancestors to the header (a meta tag cannot carry it)', () => {
    const names = SITE_DIRECTIVES.map((d) => d.split(' ')[0]);
    expect(names).toEqual(['default-src', 'img-src', 'font-src', 'connect-src', 'object-src', 'base-uri', 'form-action']);
    expect(SITE_DIRECTIVES.join(';')).not.toMatch(/https?:|\*|unsafe|frame-ancestors/);
  });

  test('the editor only widens directives, never opens scripts to inline code or eval', () => {
    expect(ADMIN_DIRECTIVES.join(';')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });
});

describe('headerPolicyFor', () => {
  test.each([
    ['/', 'site'],
    ['/agenda/koffie/', 'site'],
    ['/embed/agenda/', 'embed'],
    ['/embed/wijken/beijum/', 'embed'],
    ['/admin/', 'admin'],
    ['/admin/oefenen/', 'admin'],
    ['/administratie/', 'site'],
  ] as const)('%s → %s', (path, kind) => {
    expect(headerPolicyFor(path)).toBe(kind);
  });

  test('only embeds may be framed by other sites', () => {
    expect(HEADER_POLICIES.site).toContain("frame-ancestors 'self'");
    expect(HEADER_POLICIES.admin).toContain("frame-ancestors 'none'");
    expect(HEADER_POLICIES.embed).not.toContain('frame-ancestors');
  });
});

describe('siteThemeHashes', () => {
  test('hashes exactly the theme style BaseLayout writes, and nothing without colours', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-csp-'));
    try {
      writeFileSync(join(dir, 'site.yaml'), 'naam: Test\nurl: https://example.org\nthema: { primair: "#004b87" }\n');
      expect(siteThemeHashes(dir)).toEqual([hashSource(themeStyle({ primair: '#004b87' })!)]);
      writeFileSync(join(dir, 'site.yaml'), 'naam: Test\nurl: https://example.org\n');
      expect(siteThemeHashes(dir)).toEqual([]);
      writeFileSync(join(dir, 'site.yaml'), 'naam: [kapot\n');
      expect(siteThemeHashes(dir)).toEqual([]);
      expect(siteThemeHashes(join(dir, 'bestaat-niet'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('trimPolicy', () => {
  // What Astro writes into every page: all hashes of the build (island loaders, bundled scripts, empty texts).
  const ISLANDS = ["'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='", "'sha256-QzWFZi+FLIx23tnm9SBU4aEgx4x8DsuASP07mfqol/c='"];
  const EMPTY = `'${hashSource('')}'`;
  const theme = themeStyle({ primair: '#004b87' })!;
  const page = (script: string, style: string, body: string) =>
    `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>T</title>` +
    `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src ${script}; style-src ${style};">` +
    `<link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;
  const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(html)![1];

  test('a page without scripts allows none, also with JSON-LD; unused style hashes go, the theme hash stays', () => {
    const html = page(
      `'self' ${ISLANDS.join(' ')}`,
      `'self' '${hashSource(theme)}' ${EMPTY}`,
      `<style>${theme}</style><main>Hallo</main><script type="application/ld+json">{"@type":"Event"}</script>`,
    );
    expect(policyOf(trimPolicy(html))).toBe(`default-src 'self';object-src 'none';script-src 'none';style-src 'self' '${hashSource(theme)}'`);
    // Only the policy changes.
    expect(trimPolicy(html).replace(/content="[^"]*"/, '')).toBe(html.replace(/content="[^"]*"/, ''));
  });

  test('a page that loads a script keeps its own sources and no hash; an inline script keeps exactly its hash', () => {
    const search = page(`'self' 'wasm-unsafe-eval' ${ISLANDS.join(' ')} ${EMPTY}`, `'self' ${EMPTY}`, '<script type="module" src="/_astro/zoeken.js"></script>');
    expect(policyOf(trimPolicy(search))).toBe("default-src 'self';object-src 'none';script-src 'self' 'wasm-unsafe-eval';style-src 'self'");
    const code = "console.log('café – ’')"; // hashed as UTF-8, like the browser does
    const inline = page(`'self' ${ISLANDS.join(' ')} '${hashSource(code)}'`, "'self'", `<script>${code}</script><script type="application/json" id="x">{}</script>`);
    expect(policyOf(trimPolicy(inline))).toBe(`default-src 'self';object-src 'none';script-src 'self' '${hashSource(code)}';style-src 'self'`);
  });

  test("the web editor's 'unsafe-inline' styles and a page without a policy stay as they are", () => {
    const editor = page(`'self' https://unpkg.com ${ISLANDS[0]}`, "'self' 'unsafe-inline'", '<script src="/admin/sveltia-cms.js"></script>');
    expect(policyOf(trimPolicy(editor))).toBe("default-src 'self';object-src 'none';script-src 'self' https://unpkg.com;style-src 'self' 'unsafe-inline'");
    expect(trimPolicy('<p>geen beleid</p>')).toBe('<p>geen beleid</p>');
  });

  test('anything that may be a script keeps scripts allowed: a strange type, a script tag in other text', () => {
    expect(policyOf(trimPolicy(page("'self'", "'self'", '<script type="text/plain">x</script>')))).toContain("script-src 'self'");
    expect(policyOf(trimPolicy(page("'self'", "'self'", '<p title="<script>">x</p>')))).toContain("script-src 'self'");
    // Other elements whose name starts the same are not scripts or styles.
    expect(policyOf(trimPolicy(page(`'self' ${ISLANDS[0]}`, `'self' ${EMPTY}`, '<scripts></scripts><styled></styled>')))).toContain("script-src 'none';style-src 'self'");
  });

  test('the middleware trims HTML responses and passes everything else untouched', async () => {
    const html = page(`'self' ${ISLANDS[0]}`, "'self'", '<main>x</main>');
    const next = (body: string, type: string) => async () =>
      new Response(body, { status: 200, headers: { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(body)) } });
    const trimmed = (await onRequest({} as never, next(html, 'text/html') as never)) as Response;
    expect(policyOf(await trimmed.text())).toContain("script-src 'none'");
    expect(trimmed.headers.get('content-type')).toBe('text/html');
    expect(trimmed.headers.has('content-length')).toBe(false);
    const ics = (await onRequest({} as never, next(html, 'text/calendar; charset=utf-8') as never)) as Response;
    expect(await ics.text()).toBe(html);
    // A body that arrives in pieces, cut inside the policy.
    const bytes = Buffer.from(html);
    const cut = bytes.indexOf('script-src') + 3;
    const pieces = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, cut));
        controller.enqueue(bytes.subarray(cut));
        controller.close();
      },
    });
    const streamed = (await onRequest({} as never, (async () => new Response(pieces, { headers: { 'Content-Type': 'text/html' } })) as never)) as Response;
    expect(await streamed.text()).toBe(trimPolicy(html));
  });
});
