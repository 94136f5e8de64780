import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ADMIN_DIRECTIVES, HEADER_POLICIES, SITE_DIRECTIVES, hashSource, headerPolicyFor, siteThemeHashes } from './csp.ts';
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
