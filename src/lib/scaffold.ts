/**
 * The scaffold behind `npm run nieuw`: a new content file with every field of
 * the collection's schema. Filled fields come first; every other field is
 * there as a YAML comment with an example value and the Dutch description
 * from the schema (one source of truth). Also the YAML writer the import
 * uses, so scaffolded and imported files look alike.
 *
 * Pure: the caller supplies the existing content (for examples, references
 * and free slugs), today's date and, for questions, an `ask` function.
 */
import type { z } from 'zod';
import {
  DatumSchema,
  EmailSchema,
  PeriodeSchema,
  TelefoonSchema,
  TijdSchema,
  UrlSchema,
  WebsiteSchema,
  type CollectionName,
} from '../schemas/common.ts';
import { COLLECTIONS, collectionLabel, type CollectionDef } from '../schemas/index.ts';
import { isReservedActivitySlug } from './check/rules.ts';
import { messageFor, parseOptions } from './check/zod-messages.ts';
import { suggest } from './check/suggest.ts';
import { nameOf, type ContentIndex, type IndexedEntry } from './import/content-index.ts';
import { matchByName, matchList } from './import/match.ts';
import {
  parseAanmeldenVia,
  parseDagen,
  parseDatum,
  parseElke,
  parseGetal,
  parseJaNee,
  parseKosten,
  parseTijdInput,
  parseWeekVanDeMaand,
  splitList,
  type Parsed,
} from './import/values.ts';
import { childOf, descriptionOf, enumValues, kindOf, metaOf, shapeOf, unionOptions, unwrap } from './schema-walk.ts';
import { slugify, uniqueSlug } from './slug.ts';

type AnySchema = z.core.$ZodType;
type Data = Record<string, unknown>;

// ---------------------------------------------------------------------------
// Kinds of content `npm run nieuw` makes.

/** A kind of file `npm run nieuw` can make. */
export interface Soort {
  /** The word on the command line: `activiteit`. */
  naam: string;
  collection: CollectionName;
  /** Extension of new files. */
  ext: '.md' | '.yaml';
  /** The field the title argument fills: `titel` or `naam`. */
  titleKey: 'titel' | 'naam';
  /** Dutch noun with article, for messages: "een activiteit". */
  lidwoord: string;
}

export const SOORTEN: readonly Soort[] = [
  { naam: 'activiteit', collection: 'activiteiten', ext: '.md', titleKey: 'titel', lidwoord: 'een activiteit' },
  { naam: 'initiatief', collection: 'initiatieven', ext: '.md', titleKey: 'naam', lidwoord: 'een initiatief' },
  { naam: 'project', collection: 'projecten', ext: '.md', titleKey: 'naam', lidwoord: 'een project' },
  { naam: 'nieuws', collection: 'nieuws', ext: '.md', titleKey: 'titel', lidwoord: 'een nieuwsbericht' },
  { naam: 'locatie', collection: 'locaties', ext: '.yaml', titleKey: 'naam', lidwoord: 'een locatie' },
  { naam: 'organisatie', collection: 'organisaties', ext: '.yaml', titleKey: 'naam', lidwoord: 'een organisatie' },
];

/** The collection definition (folder, schema) of a soort. */
export function collectionOf(soort: Soort): CollectionDef {
  return COLLECTIONS.find((c) => c.name === soort.collection)!;
}

// ---------------------------------------------------------------------------
// Field kinds the examples and the value parser need to tell apart.

const core = (schema: AnySchema) => unwrap(schema).core;
const SPECIAL = new Map<AnySchema, 'datum' | 'tijd' | 'periode' | 'link' | 'website' | 'email' | 'telefoon'>([
  [core(DatumSchema), 'datum'],
  [core(TijdSchema), 'tijd'],
  [core(PeriodeSchema), 'periode'],
  [core(UrlSchema), 'link'],
  [core(WebsiteSchema), 'website'],
  [core(EmailSchema), 'email'],
  [core(TelefoonSchema), 'telefoon'],
]);

/** The special kind of a field (a date, a time, a link …), if any. */
export function specialKindOf(schema: AnySchema) {
  return SPECIAL.get(core(schema));
}


/** True when the field must be present (not optional and without a default). */
export function isRequired(schema: AnySchema): boolean {
  const u = unwrap(schema);
  return !u.optional && !u.hasDefault;
}

