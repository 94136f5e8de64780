/**
 * fast-check generators for malformed content: wrong types at every known field, odd Unicode,
 * control characters, YAML tricks, hostile Markdown/MDX bodies and text-level damage.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { shapeOf } from '../../src/lib/schema-walk.ts';
import type { ContentFile } from '../../src/lib/check/check-content.ts';

/** Characters that break naive parsers, printers or escapers. */
export const ODD_UNITS = [
  'a', 'Z', ' ', '0', '\u200F', '\u200E', '\u200D', '\u200B', '\u202E', '\u2066', '👩‍👩‍👧', '🇳🇱', '\uD800', '\uDFFF', '\u0000', '\u0007', '\u001B[31m',
  '\uFEFF', '\r\n', '\r', '\n', '\t', '\u00A0', '{', '}', '<', '>', '"', "'", ':', '#', '&', '*', '!', '|', '-', '%', '@', '`', '\\', '[', ']', ',',
  '</script>', '<script>', 'javascript:', '&#106;', '${', '{{', '---', '- ', '? ', '&a', '*a', '!!binary', 'é', 'ß', 'ﬁ', 'İ',
];

export const oddString = fc.string({ unit: fc.constantFrom(...ODD_UNITS), maxLength: 40 });

const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  oddString,
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('2026-12-05', '2026-02-30', '10:00-12:00', '25:99', '2020-Q5', 'https://x.nl', 'http://x.nl', 'javascript:alert(1)', '06 12345678', 'piet@gmail.com', 'gratis', ''),
);

/** Any YAML-able value, nested a few levels deep. */
export const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), oddString), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Hostile Markdown/MDX bodies built from tokens that mean something to a parser. */
export const hostileBody = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '{', '}', '{x}', '\\{', '<script>', '</script>', '<Kaart a={b} />', '<abbr title="x">', '</abbr>', '<br>', '<br />', '```', '~~~', '`', '``',
        'import x from "y"\n', 'export const a = 1\n', '[a](javascript:x)', '[a](https://x.nl)', '](', ']:', '<!--', '-->', '<https://x.nl>', '<', '>',
        '\n', '\n\n', '    ', '> ', '- ', '1. ', '## ', '|', 'www.x.nl/', 'tekst ', '06 12345678 ', 'j.jansen@gmail.com ', '&#106;avascript:', '\r', '\u0000',
      ),
      oddString,
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Known top-level keys of every collection (so that wrong types land on real fields). */
const KEYS = new Map(COLLECTIONS.map((c) => [c.name, Object.keys(shapeOf(c.schema) ?? {})]));

/** Text-level damage applied after serialising. */
const damage = fc.oneof(
  fc.constant((t: string) => t),
  fc.constant((t: string) => t.replace(/\n/g, '\r\n')),
  fc.constant((t: string) => `\uFEFF${t}`),
  fc.constant((t: string) => t.replace(/: /, ':')),
  fc.constant((t: string) => t.replace(/^(\w+):/m, '$1: a\n$1:')),
  fc.constant((t: string) => t.replace(/^ +/gm, '\t')),
  fc.tuple(fc.nat(), oddString).map(([at, junk]) => (t: string) => t.slice(0, at % (t.length + 1)) + junk + t.slice(at % (t.length + 1))),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([at, n]) => (t: string) => t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n)),
);

export interface GeneratedFile {
  folder: string;
  ext: string;
  text: string;
}

/** One malformed content file in a real collection folder. */
export const malformedFile: fc.Arbitrary<GeneratedFile> = fc
  .constantFrom(...COLLECTIONS.flatMap((c) => c.extensions.map((ext) => ({ folder: c.name, ext, markdown: c.markdown }))))
  .chain(({ folder, ext, markdown }) => {
    const keys = KEYS.get(folder as (typeof COLLECTIONS)[number]['name']) ?? [];
    const record = fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.constantFrom(...keys), oddString), anyValue, { maxKeys: 8 });
    const frontMatter = fc.oneof(
      { weight: 4, arbitrary: record.map((data) => safeStringify(data)) },
      { weight: 1, arbitrary: oddString },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    );
    return fc.tuple(frontMatter, hostileBody, damage, fc.boolean()).map(([yaml, body, hurt, fence]) => ({
      folder,
      ext,
      text: hurt(markdown ? (fence ? `---\n${yaml}---\n${body}\n` : `${yaml}\n${body}`) : yaml),
    }));
  });

function safeStringify(data: unknown): string {
  try {
    return stringify(data, { lineWidth: 0 });
  } catch {
    return 'naam: x\n';
  }
}

/** A minimal valid content folder, so that reference checks have something to point at. */
export const BASE: Record<string, string> = {
  'site.yaml': 'naam: Wijkwijzer Fuzz\nurl: https://fuzz.example\n',
  'wijken/beijum.yaml': 'naam: Beijum\n',
  'locaties/de-wiershoeck.yaml': 'naam: De Wiershoeck\nadres: Wiershoeck 1\nplaats: Groningen\nwijk: beijum\n',
  'organisaties/wij-groningen.yaml': 'naam: WIJ Groningen\nsoort: welzijn\n',
  'themas/ontmoeting.yaml': 'naam: Ontmoeting\n',
  'doelgroepen/iedereen.yaml': 'naam: Iedereen\n',
};

export function toContentFiles(generated: readonly GeneratedFile[], prefix = 'content'): ContentFile[] {
  const files = Object.entries(BASE).map(([relative, text]) => ({ path: `${prefix}/${relative}`, relative, text }));
  generated.forEach((g, i) => {
    const relative = `${g.folder}/fuzz-${i}${g.ext}`;
    files.push({ path: `${prefix}/${relative}`, relative, text: g.text });
  });
  return files;
}
