import { describe, expect, test } from 'vitest';
import { classifyUrl, dangerousSchemeOf, isEmailAddress, showValue, type UrlRejection } from './url-safety.ts';

/** Hostile inputs and the reason each must be refused with (absolute links only). */
const HOSTILE: [string, string, UrlRejection][] = [
  ['plain javascript', 'javascript:alert(1)', 'gevaarlijk'],
  ['mixed case', 'JaVaScRiPt:alert(1)', 'gevaarlijk'],
  ['upper case vbscript', 'VBSCRIPT:msgbox(1)', 'gevaarlijk'],
  ['data URL with HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'gevaarlijk'],
  ['data URL with SVG', 'data:image/svg+xml,<svg onload=alert(1)>', 'gevaarlijk'],
  ['file URL', 'file:///etc/passwd', 'gevaarlijk'],
  ['leading space', ' javascript:alert(1)', 'gevaarlijk'],
  ['leading tab', '\tjavascript:alert(1)', 'gevaarlijk'],
  ['embedded tab', 'java\tscript:alert(1)', 'gevaarlijk'],
  ['embedded newline', 'java\nscript:alert(1)', 'gevaarlijk'],
  ['embedded carriage return', 'javas\rcript:alert(1)', 'gevaarlijk'],
  ['leading control character', '\u0001javascript:alert(1)', 'gevaarlijk'],
  ['NUL byte inside', 'java\u0000script:alert(1)', 'gevaarlijk'],
  ['zero-width space inside', 'java\u200Bscript:alert(1)', 'gevaarlijk'],
  ['soft hyphen inside', 'java\u00ADscript:alert(1)', 'gevaarlijk'],
  ['byte order mark in front', '\uFEFFjavascript:alert(1)', 'gevaarlijk'],
  ['decimal character reference', '&#106;avascript:alert(1)', 'gevaarlijk'],
  ['decimal reference without semicolon, zero padded', '&#0000106avascript:alert(1)', 'gevaarlijk'],
  ['hexadecimal reference', '&#x6A;avascript:alert(1)', 'gevaarlijk'],
  ['named reference for the colon', 'javascript&colon;alert(1)', 'gevaarlijk'],
  ['double-encoded reference', '&amp;#106;avascript:alert(1)', 'gevaarlijk'],
  ['percent-encoded scheme', '%6A%61%76%61%73%63%72%69%70%74:alert(1)', 'gevaarlijk'],
  ['percent-encoded colon', 'javascript%3Aalert(1)', 'gevaarlijk'],
  ['full-width letters', 'ｊａｖａｓｃｒｉｐｔ:alert(1)', 'gevaarlijk'],
  ['backslash-escaped colon (Markdown)', 'javascript\\:alert(1)', 'gevaarlijk'],
  ['space inside the scheme', 'java script:alert(1)', 'gevaarlijk'],
  ['right-to-left override', 'https://example.org/\u202Egnp.exe', 'onzichtbare-tekens'],
  ['zero-width joiner in the host', 'https://exa\u200Dmple.org', 'onzichtbare-tekens'],
  ['lone surrogate', 'https://example.org/\uD800', 'onzichtbare-tekens'],
  ['protocol-relative', '//evil.example/x', 'protocol-relatief'],
  ['backslash as slash', '/\\evil.example', 'backslash'],
  ['https with backslashes', 'https:\\\\evil.example', 'backslash'],
  ['credentials before the host', 'https://www.groningen.nl@evil.example/', 'inloggegevens'],
  ['https without slashes', 'https:evil.example', 'ongeldig'],
  ['unknown scheme', 'ftp://files.example.org/x', 'onbekend-schema'],
  ['app scheme', 'intent://scan/#Intent;scheme=zxing;end', 'onbekend-schema'],
  ['entity-encoded ampersand in a query', 'https://example.org/?a=1&amp;b=2', 'codering'],
  ['no scheme at all', 'www.example.org', 'relatief'],
  ['empty', '   ', 'leeg'],
  ['mailto with a header injection', 'mailto:a@example.org\r\nBcc:x@evil.example', 'onzichtbare-tekens'],
  ['mailto without an address', 'mailto:', 'ongeldig'],
  ['tel with letters', 'tel:javascript', 'ongeldig'],
  ['space inside an https link', 'https://example.org/a b', 'spatie'],
];

describe('classifyUrl refuses hostile links', () => {
  test(`there are at least 25 cases (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(25);
  });
  test.each(HOSTILE)('%s', (_name, input, reason) => {
    const result = classifyUrl(input);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) {
      // Messages never echo invisible characters into a terminal.
      expect(result.message).not.toMatch(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\ufeff]/);
    }
  });
  test.each(HOSTILE.filter(([, , reason]) => reason === 'gevaarlijk'))('%s is also refused where site paths are allowed', (_name, input) => {
    expect(classifyUrl(input, { relative: true })).toMatchObject({ ok: false, reason: 'gevaarlijk' });
  });
});

describe('classifyUrl accepts ordinary links', () => {
  test.each([
    ['https://wij.groningen.nl/', 'https'],
    ['HTTPS://Example.org/Pagina?x=1&y=2#deel', 'https'],
    ['https://www.uden.nl/data:niet-gevaarlijk', 'https'],
    ['http://oude-site.example.nl', 'http'],
    ['mailto:info@bo-beijum.nl', 'mailto'],
    ['mailto:info@bo-beijum.nl?subject=Aanmelden%20koffie', 'mailto'],
    ['tel:0501234567', 'tel'],
    ['tel:050 123 4567', 'tel'],
    ['tel:+31501234567', 'tel'],
  ] as const)('%s', (input, kind) => {
    expect(classifyUrl(input)).toEqual({ ok: true, kind });
  });
  test.each(['/agenda/', '/agenda/filter/wijk/beijum/', '#aanmelden', './foto.jpg', '../projecten/x/', '?wijk=beijum'])(
    'site path %s only where allowed',
    (input) => {
      expect(classifyUrl(input, { relative: true })).toEqual({ ok: true, kind: 'relative' });
      expect(classifyUrl(input)).toMatchObject({ ok: false, reason: 'relatief' });
    },
  );
});

describe('messages', () => {
  test('name the scheme and the fix in Dutch', () => {
    const result = classifyUrl('&#106;avascript:alert(1)');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(
      `"&#106;avascript:alert(1)" is een gevaarlijke link (javascript:). Zo'n link kan bij bezoekers iets uitvoeren of iets anders laten zien dan er staat. Gebruik een gewone link die begint met https://`,
    );
  });
  test('suggest https:// for a bare www address', () => {
    const result = classifyUrl('www.bo-beijum.nl');
    if (!result.ok) expect(result.message).toContain('https://www.bo-beijum.nl');
  });
  test('showValue makes invisible characters visible and shortens', () => {
    expect(showValue('a\u0000b\u202Ec')).toBe('a\\u{0}b\\u{202E}c');
    expect(showValue('x'.repeat(200)).length).toBe(80);
  });
  test('dangerousSchemeOf sees through layers', () => {
    expect(dangerousSchemeOf('&amp;#x76;bscript&#x3A;x')).toBe('vbscript');
    expect(dangerousSchemeOf('https://example.org')).toBeUndefined();
  });
});

describe('isEmailAddress', () => {
  test.each(['info@bo-beijum.nl', 'wijkondersteuner.melle@uden.nl', 'a+b@sub.example.org', 'x_y@xn--bcher-kva.example'])('accepts %s', (value) => {
    expect(isEmailAddress(value)).toBe(true);
  });
  test.each([
    'info.example.nl',
    'info@localhost',
    'info@@x.nl',
    'in fo@x.nl',
    '"jan"@x.nl',
    "o'brien@x.nl",
    '<info@x.nl>',
    'info@x.nl>',
    'info@-x.nl',
    'info@x..nl',
    '.info@x.nl',
    'info.@x.nl',
    'info@x.n1',
    'info@[127.0.0.1]',
    'info@x.nl\n',
    'mailto:info@x.nl',
    `${'a'.repeat(65)}@x.nl`,
  ])('refuses %j', (value) => {
    expect(isEmailAddress(value)).toBe(false);
  });
});