// ---------------------------------------------------------------------------
// YAML text.

const RESERVED_WORDS = /^(true|false|yes|no|on|off|y|n|null|~)$/i;
const NUMBER_LIKE = /^[-+]?(\.?\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;

function isPlainSafe(text: string, inFlow: boolean): boolean {
  if (text === '' || text !== text.trim()) return false;
  if (RESERVED_WORDS.test(text) || NUMBER_LIKE.test(text)) return false;
  if (/^\d{4}-\d{1,2}-\d{1,2}/.test(text) || /^\d+:\d+/.test(text)) return false; // dates and times in YAML 1.1
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text)) return false;
  if (/[\n\r\t]|: |:$| #/.test(text)) return false;
  if (inFlow && /[,[\]{}]/.test(text)) return false;
  return true;
}

/**
 * One scalar as YAML. Dates of date fields stay bare (`2026-12-05`); times are
 * always quoted (`"10:00-12:00"`, as the conventions ask); other text is
 * quoted only when YAML would otherwise misread it.
 */
export function yamlScalar(value: unknown, schema: AnySchema | undefined, inFlow = false): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = String(value);
  const kind = schema === undefined ? undefined : specialKindOf(schema);
  if (kind === 'tijd') return JSON.stringify(text);
  if ((kind === 'datum' || kind === 'periode') && /^\d{4}-(\d{2}-\d{2}|Q[1-4])$/.test(text)) return text;
  return isPlainSafe(text, inFlow) ? text : JSON.stringify(text);
}

const isScalar = (v: unknown) => v === null || typeof v !== 'object';
const MAX_FLOW = 100;

/** Key order of an object: the schema's order first, then any unknown keys as given. */
function orderedKeys(data: Data, schema: AnySchema | undefined): string[] {
  const shape = schema === undefined ? undefined : shapeOf(schema);
  const known = shape ? Object.keys(shape).filter((k) => k in data) : [];
  return [...known, ...Object.keys(data).filter((k) => !known.includes(k))];
}

function fieldSchema(schema: AnySchema | undefined, key: string): AnySchema | undefined {
  if (schema === undefined) return undefined;
  const shape = shapeOf(schema);
  if (shape) return Object.hasOwn(shape, key) ? shape[key] : undefined;
  return childOf(schema) ?? unionOptions(schema)?.map((o) => { const s = shapeOf(o); return s && Object.hasOwn(s, key) ? s[key] : undefined; }).find(Boolean);
}

function flowMap(data: Data, schema: AnySchema | undefined): string | undefined {
  const keys = orderedKeys(data, schema);
  if (keys.length > 2 || !keys.every((k) => isScalar(data[k]))) return undefined;
  return `{ ${keys.map((k) => `${k}: ${yamlScalar(data[k], fieldSchema(schema, k), true)}`).join(', ')} }`;
}

/**
 * Writes `data` as block YAML, in the schema's key order: short lists of words
 * in flow style (`[dinsdag, donderdag]`), small objects in lists as
 * `{ datum: …, tijd: … }`, everything else as blocks.
 */
export function toYamlLines(data: Data, schema: AnySchema | undefined, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (const key of orderedKeys(data, schema)) {
    const value = data[key];
    if (value === undefined) continue;
    const field = fieldSchema(schema, key);
    lines.push(...valueLines(`${pad}${key}:`, value, field, indent));
  }
  return lines;
}

function valueLines(head: string, value: unknown, schema: AnySchema | undefined, indent: number): string[] {
  if (isScalar(value)) return [`${head} ${yamlScalar(value, schema)}`];
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    const item = schema === undefined ? undefined : childOf(schema);
    if (value.length === 0) return [`${head} []`];
    if (value.every(isScalar)) {
      const flow = `${head} [${value.map((v) => yamlScalar(v, item, true)).join(', ')}]`;
      if (flow.length <= MAX_FLOW) return [flow];
      return [head, ...value.map((v) => `${pad}  - ${yamlScalar(v, item)}`)];
    }
    // One style per list: all items as `{ … }` when every one fits on a line, else all as blocks.
    const flows = value.map((element) => (isScalar(element) || Array.isArray(element) ? undefined : flowMap(element as Data, item)));
    const allFlow = flows.every((flow) => flow !== undefined && pad.length + 4 + flow.length <= MAX_FLOW);
    const lines = [head];
    value.forEach((element, i) => {
      if (isScalar(element)) {
        lines.push(`${pad}  - ${yamlScalar(element, item)}`);
        return;
      }
      if (allFlow) {
        lines.push(`${pad}  - ${flows[i]!}`);
        return;
      }
      const inner = toYamlLines(element as Data, item, indent + 4);
      if (inner.length > 0) lines.push(`${pad}  - ${inner[0]!.trimStart()}`, ...inner.slice(1));
    });
    return lines;
  }
  const inner = toYamlLines(value as Data, schema, indent + 2);
  return inner.length === 0 ? [`${head} {}`] : [head, ...inner];
}

