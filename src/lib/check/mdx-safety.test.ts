import { describe, expect, test } from 'vitest';
import { ALLOWED_HTML, MAX_FINDINGS, REGISTERED_COMPONENTS, checkBody, htmlProblems, lexAngle, type RegisteredComponent } from './mdx-safety.ts';

const errors = (body: string, mdx = true, components?: readonly RegisteredComponent[]) =>
  checkBody(body, { mdx, bodyLine: 10, ...(components ? { components } : {}) }).filter((f) => f.level === 'fout');
const refused = (body: string, mdx = true) => errors(body, mdx).length > 0;

describe('the registry', () => {
  test('has no components yet, and a small list of raw HTML', () => {
    expect(REGISTERED_COMPONENTS).toEqual([]);
    expect(Object.keys(ALLOWED_HTML)).toEqual(['br', 'abbr', 'sup', 'sub']);
  });
});

describe('refused in .md and .mdx alike', () => {
  test.each([
    ['an import line', 'import Kaart from "../../src/kaart.astro"\n\nTekst.'],
    ['an export line', 'export const x = process.env'],
    ['a text expression', 'Welkom {process.env.GITHUB_TOKEN}!'],
    ['a flow expression', '{\n  require("child_process").execSync("id")\n}'],
    ['an expression after an escaped backslash', 'Pad C:\\\\{x}'],
    ['a script tag', 'Hallo <script>alert(1)</script>'],
    ['a script tag in capitals', '<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>'],
    ['a script tag without >', '<script src=https://evil.example/x.js\n'],
    ['a style tag', '<style>body{display:none}</style>'],
    ['an iframe', '<iframe src="https://www.youtube.com/embed/x"></iframe>'],
    ['an object', '<object data="x.swf"></object>'],
    ['an embed', '<embed src="x.swf">'],
    ['an event handler on an image', '<img src=x onerror=alert(1)>'],
    ['an event handler on an allowed tag', '<abbr title="x" onmouseover="alert(1)">WO</abbr>'],
    ['a div', '<div>Tekst</div>'],
    ['a link tag with javascript', '<a href="javascript:alert(1)">klik</a>'],
    ['a svg with onload', '<svg onload=alert(1)>'],
    ['a Markdown link to javascript:', '[Aanmelden](javascript:alert(document.cookie))'],
    ['an entity-encoded javascript: link', '[Aanmelden](&#106;avascript&#58;alert(1))'],
    ['a link with a tab in the scheme', '[a](<java\tscript:alert(1)>)'],
    ['a link in angle brackets', '[a](<javascript:alert(1)>)'],
    ['an image with a data: URL', '![foto](data:image/svg+xml;base64,PHN2Zz4=)'],
    ['a reference definition to vbscript:', '[Meer][x]\n\n[x]: vbscript:msgbox(1)'],
    ['a protocol-relative link', '[a](//evil.example)'],
    ['an autolink to javascript:', '<javascript:alert(1)>'],
    ['an unclosed comment', 'Tekst\n\n<!-- vergeten af te sluiten'],
    ['a comment hiding a script', '<!-- <script>alert(1)</script> -->'],
    ['a conditional comment', '<!--[if IE]><script>alert(1)</script><![endif]-->'],
    ['a CDATA section', '<![CDATA[ x ]]>'],
    ['a processing instruction', '<?php echo 1; ?>'],
    ['a multi-line abbr', '<abbr\ntitle="x">WO</abbr>'],
    ['an abbr with a brace in the title', '<abbr title="{x}">WO</abbr>'],
    ['an abbr with an unquoted title', '<abbr title=x>WO</abbr>'],
    ['raw HTML hidden behind inline code in an HTML block', '<sup>\n`<script>alert(1)</script>`'],
    ['a code span and a link swallowing each other', '[a`](/x`](javascript:alert(1))'],
  ])('%s', (_name, body) => {
    expect(refused(body, false)).toBe(true);
    expect(refused(body, true)).toBe(true);
  });
});

