/**
 * Property-based tests (issue 8, part 6): the loader and the check get malformed content of every
 * kind and must never throw, must name a file (and a line or field) for every problem, and must
 * finish every case in well under a second.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkContent, type CheckResult, type ContentFile } from '../../src/lib/check/check-content.ts';
import { checkBody } from '../../src/lib/check/mdx-safety.ts';
import { parseSource } from '../../src/lib/check/source.ts';
import { BASE, anyValue, hostileBody, malformedFile, oddString, toContentFiles } from './arbitraries.ts';

/** Asserts the contract of DESIGN §4 on one result. */
export function expectWellFormed(result: CheckResult, files: readonly ContentFile[]) {
  const paths = new Set([...files.map((f) => f.path), 'site.yaml']);
  for (const problem of result.problems) {
    expect(paths.has(problem.file), `unknown file ${problem.file}`).toBe(true);
    expect(problem.level === 'fout' || problem.level === 'waarschuwing').toBe(true);
    expect(typeof problem.message).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
    // Never a stack trace or an English runtime error, never a raw control character.
    expect(problem.message).not.toMatch(/\n\s+at |TypeError|RangeError|undefined is not|Cannot read/);
    expect(problem.message).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(problem.line !== undefined || problem.field !== undefined, `no line or field: ${problem.file} ${problem.message}`).toBe(true);
  }
}

const timed = <T>(run: () => T): { value: T; ms: number } => {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
};

let slowest = 0;