/** A Markdown file with front matter, or a YAML file, from data and body. */
export function renderFile(data: Data, schema: AnySchema, markdown: boolean, body = ''): string {
  const yaml = toYamlLines(data, schema).join('\n');
  if (!markdown) return `${yaml}\n`;
  const text = body.trim();
  return `---\n${yaml}\n---\n${text === '' ? '' : `${text}\n`}`;
}

// ---------------------------------------------------------------------------
// Commented fields with examples.

/** What the scaffold knows about the content folder, for examples and references. */
export interface ScaffoldContext {
  index: ContentIndex;
  today: string;
}

const NUMBER_EXAMPLES: Readonly<Record<string, string>> = {
  bedrag: '2.50',
  max_deelnemers: '20',
  lat: '53.2194',
  lon: '6.5665',
  streefwaarde: '10',
  waarde: '0',
  nummer: '1',
  horizon_maanden: '6',
};

const TEXT_EXAMPLES: Readonly<Record<string, string>> = {
  postcode: '"9700 AA"',
  talen: '[nl, en]',
  afbeelding: './foto.jpg',
};

function entriesOf(ctx: ScaffoldContext, targets: readonly CollectionName[]): IndexedEntry[] {
  return targets.flatMap((t) => ctx.index.entries.get(t) ?? []);
}

function exampleValue(key: string, schema: AnySchema, ctx: ScaffoldContext): string {
  if (TEXT_EXAMPLES[key] !== undefined) return TEXT_EXAMPLES[key];
  const meta = metaOf(schema);
  if (meta?.ref) {
    const first = entriesOf(ctx, meta.ref)[0];
    return first?.slug ?? `naam-van-de-${collectionLabel(meta.ref[0]!)}`;
  }
  const u = unwrap(schema);
  const values = enumValues(schema);
  if (values) return String(u.hasDefault ? u.defaultValue : values[0]);
  switch (specialKindOf(schema)) {
    case 'datum':
      return ctx.today;
    case 'tijd':
      return '"10:00-12:00"';
    case 'periode':
      return `${ctx.today.slice(0, 4)}-Q1`;
    case 'link':
      return key === 'via' ? 'mailto:info@voorbeeld.nl' : 'https://…';
    case 'website':
      return 'https://…';
    case 'email':
      return 'info@voorbeeld.nl';
    case 'telefoon':
      return '050 123 4567';
    default:
      break;
  }
  const kind = kindOf(schema);
  if (kind === 'boolean') return u.hasDefault ? String(u.defaultValue) : 'true';
  if (kind === 'number' || kind === 'int') return NUMBER_EXAMPLES[key] ?? '1';
  if (kind === 'record') return key === 'ambities' ? '{ leefbaarheid: 100 }' : `{ ${ctx.today.slice(0, 4)}: 1000 }`;
  if (kind === 'union') {
    const options = unionOptions(schema) ?? [];
    if (key === 'sinds' || key === 'periode') return ctx.today.slice(0, 4);
    const words = options.map((o) => enumValues(o)).find(Boolean);
    if (words) return words[0]!;
    const first = options[0];
    return first ? exampleValue(key, first, ctx) : '…';
  }
  if (kind === 'array') {
    const child = childOf(schema)!;
    return `[${exampleValue(key, child, ctx).replace(/^\[|\]$/g, '')}]`;
  }
  if (kind === 'string' && key === 'tijd') return '"2 uur per week"';
  return '…';
}

interface CommentLine {
  code: string;
  note?: string | undefined;
}