describe('refused in .mdx', () => {
  test.each([
    ['a component', '<Kaart />'],
    ['a member component', '<Foo.Bar />'],
    ['a fragment', '<>tekst</>'],
    ['an attribute expression on an allowed tag', '<abbr title={x}>WO</abbr>'],
    ['a spread on an allowed tag', '<sup {...props}>2</sup>'],
    ['an HTML comment', '<!-- notitie -->'],
    ['an autolink (MDX cannot read it)', 'Zie <https://bo-beijum.nl>.'],
    ['a br without slash (MDX needs <br />)', 'regel<br>regel'],
  ])('%s', (_name, body) => {
    expect(refused(body, true)).toBe(true);
  });
});

describe('allowed', () => {
  test.each([
    ['plain text', 'Elke dinsdag koffie. Iedereen is welkom!'],
    ['headings, lists, emphasis', '## Wat doen we\n\n- koffie\n- **thee**\n\n1. eerst\n2. dan'],
    ['links', '[De site van de wijkraad](https://wijkraad.example.nl/) en [mail ons](mailto:info@bo-beijum.nl) of [bel](tel:0501234567) of [de agenda](/agenda/) of [hieronder](#aanmelden)'],
    ['an image next to the file', '![Koffie in de Wiershoeck](./koffie.jpg)'],
    ['the allowed HTML', 'H<sub>2</sub>O, 10<sup>3</sup>, <abbr title="Wijkondersteuner">WO</abbr>, regel<br />regel'],
    ['an escaped brace', 'Schrijf \\{ en \\} als je accolades wilt.'],
    ['braces in a fenced code block', '```\nconst a = { b: 1 };\n```\n\nTekst.'],
    ['braces in inline code', 'Typ `{naam}` in het veld.'],
    ['comparisons', 'Voor kinderen < 12 jaar en > 4 jaar, <3'],
    ['a reference definition', '[agenda]: /agenda/\n\nZie de [agenda].'],
    ['prose that looks like a definition', '[Let op]: de koffie is gratis.'],
    ['import as an ordinary word inside a sentence', 'We importeren niets. Export van groente is hier niet.'],
  ])('%s', (_name, body) => {
    expect(errors(body, true)).toEqual([]);
    expect(errors(body.replace('<br />', '<br>'), false)).toEqual([]);
  });
  test('a plain comment in .md', () => {
    expect(errors('Tekst <!-- notitie voor de redactie -->', false)).toEqual([]);
  });
  test('an https autolink in .md', () => {
    expect(errors('Zie <https://bo-beijum.nl> of <info@bo-beijum.nl>.', false)).toEqual([]);
  });
  test('case-insensitive allowed HTML in .md', () => {
    expect(errors('<ABBR TITLE="x">Y</ABBR><BR>', false)).toEqual([]);
  });
});

describe('code is only skipped where it certainly is code', () => {
  test('an indented fence makes every fence count as text', () => {
    expect(errors(' ```\n{a}\n```\n', true).length).toBeGreaterThan(0);
  });
  test('a fence inside raw HTML is not a fence', () => {
    expect(errors('<div>\n```\n{a}\n```\n</div>', false).some((f) => f.message.includes('({a})'))).toBe(true);
  });
  test('inline code next to a URL is not trusted (GFM may swallow the backtick)', () => {
    expect(errors('www.x.nl/`a {d} `e`', true).some((f) => f.message.includes('({d})'))).toBe(true);
  });
  test('unpaired backticks on one line make the paragraph untrusted', () => {
    expect(errors('`a\nb` en {x} en `c`', true).some((f) => f.message.includes('({x})'))).toBe(true);
  });
  test('tags are refused inside code blocks too', () => {
    expect(refused('```html\n<script>alert(1)</script>\n```', false)).toBe(true);
  });
});