describe('properties', () => {
  test('parseSource never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), oddString, hostileBody), fc.boolean(), (text, markdown) => {
        const { value, ms } = timed(() => parseSource(text, markdown));
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(1000);
        if (!value.ok) for (const p of value.problems) expect(p.message).toMatch(/^[a-z]/);
      }),
      { numRuns: 400 },
    );
  });

  test('checkContent never throws and names file and line or field for every problem', () => {
    fc.assert(
      fc.property(fc.array(malformedFile, { minLength: 1, maxLength: 6 }), (generated) => {
        const files = toContentFiles(generated);
        const { value, ms } = timed(() => checkContent(files));
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(1000);
        expectWellFormed(value, files);
      }),
      { numRuns: 300 },
    );
  });

  test('wrong types at every field of every collection', () => {
    fc.assert(
      fc.property(malformedFile, anyValue, (file, value) => {
        const files = toContentFiles([file]);
        // Also the whole document as one wrong value (a list, a number, null …).
        files.push({ path: 'content/wijken/los.yaml', relative: 'wijken/los.yaml', text: JSON.stringify(value) ?? 'null' });
        const { value: result, ms } = timed(() => checkContent(files));
        expect(ms).toBeLessThan(1000);
        expectWellFormed(result, files);
      }),
      { numRuns: 300 },
    );
  });

  test('the body lockdown never throws and refuses every body with an unescaped brace in .mdx', () => {
    fc.assert(
      fc.property(hostileBody, fc.boolean(), fc.integer({ min: 1, max: 500 }), (body, mdx, bodyLine) => {
        const { value, ms } = timed(() => checkBody(body, { mdx, bodyLine }));
        expect(ms).toBeLessThan(1000);
        for (const f of value) expect(f.line).toBeGreaterThanOrEqual(bodyLine);
        if (mdx && /(^|[^\\`])\{/.test(body) && !body.includes('```') && !body.includes('~~~') && !body.includes('`')) {
          expect(value.some((f) => f.level === 'fout')).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const md = (frontMatter: string, body = 'Tekst.') => `---\n${frontMatter}\n---\n${body}\n`;
const act = 'titel: X\nsamenvatting: X.\nlocatie: de-wiershoeck\ndatum: 2026-12-05';

function nest(depth: number, open: string, close: string, inner = '1') {
  return open.repeat(depth) + inner + close.repeat(depth);
}

function aliasBomb(levels: number, width: number) {
  const lines = [`a0: &a0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n');
}

/** Hand-picked structural attacks, each checked for the contract and for time. */
const ATTACKS: [string, string, string][] = [
  ['depth 1,000 in flow style', 'wijken/diep.yaml', `naam: Diep\nbeschrijving: ${nest(1000, '[', ']')}\n`],
  ['depth 1,000 in block style', 'wijken/blok.yaml', `naam: Blok\n${Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n')} 1\n`],
  ['depth 1,000 of maps in flow style', 'activiteiten/diep.md', md(`${act}\nkosten: ${nest(1000, '{a: ', '}')}`)],
  ['a billion laughs', 'wijken/lol.yaml', `${aliasBomb(9, 9)}\nnaam: *a8\n`],
  ['an alias to itself', 'wijken/zelf.yaml', 'naam: &x [*x]\n'],
  ['an unknown alias', 'wijken/onbekend.yaml', 'naam: *nergens\n'],
  ['duplicate keys', 'activiteiten/dubbel.md', md(`${act}\ntitel: Y\ntitel: Z`)],
  ['a merge key', 'wijken/merge.yaml', 'basis: &b { naam: X }\n<<: *b\n'],
  ['custom tags', 'wijken/tags.yaml', 'naam: !!js/function "function(){ return 1 }"\nbeschrijving: !!binary aGFsbG8=\n'],
  ['a huge string (1.9 MB)', 'nieuws/groot.md', md(`titel: Groot\ndatum: 2026-12-05\nsamenvatting: ${'x'.repeat(1_900_000)}`)],
  ['a huge body (1.9 MB of braces and tags)', 'nieuws/lijf.mdx', md('titel: Lijf\ndatum: 2026-12-05\nsamenvatting: x', '{<a '.repeat(475_000))],
  ['a 10 MB file', 'nieuws/tien.md', md('titel: Tien\ndatum: 2026-12-05\nsamenvatting: x', 'x'.repeat(10 * 1024 * 1024))],
  ['NUL bytes', 'activiteiten/nul.md', md(act, 'Tekst\u0000met nul')],
  ['binary junk with a .md name', 'activiteiten/binair.md', String.fromCharCode(...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256))],
  ['replacement characters (bytes that were not UTF-8)', 'nieuws/kapot.md', md('titel: Kapot\ndatum: 2026-12-05\nsamenvatting: caf\uFFFD')],
  ['a BOM and CRLF', 'activiteiten/bom.md', `\uFEFF${md(act)}`.replace(/\n/g, '\r\n')],
  ['lone CR line ends', 'activiteiten/cr.md', md(act).replace(/\n/g, '\r')],
  ['RTL marks, zero-width joiners and emoji in values and keys', 'activiteiten/unicode.md', md(`titel: "\u202Egnikaeb\u200D👩‍👩‍👧"\nsamenvatting: "\u200F\u200B"\nlocatie: "de-wiershoeck\u200B"\ndatum: 2026-12-05\n"\u200Dtitel": x`)],
  ['lone surrogates', 'activiteiten/surrogaat.md', md(`titel: "\uD800"\nsamenvatting: "\uDFFF"\nlocatie: de-wiershoeck\ndatum: 2026-12-05`)],
  ['a terminal escape sequence', 'organisaties/escape.yaml', 'naam: "\u001B[2J\u001B[31mFOUT"\nsoort: "\u001B]0;pwned\u0007"\n'],
  ['only front matter markers', 'nieuws/leeg.md', '---\n---\n'],
  ['no closing marker', 'nieuws/open.md', '---\ntitel: x\n'],
  ['front matter that is a list', 'nieuws/lijst.md', md('- a\n- b')],
  ['front matter that is a string', 'nieuws/tekst.md', md('gewoon tekst')],
  ['a document stream', 'wijken/stroom.yaml', 'naam: a\n---\nnaam: b\n'],
  ['100,000 keys', 'wijken/veel.yaml', Array.from({ length: 100_000 }, (_, i) => `k${i}: ${i}`).join('\n')],
  ['a very long key', 'wijken/sleutel.yaml', `${'k'.repeat(100_000)}: 1\nnaam: x\n`],
  ['numbers as keys and values everywhere', 'projecten/getallen.md', md('naam: 1\nsamenvatting: 2\nstatus: 3\nbegroting: { posten: [{ post: 1, bedragen: { 2020: "veel" } }], totaal: { x: 1 } }\nambities: { 1: 1e400 }')],
];

describe('structural attacks', () => {
  test.each(ATTACKS)('%s', (_name, relative, text) => {
    const files = toContentFiles([]);
    files.push({ path: `content/${relative}`, relative, text });
    const { value, ms } = timed(() => checkContent(files));
    slowest = Math.max(slowest, ms);
    expectWellFormed(value, files);
    expect(ms).toBeLessThan(1000);
    // The hostile file is always reported or harmless; the base stays clean.
    expect(value.problems.filter((p) => !p.file.startsWith(`content/${relative}`))).toEqual([]);
  });
  test('the 10 MB file is refused by size before parsing', () => {
    const text = md('titel: Tien\ndatum: 2026-12-05\nsamenvatting: x', 'x'.repeat(10 * 1024 * 1024));
    const { value, ms } = timed(() => parseSource(text, true));
    expect(value).toEqual({ ok: false, problems: [{ line: 1, message: 'dit bestand is groter dan 2 MB. Maak het kleiner of splits het op' }] });
    expect(ms).toBeLessThan(50);
  });
});

describe('500 generated malformed files', () => {
  test('zero exceptions, every problem has a file and a line or field, in bounded time', () => {
    const generated = fc.sample(malformedFile, { numRuns: 500, seed: 20261125 });
    const files = toContentFiles(generated);
    const { value, ms } = timed(() => checkContent(files));
    expectWellFormed(value, files);
    // Every generated file is malformed in some way, but not every damage is an error; most are.
    const reported = new Set(value.problems.map((p) => p.file));
    expect(reported.size).toBeGreaterThan(400);
    expect(ms).toBeLessThan(10_000);
    console.log(`500 malformed files: ${value.problems.length} problems in ${Math.round(ms)} ms; slowest single case ${Math.round(slowest)} ms`);
  });
});

test('BASE is a clean folder', () => {
  expect(checkContent(toContentFiles([])).problems).toEqual([]);
  expect(Object.keys(BASE)).toContain('site.yaml');
});

describe('found by fuzzing', () => {
  // fast-check found `{"valueOf": ""}` in a wijk file: the schema walk took Object.prototype.valueOf for a field
  // schema and the check crashed with a TypeError. Keys of Object.prototype are unknown fields like any other.
  test.each(['valueOf', 'toString', 'constructor', 'hasOwnProperty', '__proto__'])('a field called %s is an unknown field, not a crash', (key) => {
    const files = toContentFiles([
      { folder: 'wijken', ext: '.yaml', text: `{"${key}": "", "naam": "Lewenborg"}` },
      { folder: 'activiteiten', ext: '.md', text: `---\ntitel: Koffie\nsamenvatting: Koffie.\nlocatie: de-wiershoeck\ndatum: 2026-12-01\n${key}: x\n---\n` },
    ]);
    const result = checkContent(files);
    expectWellFormed(result, files);
    const errors = result.problems.filter((p) => p.level === 'fout');
    expect(errors.length, JSON.stringify(result.problems)).toBeGreaterThanOrEqual(key === '__proto__' ? 0 : 2);
    for (const p of errors) expect(p.message).not.toMatch(/TypeError|is not a function/);
  });
});