/** The commented example of one field, with nested fields for objects and lists of objects. */
function exampleLines(key: string, schema: AnySchema, ctx: ScaffoldContext, indent: string, listItem = false): CommentLine[] {
  const note = descriptionOf(schema);
  const prefix = listItem ? `${indent}- ` : indent;
  const shape = shapeOf(schema);
  const child = childOf(schema);
  if (shape) {
    return [{ code: `${prefix}${key}:`, note }, ...objectExample(shape, ctx, `${indent}  `)];
  }
  if (kindOf(schema) === 'array' && child && shapeOf(child)) {
    const inner = objectExample(shapeOf(child)!, ctx, `${indent}    `);
    if (inner[0]) inner[0] = { ...inner[0], code: `${indent}  - ${inner[0].code.trimStart()}` };
    return [{ code: `${prefix}${key}:`, note }, ...inner];
  }
  const options = unionOptions(schema);
  const objectOption = options?.map((o) => shapeOf(o)).find(Boolean);
  if (objectOption) {
    return [{ code: `${prefix}${key}:`, note }, ...objectExample(objectOption, ctx, `${indent}  `)];
  }
  return [{ code: `${prefix}${key}: ${exampleValue(key, schema, ctx)}`, note }];
}

function objectExample(shape: Record<string, AnySchema>, ctx: ScaffoldContext, indent: string): CommentLine[] {
  return Object.entries(shape).flatMap(([k, s]) => exampleLines(k, s, ctx, indent));
}

const ARROW = '# ←';

function formatComments(lines: readonly CommentLine[], width: number): string[] {
  return lines.map((l) => {
    const code = `# ${l.code}`;
    return l.note ? `${code.padEnd(width + 2)}  ${ARROW} ${l.note}` : code;
  });
}

/** Notes placed above groups of alternatives in the commented part. */
const GROUP_NOTES: Partial<Record<CollectionName, Record<string, string>>> = {
  activiteiten: {
    locatie: 'Waar: een locatie óf online, niet allebei.',
    datum: 'Wanneer: precies één van datum (één dag), data (losse dagen) of herhaling (terugkerend), niet meer.',
    kosten: 'Kosten: schrijf kosten: gratis of kosten: vrijwillige-bijdrage, of vul hieronder een bedrag in.',
  },
};

/** Header lines of a new file, in Dutch. */
function header(soort: Soort): string[] {
  return [
    `# Nieuw: ${soort.lidwoord}, gemaakt met npm run nieuw.`,
    '# Regels die met # beginnen doen niet mee. Wil je een veld gebruiken? Haal dan "# " (hekje en',
    '# spatie) aan het begin weg en vul het in. De tekst na "# ←" mag blijven staan of weg.',
    '# Controleer daarna met: npm run check',
  ];
}

/**
 * The text of a new file: header, the filled fields (each with its
 * description above it), then every other field of the schema as a comment
 * with an example. Markdown files get `body` (or nothing) under the front matter.
 */