describe('messages', () => {
  test('name the line in the file and explain in Dutch', () => {
    expect(checkBody('Eerste regel.\n\nWelkom {naam}!', { mdx: false, bodyLine: 12 })).toEqual([
      {
        level: 'fout',
        line: 14,
        message:
          'In de tekst staat code ({naam}). Dat mag niet: een bestand met inhoud mag geen code uitvoeren. Haal de accolades { } weg, of zet er een \\ voor (\\{) als je ze wilt laten zien',
      },
    ]);
  });
  test('a closing tag does not repeat the message of its opening tag', () => {
    expect(errors('<script>x</script>', false)).toHaveLength(1);
  });
  test('findings inside a comment say so', () => {
    expect(errors('<!-- <iframe src="x"> -->', false)[0]!.message).toMatch(/Ook in commentaar/);
  });
  test('http links are a warning', () => {
    expect(checkBody('[oud](http://example.nl)', { mdx: false })).toEqual([
      { level: 'waarschuwing', line: 1, message: 'In de tekst staat een link met http:// (http://example.nl). Gebruik https:// als de site dat heeft' },
    ]);
  });
  test('CRLF and lone CR count as line ends', () => {
    expect(checkBody('a\r\nb\rc {x}', { mdx: true })[0]!.line).toBe(3);
  });
  test('invisible characters in a value are shown, not printed', () => {
    const message = errors('[a](java\u0000script:x)', false)[0]!.message;
    expect(message).not.toMatch(/\u0000/);
  });
});

describe('registered components', () => {
  const components: RegisteredComponent[] = [{ name: 'Vraag', attributes: { titel: 'tekst', link: 'link' } }];
  test('pass with literal attributes in .mdx', () => {
    expect(errors('<Vraag titel="Kun jij helpen?" link="https://bo-beijum.nl/helpen">Tekst</Vraag>', true, components)).toEqual([]);
  });
  test.each([
    ['an expression value', '<Vraag titel={x} />', /code in een eigenschap/],
    ['a spread', '<Vraag {...x} />', /code in <Vraag>/],
    ['an unknown attribute', '<Vraag kleur="rood" />', /eigenschap kleur/],
    ['a dangerous link', '<Vraag link="javascript:alert(1)" />', /gevaarlijke link/],
    ['an event handler', '<Vraag onClick="x" />', /onClick=/],
    ['an unknown component', '<Kaart />', /alleen deze onderdelen mogen: <Vraag>/],
  ])('refuse %s', (_name, body, message) => {
    expect(errors(body, true, components).map((f) => f.message).join('\n')).toMatch(message);
  });
  test('do not work in .md', () => {
    expect(errors('<Vraag titel="x" />', false, components)[0]!.message).toMatch(/alleen in een \.mdx-bestand/);
  });
});

describe('robustness', () => {
  test('at most MAX_FINDINGS findings plus one summary line', () => {
    const findings = checkBody('{x}\n'.repeat(500), { mdx: true });
    expect(findings).toHaveLength(MAX_FINDINGS + 1);
    expect(findings.at(-1)!.message).toMatch(/nog meer problemen/);
  });
  test.each([
    ['angle brackets', '<'.repeat(2_000_000)],
    ['unfinished tags', '<abbr title="x '.repeat(120_000)],
    ['unfinished comments', '<!--'.repeat(500_000)],
    ['link openers', '](](('.repeat(400_000)],
    ['braces', '{'.repeat(2_000_000)],
    ['backticks', '`a'.repeat(1_000_000)],
    ['declarations', '<!x'.repeat(600_000)],
  ])('2 MB of %s in well under a second', (_name, body) => {
    const started = performance.now();
    checkBody(body, { mdx: true });
    checkBody(body, { mdx: false });
    expect(performance.now() - started).toBeLessThan(1500);
  });
  test('lexAngle reads JSX and HTML generously', () => {
    expect(lexAngle('<a.b c="d" e={f} {...g} h=i j />', 0)).toMatchObject({
      kind: 'tag',
      name: 'a.b',
      complete: true,
      selfClosing: true,
      attributes: [
        { name: 'c', kind: 'string', value: 'd' },
        { name: 'e', kind: 'expression', value: '{f}' },
        { name: '', kind: 'spread', value: '{...g}' },
        { name: 'h', kind: 'unquoted', value: 'i' },
        { name: 'j', kind: 'none' },
      ],
    });
    expect(lexAngle('a < b', 2)).toBeUndefined();
  });
  test('htmlProblems checks raw HTML nodes', () => {
    expect(htmlProblems('<sup>')).toEqual([]);
    expect(htmlProblems('<div>\n*a*\n</div>')).toHaveLength(2);
  });
});
