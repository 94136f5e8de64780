/**
 * Reading and writing content files for the web editor where the schema's shape is not one the
 * editor's fields can hold (see cms-config.ts): a map of years to amounts becomes a list of
 * { jaar, waarde } rows, `gratis` or `{ bedrag: 2.50 }` becomes { soort, bedrag, … }, and a year
 * or a date becomes text. The file on disk keeps exactly the shape the schemas describe.
 *
 * Pure and free of zod, so the browser bundle stays small; the YAML functions are passed in.
 * Not a route (the underscore keeps Astro from serving it).
 */

/** One reshaping at a path inside an entry; `*` steps into every item of a list. */
export type CmsTransform =
  | {
      kind: 'paren';
      path: string[];
      /** Field name for the key (`jaar`, `naam`) and for the value (`waarde`). */
      sleutel: string;
      waarde: string;
      /** Keys are years: shown as numbers, written as map keys. */
      sleutelIsGetal: boolean;
    }
  | {
      kind: 'keuze';
      path: string[];
      /** Field that holds the chosen word, or `objectKeuze` for the object form. */
      veld: string;
      objectKeuze: string;
    }
  | { kind: 'getal-of-tekst'; path: string[] };

/** A custom file format for one collection: Markdown with front matter or plain YAML. */
export interface CmsFormat {
  extension: string;
  frontmatter: boolean;
  transforms: CmsTransform[];
}

/** The options Sveltia CMS itself writes YAML with (output.yaml defaults), so files look the same. */
export const SVELTIA_YAML_OPTIONS = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

type Data = Record<string, unknown>;
const isPlainObject = (value: unknown): value is Data => !!value && typeof value === 'object' && !Array.isArray(value);

/** Replaces the value at `path` (every list item for `*`) with `change(value)`; undefined removes it. */
function update(node: unknown, path: readonly string[], change: (value: unknown) => unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (head === '*') {
    if (!Array.isArray(node)) return;
    node.forEach((item: unknown, index) => {
      if (rest.length > 0) update(item, rest, change);
      else node[index] = change(item);
    });
    return;
  }
  if (!isPlainObject(node) || !(head in node)) return;
  if (rest.length > 0) {
    update(node[head], rest, change);
    return;
  }
  const next = change(node[head]);
  if (next === undefined) delete node[head];
  else node[head] = next;
}

/** File shape → editor shape, in place. */
export function toEditor(data: Data, transforms: readonly CmsTransform[]): Data {
  for (const t of transforms) {
    update(data, t.path, (value) => {
      switch (t.kind) {
        case 'paren':
          return isPlainObject(value)
            ? Object.entries(value).map(([key, v]) => ({
                [t.sleutel]: t.sleutelIsGetal && /^\d+$/.test(key) ? Number(key) : key,
                [t.waarde]: v,
              }))
            : value;
        case 'keuze':
          if (typeof value === 'string') return { [t.veld]: value };
          return isPlainObject(value) ? { [t.veld]: t.objectKeuze, ...value } : value;
        case 'getal-of-tekst':
          return typeof value === 'number' ? String(value) : value;
      }
    });
  }
  return data;
}

/** Editor shape → file shape, in place. */
export function fromEditor(data: Data, transforms: readonly CmsTransform[]): Data {
  for (const t of transforms) {
    update(data, t.path, (value) => {
      switch (t.kind) {
        case 'paren': {
          if (!Array.isArray(value)) return value;
          const pairs = value
            .filter((row): row is Data => isPlainObject(row) && row[t.sleutel] !== undefined && row[t.sleutel] !== '')
            .map((row) => [String(row[t.sleutel]), row[t.waarde]] as const);
          return pairs.length > 0 ? Object.fromEntries(pairs) : undefined;
        }
        case 'keuze': {
          if (!isPlainObject(value)) return value;
          const { [t.veld]: chosen, ...rest } = value;
          if (typeof chosen === 'string' && chosen !== '' && chosen !== t.objectKeuze) return chosen;
          return Object.keys(rest).length > 0 ? rest : undefined;
        }
        case 'getal-of-tekst':
          return typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
      }
    });
  }
  return data;
}

const FRONT_MATTER = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

type Parse = (text: string) => unknown;
type Stringify = (value: unknown, replacer: null, options: typeof SVELTIA_YAML_OPTIONS) => string;

/** Reads a file as the editor needs it (front matter fields plus `body` for Markdown). */
export function readForEditor(text: string, format: CmsFormat, parse: Parse): Data {
  if (!format.frontmatter) {
    const parsed = parse(text);
    return toEditor(isPlainObject(parsed) ? parsed : {}, format.transforms);
  }
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return { body: text };
  const parsed = match[1] ? parse(match[1]) : {};
  const data = toEditor(isPlainObject(parsed) ? parsed : {}, format.transforms);
  return { ...data, body: (match[2] ?? '').replace(/^(\r?\n)+/, '').trimEnd() };
}

/** Writes what the editor saved in the shape of the schemas, the way Sveltia writes YAML. */
export function writeFromEditor(value: Data, format: CmsFormat, stringify: Stringify): string {
  const data = JSON.parse(JSON.stringify(value)) as Data;
  let body = '';
  if (format.frontmatter) {
    body = typeof data.body === 'string' ? data.body.trim() : '';
    delete data.body;
  }
  fromEditor(data, format.transforms);
  const yaml = Object.keys(data).length > 0 ? stringify(data, null, SVELTIA_YAML_OPTIONS).trim() : '';
  if (!format.frontmatter) return `${yaml}\n`;
  return `---\n${yaml}\n---\n${body ? `\n${body}\n` : ''}`;
}