export function scaffoldText(soort: Soort, values: Data, ctx: ScaffoldContext, body?: string): string {
  const def = collectionOf(soort);
  const shape = shapeOf(def.schema)!;
  const lines = [...header(soort)];
  for (const key of orderedKeys(values, def.schema)) {
    if (values[key] === undefined) continue;
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    const note = field ? descriptionOf(field) : undefined;
    if (note) lines.push(`# ${note}`);
    lines.push(...valueLines(`${key}:`, values[key], field, 0));
  }
  const rest = Object.keys(shape).filter((k) => values[k] === undefined);
  if (rest.length > 0) {
    lines.push('', '# Meer velden (niet verplicht):');
    const notes = GROUP_NOTES[soort.collection] ?? {};
    const blocks = rest.map((key) => ({ note: notes[key], lines: exampleLines(key, shape[key]!, ctx, '') }));
    const width = Math.min(44, Math.max(0, ...blocks.flatMap((b) => b.lines.map((l) => l.code.length))));
    for (const block of blocks) {
      if (block.note !== undefined) lines.push(`# ${block.note}`);
      lines.push(...formatComments(block.lines, width));
    }
  }
  if (def.markdown) {
    lines.push('', '# Onder de regel met --- hieronder komt de langere tekst, voor bezoekers: korte zinnen,', '# tussenkopjes met ##.');
    const text = body === undefined ? '' : body.replace(/\r\n?/g, '\n').trim();
    return `---\n${lines.join('\n')}\n---\n${text === '' ? '' : `${text}\n`}`;
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Slugs.

/** Collections whose slugs must not clash with each other (organisator can point at either). */
const SHARED_SLUGS: Partial<Record<CollectionName, CollectionName[]>> = {
  organisaties: ['organisaties', 'initiatieven'],
  initiatieven: ['organisaties', 'initiatieven'],
};

/**
 * A free slug for a new entry: from the title (news items start with their
 * date, as in the demo), never one that exists or is reserved.
 */
export function newSlug(soort: Soort, titel: string, values: Data, index: ContentIndex, extraTaken: ReadonlySet<string> = new Set()): string {
  let base = slugify(titel) || soort.naam;
  if (soort.collection === 'nieuws' && typeof values.datum === 'string' && !base.startsWith(values.datum)) {
    base = slugify(`${values.datum} ${base}`);
  }
  const folders = SHARED_SLUGS[soort.collection] ?? [soort.collection];
  const isTaken = (slug: string) =>
    extraTaken.has(slug) ||
    folders.some((f) => index.taken.get(f)?.has(slug)) ||
    (soort.collection === 'activiteiten' && isReservedActivitySlug(slug));
  return uniqueSlug(base, isTaken);
}

// ---------------------------------------------------------------------------
// Values from flags and answers.

/** Fields of `herhaling` that `npm run nieuw` also accepts as top-level flags. */
const HERHALING_FLAGS = new Set(['elke', 'dagen', 'week_van_de_maand', 'vanaf', 'tot_en_met', 'behalve', 'extra', 'feestdagen', 'schoolvakanties']);

/** Short flags people type: `--week tweede`, `--tot 2027-06-30`. */
const FLAG_ALIASES: Readonly<Record<string, string>> = { week: 'week_van_de_maand', tot: 'tot_en_met' };

/**
 * Reads a typed value for the field `key` with schema `schema`: dates, times,
 * weekdays, costs and references the way people type them.
 */
export function parseFieldValue(key: string, schema: AnySchema, input: string, ctx: ScaffoldContext): Parsed<unknown> {
  const parsed = parseRaw(key, schema, input, ctx);
  if (!parsed.ok) return parsed;
  // The schema has the last word (https only, e-mail shape, 200 characters …), with its own Dutch message.
  const checked = (schema as z.ZodType).safeParse(parsed.value, parseOptions);
  if (checked.success) return parsed;
  return { ok: false, message: messageFor(checked.error.issues[0]!, schema) };
}

function parseRaw(key: string, schema: AnySchema, input: string, ctx: ScaffoldContext): Parsed<unknown> {
  const text = input.trim();
  if (key === 'kosten') return parseKosten(text);
  if (key === 'via') return parseAanmeldenVia(text);
  if (key === 'dagen') return parseDagen(text);
  if (key === 'week_van_de_maand') return parseWeekVanDeMaand(text);
  if (key === 'elke') {
    const elke = parseElke(text);
    if (!elke.ok) return elke;
    return elke.value === undefined ? { ok: false, message: 'zeg hoe vaak: elke week, elke 2 weken, elke maand of elke dag' } : elke;
  }
  const meta = metaOf(schema);
  if (meta?.ref) {
    const match = matchByName(text, entriesOf(ctx, meta.ref), meta.ref.map(collectionLabel).join(' of '));
    return match.ok ? { ok: true, value: match.slug } : { ok: false, message: match.message };
  }
  switch (specialKindOf(schema)) {
    case 'datum':
      return parseDatum(text);
    case 'tijd':
      return parseTijdInput(text);
    default:
      break;
  }
  const values = enumValues(schema);
  if (values) {
    const word = text.toLowerCase().replace(/\s+/g, '-');
    if (values.includes(word)) return { ok: true, value: word };
    const guess = suggest(word, values);
    return { ok: false, message: `"${text}" kan niet. ${guess ? `Bedoel je "${guess}"? ` : ''}Kies uit: ${values.join(', ')}` };
  }
  const kind = kindOf(schema);
  if (kind === 'boolean') return parseJaNee(text);
  if (kind === 'number' || kind === 'int') return parseGetal(text);
  if (kind === 'union' && (key === 'sinds' || unionOptions(schema)?.some((o) => kindOf(o) === 'number'))) {
    return /^\d{4}$/.test(text) ? { ok: true, value: Number(text) } : parseDatum(text);
  }
  if (kind === 'array') {
    const child = childOf(schema)!;
    const childRefs = metaOf(child)?.ref;
    if (childRefs) {
      const m = matchList(text, entriesOf(ctx, childRefs), childRefs.map(collectionLabel).join(' of '));
      return m.ok ? { ok: true, value: m.slugs } : m;
    }
    const items: unknown[] = [];
    for (const part of splitList(text)) {
      const parsed = parseRaw(key, child, part, ctx);
      if (!parsed.ok) return parsed;
      items.push(parsed.value);
    }
    return { ok: true, value: items };
  }
  if (text === '') return { ok: false, message: 'mag niet leeg zijn' };
  return { ok: true, value: text };
}

/** Sets a value at a path, creating objects on the way. */
function setPath(data: Data, path: readonly string[], value: unknown): void {
  let node = data;
  path.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Data;
  });
  node[path[path.length - 1]!] = value;
}

function schemaAtPath(schema: AnySchema, path: readonly string[]): AnySchema | undefined {
  let node: AnySchema | undefined = schema;
  for (const segment of path) node = node === undefined ? undefined : shapeOf(node)?.[segment];
  return node;
}

/** Where a flag goes: `--tot-en-met` → ['herhaling', 'tot_en_met'], `--contact.email` → ['contact', 'email']. */
export function flagPath(soort: Soort, flag: string): string[] | undefined {
  const schema = collectionOf(soort).schema;
  const shape = shapeOf(schema)!;
  const written = flag.replace(/-/g, '_');
  const name = soort.collection === 'activiteiten' ? (FLAG_ALIASES[written] ?? written) : written;
  if (name.includes('.')) {
    const path = name.split('.');
    return schemaAtPath(schema, path) ? path : undefined;
  }
  if (soort.collection === 'activiteiten' && HERHALING_FLAGS.has(name)) return ['herhaling', name];
  if (Object.hasOwn(shape, name)) return [name];
  // --contact-email: a nested field written with a hyphen.
  const parts = name.split('_');
  for (let i = 1; i < parts.length; i++) {
    const path = [parts.slice(0, i).join('_'), parts.slice(i).join('_')];
    if (schemaAtPath(schema, path)) return path;
  }
  return undefined;
}

/**
 * Turns command-line flags into field values. Unknown flags and values that
 * cannot be read are returned as Dutch problems.
 */
export function valuesFromFlags(soort: Soort, flags: Readonly<Record<string, string>>, ctx: ScaffoldContext): { values: Data; problems: string[] } {
  const values: Data = {};
  const problems: string[] = [];
  const schema = collectionOf(soort).schema;
  const knownFlags = Object.keys(shapeOf(schema)!);
  for (const [flag, raw] of Object.entries(flags)) {
    const path = flagPath(soort, flag);
    if (path === undefined) {
      const guess = suggest(flag.replace(/-/g, '_'), [...knownFlags, ...(soort.collection === 'activiteiten' ? HERHALING_FLAGS : [])]);
      problems.push(`--${flag} is geen veld van ${soort.lidwoord}.${guess ? ` Bedoel je --${guess.replace(/_/g, '-')}?` : ''}`);
      continue;
    }
    const field = schemaAtPath(schema, path)!;
    const parsed = parseFieldValue(path[path.length - 1]!, field, raw, ctx);
    if (!parsed.ok) problems.push(`--${flag}: ${parsed.message}`);
    else setPath(values, path, parsed.value);
  }
  // `--tijd` belongs inside the pattern when the activity repeats.
  if (soort.collection === 'activiteiten' && values.herhaling !== undefined && values.tijd !== undefined) {
    (values.herhaling as Data).tijd = values.tijd;
    delete values.tijd;
  }
  return { values, problems };
}

// ---------------------------------------------------------------------------
// Questions.

/** One thing `npm run nieuw` needs to know. */
export interface Question {
  /** Where the answer goes. */
  path: string[];
  /** The flag that answers it without a terminal. */
  flag: string;
  /** The question, in Dutch. */
  vraag: string;
  /** Example of an answer, for the message about missing flags. */
  voorbeeld: string;
  /** Choices shown to the person (slug and name). */
  keuzes?: { waarde: string; label: string }[];
  /** An empty answer is fine. */
  optional?: boolean;
  /** Why the previous answer could not be read (the question is asked again). */
  fout?: string;
  /** Used for an empty answer. */
  standaard?: string;
  /** Reads the answer; the question is asked again when it fails. */
  parse(answer: string): Parsed<unknown>;
}

/** Asks a question; `undefined` means "cannot ask" (no terminal), so the question is recorded as missing. */
export type Ask = (question: Question) => Promise<string | undefined>;

function fieldQuestion(soort: Soort, path: string[], ctx: ScaffoldContext, extra: Partial<Question> = {}): Question {
  const schema = schemaAtPath(collectionOf(soort).schema, path)!;
  const key = path[path.length - 1]!;
  const meta = metaOf(schema);
  const values = enumValues(schema);
  const keuzes = meta?.ref
    ? entriesOf(ctx, meta.ref).map((e) => ({ waarde: e.slug, label: nameOf(e) }))
    : values?.map((v) => ({ waarde: v, label: v }));
  const flagName = (path[0] === 'herhaling' ? path.slice(1) : path).join('.').replace(/_/g, '-');
  const example = exampleValue(key, schema, ctx).replace(/^"|"$/g, '');
  return {
    path,
    flag: flagName,
    vraag: descriptionOf(schema) ?? key,
    voorbeeld: example === '…' ? '"…"' : example,
    ...(keuzes && keuzes.length > 0 ? { keuzes } : {}),
    parse: (answer) => parseFieldValue(key, schema, answer, ctx),
    ...extra,
  };
}

/** Result of collecting values: what is known, and what could not be asked. */
export interface Collected {
  values: Data;
  missing: Question[];
}

/**
 * Completes `given` with the values a valid file needs: the schema's required
 * fields and, for an activity, a place and a date or pattern. Asks for each
 * one that is missing; without a terminal (`ask` returns undefined) the
 * question is listed in `missing` so the caller can name the flags.
 */
export async function collectValues(soort: Soort, titel: string, given: Data, ask: Ask, ctx: ScaffoldContext): Promise<Collected> {
  const values: Data = structuredClone(given);
  values[soort.titleKey] = titel;
  const missing: Question[] = [];
  const askFor = async (question: Question): Promise<boolean> => {
    let current = question;
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await ask(current);
      if (answer === undefined) {
        if (question.standaard !== undefined) {
          const parsed = question.parse(question.standaard);
          if (parsed.ok) setPath(values, question.path, parsed.value);
          return parsed.ok;
        }
        if (!question.optional) missing.push(question);
        return false;
      }
      const text = answer.trim() === '' && question.standaard !== undefined ? question.standaard : answer;
      if (text.trim() === '' && question.optional) return false;
      const parsed = question.parse(text);
      if (parsed.ok) {
        setPath(values, question.path, parsed.value);
        return true;
      }
      // An answer that cannot be read: say why and ask again.
      current = { ...question, fout: parsed.message };
    }
    missing.push(question);
    return false;
  };

  const shape = shapeOf(collectionOf(soort).schema)!;
  for (const [key, schema] of Object.entries(shape)) {
    if (key === soort.titleKey || !isRequired(schema) || values[key] !== undefined) continue;
    const extra: Partial<Question> = soort.collection === 'nieuws' && key === 'datum' ? { standaard: ctx.today } : {};
    await askFor(fieldQuestion(soort, [key], ctx, extra));
  }
  if (soort.collection === 'activiteiten') await collectActivity(soort, values, askFor, ctx);
  return { values, missing };
}

async function collectActivity(soort: Soort, values: Data, askFor: (q: Question) => Promise<boolean>, ctx: ScaffoldContext): Promise<void> {
  // Where.
  if (values.locatie === undefined && values.online === undefined) {
    const locatie = fieldQuestion(soort, ['locatie'], ctx);
    const online = fieldQuestion(soort, ['online'], ctx);
    await askFor({
      ...locatie,
      vraag: 'Waar is het? Kies een locatie (of typ online als het een online bijeenkomst is)',
      voorbeeld: `${locatie.voorbeeld} (of --online https://…)`,
      parse: (answer) => (answer.trim().toLowerCase() === 'online' ? { ok: true, value: 'online' } : locatie.parse(answer)),
    });
    if (values.locatie === 'online') {
      delete values.locatie;
      await askFor(online);
    }
  }
  // Which wijk, when the place does not say.
  const place = typeof values.locatie === 'string' ? ctx.index.entries.get('locaties')?.find((e) => e.slug === values.locatie) : undefined;
  const needsWijk = values.wijk === undefined && values.wijken === undefined && (values.online !== undefined || (place !== undefined && place.data.wijk === undefined));
  if (needsWijk) await askFor(fieldQuestion(soort, ['wijk'], ctx, { vraag: 'In welke wijk is het?' }));
  // When.
  if (values.datum === undefined && values.data === undefined && values.herhaling === undefined) {
    await askFor({
      ...fieldQuestion(soort, ['datum'], ctx),
      flag: 'datum',
      vraag: 'Wanneer? Typ een datum (2026-12-05) als het één keer is, of hoe vaak het terugkomt: elke week, elke 2 weken, elke maand of elke dag',
      voorbeeld: `${ctx.today} (of --elke week --dagen dinsdag --vanaf ${ctx.today})`,
      parse: (answer) => {
        const datum = parseDatum(answer);
        if (datum.ok) return datum;
        const elke = parseElke(answer);
        if (elke.ok && elke.value !== undefined) return { ok: true, value: { elke: elke.value } };
        if (/^[\d\s./-]+$/.test(answer)) return datum;
        return { ok: false, message: `"${answer.trim()}" is geen datum en geen herhaling` };
      },
    });
    if (typeof values.datum === 'object' && values.datum !== null) {
      values.herhaling = values.datum;
      delete values.datum;
    }
  }
  if (values.datum !== undefined && values.tijd === undefined) {
    await askFor(fieldQuestion(soort, ['tijd'], ctx, { vraag: 'Hoe laat? Bijvoorbeeld 10:00-12:00 (leeg laten als het de hele dag is)', optional: true }));
  }
  const h = values.herhaling as Data | undefined;
  if (h !== undefined) {
    if (h.elke === undefined) await askFor(fieldQuestion(soort, ['herhaling', 'elke'], ctx));
    if (h.elke !== 'dag' && h.dagen === undefined) {
      await askFor(fieldQuestion(soort, ['herhaling', 'dagen'], ctx, { vraag: 'Op welke dag (of dagen)? Bijvoorbeeld dinsdag', voorbeeld: 'dinsdag' }));
    }
    if (h.elke === 'maand' && h.week_van_de_maand === undefined) {
      await askFor(fieldQuestion(soort, ['herhaling', 'week_van_de_maand'], ctx, { vraag: 'Welke week van de maand? eerste, tweede, derde, vierde of laatste (of bijvoorbeeld tweede en vierde)', voorbeeld: 'tweede' }));
    }
    if (h.vanaf === undefined) await askFor(fieldQuestion(soort, ['herhaling', 'vanaf'], ctx, { vraag: 'Vanaf welke datum?' }));
    if (h.tijd === undefined) {
      await askFor(fieldQuestion(soort, ['herhaling', 'tijd'], ctx, { vraag: 'Hoe laat? Bijvoorbeeld 10:00-12:00 (leeg laten als het de hele dag is)', optional: true }));
    }
    if (h.tot_en_met === undefined) {
      await askFor(fieldQuestion(soort, ['herhaling', 'tot_en_met'], ctx, { vraag: 'Tot en met welke datum? (leeg laten als er geen einde is)', optional: true }));
    }
  }
}

/** The Dutch message for a run without a terminal that lacks values. */
export function missingMessage(soort: Soort, titel: string, missing: readonly Question[]): string {
  const lines = [`Er ontbreken gegevens om ${soort.lidwoord} te maken. Geef ze mee als opties:`];
  for (const q of missing) lines.push(`  --${q.flag} ${q.voorbeeld}`, `      ${q.vraag}`);
  const example = missing.map((q) => `--${q.flag} ${q.voorbeeld.replace(/ \(of .*\)$/, '')}`).join(' ');
  lines.push('', `Bijvoorbeeld: npm run nieuw -- ${soort.naam} "${titel}" ${example}`);
  return lines.join('\n');
}
