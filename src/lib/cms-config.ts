/**
 * The web editor's configuration (Sveltia CMS, served at /admin/), generated from the zod schemas
 * so the editor never drifts from the content contract (DESIGN §3): labels come from the field
 * names, hints from the Dutch `.describe()` texts, enums become selects, references become
 * relation fields, and a field is required when the schema has it neither optional nor defaulted.
 *
 * Pure: the caller passes the collections, the site settings and the entries that exist (only
 * needed for references that may point at more than one collection) and serialises the result.
 * Shapes the editor's fields cannot hold (maps of years, `gratis` or `{ bedrag }`, a year or a date)
 * are shown in an editor-friendly shape and written back by custom file formats
 * (src/pages/admin/_vormen.ts); every such decision is listed in `notes` and at the top of config.yml.
 */
import type {
  CmsConfig,
  Collection,
  CollectionDivider,
  EntryCollection,
  Field,
  FileCollection,
  GitHubBackend,
  GitLabBackend,
  TestBackend,
} from '@sveltia/cms';
import type { z } from 'zod';
import type { CmsFormat, CmsTransform } from '../pages/admin/_vormen.ts';
import type { CollectionDef } from '../schemas/index.ts';
import {
  AfbeeldingSchema,
  DatumSchema,
  EmailSchema,
  TIJD_PATTERN,
  TelefoonSchema,
  TijdSchema,
  UrlSchema,
  WebsiteSchema,
  type CollectionName,
} from '../schemas/common.ts';
import {
  INITIATIEF_STATUS_LABEL,
  ORGANISATIE_SOORT_LABEL,
  PROJECT_STATUS_LABEL,
  TAAL_LABEL,
  TOEGANKELIJKHEID_LABEL,
} from './labels.ts';
import { childOf, descriptionOf, enumValues, metaOf, shapeOf, unionOptions, unwrap } from './schema-walk.ts';

type AnySchema = z.core.$ZodType;

/** An entry another entry can point at: its slug and the name editors recognise it by. */
export interface CmsEntryRef {
  slug: string;
  naam: string;
}

export interface CmsSite {
  naam: string;
  url: string;
  cms?: { backend: 'github' | 'gitlab'; repo: string; branch: string } | undefined;
}

export interface CmsConfigInput {
  collections: readonly CollectionDef[];
  siteSchema: AnySchema;
  site: CmsSite;
  /** Absolute base URL of the built site (SITE_URL or site.url), for preview links. */
  siteUrl?: string | undefined;
  /** Folder of the content inside the repository: `content`, or '' when the content is the repository itself. */
  contentPath: string;
  /** Existing entries per collection; used for references that may point at more than one collection. */
  entries?: Partial<Record<CollectionName, readonly CmsEntryRef[]>> | undefined;
}

/** A field the editor shows differently from the schema, and why. */
export interface MappingNote {
  /** Dotted field path, e.g. `activiteiten.kosten`. */
  path: string;
  note: string;
}

export interface CmsConfigResult {
  config: CmsConfig;
  notes: MappingNote[];
  /**
   * Custom file formats (name → format) for collections whose files need reshaping between the
   * file and the editor (see src/pages/admin/_vormen.ts); the admin page registers them.
   */
  formats: Record<string, CmsFormat>;
}

/** Where an entry's page lives on the site (DESIGN §5), for the editor's "view on site" link. */
const PAGE_PATH: Record<CollectionName, string> = {
  activiteiten: 'agenda/{{slug}}/',
  initiatieven: 'initiatieven/{{slug}}/',
  projecten: 'projecten/{{slug}}/',
  nieuws: 'nieuws/{{slug}}/',
  wijken: 'wijken/{{slug}}/',
  locaties: 'locaties/{{slug}}/',
  organisaties: 'organisaties/{{slug}}/',
  themas: 'themas/{{slug}}/',
  doelgroepen: 'agenda/filter/doelgroep/{{slug}}/',
};

/** Material Symbols icon per collection in the editor's side bar. */
const ICON: Record<CollectionName, string> = {
  activiteiten: 'event',
  initiatieven: 'volunteer_activism',
  projecten: 'assignment',
  nieuws: 'newspaper',
  wijken: 'map',
  locaties: 'location_on',
  organisaties: 'apartment',
  themas: 'label',
  doelgroepen: 'groups',
};

/** Keys are ASCII; these words are spelled properly in labels. */
const SPELLING: Record<string, string> = {
  themas: 'thema’s',
  risicos: 'risico’s',
  coordinaten: 'coördinaten',
  geevalueerd: 'geëvalueerd',
  email: 'e-mail',
  url: 'URL',
  uid: 'UID',
  cms: 'webeditor',
  alt: 'tekst',
  lat: 'breedtegraad',
  lon: 'lengtegraad',
};

/** Dutch labels the site already uses for vocabulary values. */
const VALUE_LABEL: Record<string, string> = {
  ...TAAL_LABEL,
  ...ORGANISATIE_SOORT_LABEL,
  ...TOEGANKELIJKHEID_LABEL,
  ...INITIATIEF_STATUS_LABEL,
  ...PROJECT_STATUS_LABEL,
};

const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
const LONG_TEXT = /^(beschrijving|samenvatting)$|toelichting$/;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** `status_toelichting` → `Status toelichting`, `themas` → `Thema’s`. */
export function humanise(name: string): string {
  return capitalise(
    name
      .split(/[_-]/)
      .filter(Boolean)
      .map((word) => SPELLING[word] ?? word)
      .join(' '),
  );
}

/** Label of a vocabulary value in a select: the site's own label, else the value humanised. */
export function valueLabel(value: string): string {
  return capitalise(VALUE_LABEL[value] ?? humanise(value).toLowerCase());
}

/**
 * The content folder as a path inside the repository the editor writes to. A content folder
 * outside the engine's repository (CONTENT_DIR=../wijk-inhoud) is taken to be a repository of
 * its own, whose root is the content folder. `override` (CMS_CONTENT_PATH) wins.
 */
export function repositoryContentPath(relativeToRepo: string, override?: string | undefined): string {
  const clean = (path: string) =>
    path
      .replace(/\\/g, '/')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '')
      .replace(/^\.$/, '');
  if (override !== undefined) return clean(override.trim());
  const path = clean(relativeToRepo);
  return path.startsWith('..') || path.startsWith('/') ? '' : path;
}

const joinPath = (...parts: string[]) => parts.filter(Boolean).join('/');

// ---------------------------------------------------------------------------------------------
// zod introspection beyond schema-walk: string/number checks and known building blocks.

interface Check {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}
interface RawDef {
  type: string;
  format?: string;
  checks?: { _zod: { def: Check } }[];
  in?: AnySchema;
  out?: AnySchema;
  innerType?: AnySchema;
  options?: AnySchema[];
}
const rawDef = (schema: AnySchema): RawDef => (schema as unknown as { _zod: { def: RawDef } })._zod.def;
const checksOf = (schema: AnySchema): Check[] => (rawDef(schema).checks ?? []).map((c) => c._zod.def);

/** True when `schema` is (a wrapper or description-clone of) `block`. Clones share the definition. */
function isBlock(schema: AnySchema, block: AnySchema): boolean {
  const target = rawDef(block);
  return unwrap(schema).layers.some((layer) => rawDef(layer) === target);
}

/** Every regular expression a string somewhere in this schema must match (through pipes and unions). */
function regexesOf(schema: AnySchema, out: RegExp[] = [], depth = 0): RegExp[] {
  if (depth > 20) return out;
  const def = rawDef(schema);
  for (const check of checksOf(schema)) if (check.format === 'regex' && check.pattern) out.push(check.pattern);
  if (def.innerType) regexesOf(def.innerType, out, depth + 1);
  if (def.type === 'pipe') {
    if (def.in) regexesOf(def.in, out, depth + 1);
    if (def.out) regexesOf(def.out, out, depth + 1);
  }
  if (def.type === 'union') for (const option of def.options ?? []) regexesOf(option, out, depth + 1);
  return out;
}

const kind = (schema: AnySchema) => rawDef(unwrap(schema).core).type;

function numberLimits(schema: AnySchema): { int: boolean; min?: number; max?: number } {
  const core = unwrap(schema).core;
  const checks = checksOf(core);
  const int =
    rawDef(core).format === 'safeint' || checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const min = checks.find((c) => c.check === 'greater_than' && c.inclusive)?.value;
  const max = checks.find((c) => c.check === 'less_than' && c.inclusive)?.value;
  return { int, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

function maxLength(schema: AnySchema): number | undefined {
  return checksOf(unwrap(schema).core).find((c) => c.check === 'max_length')?.maximum;
}

// ---------------------------------------------------------------------------------------------
// Field mapping.

interface Context {
  /** Dotted path for notes: `activiteiten.herhaling.dagen`. */
  path: string;
  /** Path inside the entry, `*` for list items: ['begroting', 'posten', '*', 'bedragen']. */
  dataPath: string[];
  transforms: CmsTransform[];
  notes: MappingNote[];
  collections: readonly CollectionDef[];
  entries: Partial<Record<CollectionName, readonly CmsEntryRef[]>>;
}

/** Identifier field of a collection: `titel` where it exists, else `naam`. */
function identifierOf(schema: AnySchema): string {
  return shapeOf(schema)?.titel ? 'titel' : 'naam';
}

function selectOptions(values: readonly string[]) {
  return values.map((value) => ({ label: valueLabel(value), value }));
}

type Base = { name: string; label: string; required: boolean; hint?: string };

function baseOf(name: string, schema: AnySchema, required: boolean): Base {
  const label = metaOf(schema)?.label ?? humanise(name);
  const description = descriptionOf(schema);
  return {
    name,
    label,
    required,
    ...(description && description.toLowerCase() !== label.toLowerCase() ? { hint: description } : {}),
  };
}

const appendHint = (base: Base, extra: string): Base => ({ ...base, hint: base.hint ? `${base.hint}. ${extra}` : extra });

/** A reference field: a relation to one collection, or a choice among the entries of several. */
function referenceField(base: Base, targets: readonly CollectionName[], multiple: boolean, ctx: Context): Field {
  const [first] = targets;
  if (targets.length === 1 && first) {
    const target = ctx.collections.find((c) => c.name === first);
    const id = target ? identifierOf(target.schema) : 'naam';
    return {
      ...base,
      widget: 'relation',
      collection: first,
      value_field: '{{slug}}',
      search_fields: [id],
      display_fields: [id],
      ...(multiple ? { multiple: true } : {}),
    };
  }
  // Sveltia relates to one collection only. The entries of all targets that exist at build time
  // become the options; a new entry appears after the next build of the site.
  const labelOf = (name: CollectionName) => ctx.collections.find((c) => c.name === name)?.label ?? name;
  const options = targets
    .flatMap((name) => (ctx.entries[name] ?? []).map((e) => ({ label: `${e.naam} (${labelOf(name)})`, value: e.slug })))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const kinds = targets.map(labelOf).join(' of ');
  if (options.length === 0) {
    ctx.notes.push({ path: ctx.path, note: `verwijst naar ${kinds}: een tekstveld voor de bestandsnaam (er zijn nog geen items)` });
    return {
      ...appendHint(base, `Schrijf de bestandsnaam (zonder .md of .yaml) van een ${kinds}`),
      widget: 'string',
      pattern: [SLUG_PATTERN, 'Gebruik de bestandsnaam: kleine letters, cijfers en streepjes'],
    };
  }
  ctx.notes.push({
    path: ctx.path,
    note: `verwijst naar ${kinds}: een keuzelijst met alle ${targets.join(' en ')} die er waren toen de site werd gebouwd`,
  });
  return {
    ...appendHint(base, 'Staat wat je zoekt er niet bij? Dan is het net nieuw. Na de volgende bouw van de site staat het erbij'),
    widget: 'select',
    options,
    ...(multiple ? { multiple: true } : {}),
  };
}

/** Maps one schema field to an editor field. `required` is decided by the caller (object context). */
function fieldOf(name: string, schema: AnySchema, ctx: Context): Field {
  const info = unwrap(schema);
  const required = !info.optional && !info.hasDefault;
  const base = baseOf(name, schema, required);
  const defaultValue = info.hasDefault && ['string', 'number', 'boolean'].includes(typeof info.defaultValue) ? info.defaultValue : undefined;
  const withDefault = <T extends object>(field: T): T => (defaultValue === undefined ? field : { ...field, default: defaultValue });

  const ref = metaOf(schema)?.ref;
  if (ref) return referenceField(base, ref, false, ctx);

  // Building blocks of common.ts that need a widget of their own.
  if (isBlock(schema, DatumSchema)) return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (isBlock(schema, TijdSchema)) {
    return { ...base, widget: 'string', pattern: [TIJD_PATTERN.source, 'Schrijf een tijd als 10:00 of 10:00-12:00 (24 uur)'] };
  }
  if (isBlock(schema, WebsiteSchema)) {
    return { ...base, widget: 'string', type: 'url', pattern: ['^https://', 'Een webadres begint met https://'] };
  }
  if (isBlock(schema, UrlSchema)) {
    return { ...base, widget: 'string', pattern: ['^(https://|mailto:|tel:)', 'Begin met https://, mailto: of tel:'] };
  }
  if (isBlock(schema, EmailSchema)) return { ...base, widget: 'string', type: 'email' };
  if (isBlock(schema, TelefoonSchema)) return { ...base, widget: 'string' };
  if (isBlock(schema, AfbeeldingSchema)) return { ...base, widget: 'image', choose_url: false };

  const values = enumValues(schema);
  if (values) return withDefault({ ...base, widget: 'select', options: selectOptions(values) });

  switch (kind(schema)) {
    case 'boolean':
      return withDefault({ ...base, widget: 'boolean' });
    case 'number': {
      const { int, min, max } = numberLimits(schema);
      return withDefault({
        ...base,
        widget: 'number',
        value_type: int ? 'int' : 'float',
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      });
    }
    case 'string':
      return withDefault(stringField(base, schema));
    case 'object':
      return { ...base, widget: 'object', collapsed: true, fields: fieldsOf(schema, ctx) };
    case 'array':
      return arrayField(base, schema, ctx);
    case 'record':
      return recordField(base, schema, ctx);
    case 'union':
      return unionField(base, schema, ctx);
    default:
      throw new Error(`cms-config: geen veld in de webeditor voor ${ctx.path} (${kind(schema)})`);
  }
}

function stringField(base: Base, schema: AnySchema): Field {
  const regexes = regexesOf(schema);
  const [regex] = regexes;
  if (regex && regexes.length === 1 && regex.source === '^#[0-9a-fA-F]{6}$') return { ...base, widget: 'color', allowInput: true };
  const max = maxLength(schema);
  const long = (max !== undefined && max >= 150) || LONG_TEXT.test(base.name);
  return {
    ...base,
    widget: long ? 'text' : 'string',
    ...(max !== undefined ? { maxlength: max } : {}),
    ...(regex && regexes.length === 1 ? { pattern: [regex.source, 'Dit klopt niet. Kijk naar het voorbeeld onder het veld'] } : {}),
  };
}

function arrayField(base: Base, schema: AnySchema, ctx: Context): Field {
  const element = childOf(schema)!;
  const ref = metaOf(element)?.ref;
  if (ref) return referenceField(base, ref, true, ctx);
  const values = enumValues(element);
  if (values) return { ...base, widget: 'select', multiple: true, options: selectOptions(values) };
  if (isBlock(element, DatumSchema)) {
    return { ...base, widget: 'list', field: { ...fieldOf('datum', element, ctx), label: 'Datum', required: true } };
  }
  if (shapeOf(element)) {
    const fields = fieldsOf(element, { ...ctx, dataPath: [...ctx.dataPath, '*'] });
    const first = fields[0]?.name;
    return {
      ...base,
      widget: 'list',
      collapsed: 'auto',
      ...(first ? { summary: `{{fields.${first}}}` } : {}),
      fields,
    };
  }
  // Plain values (text, postcodes, language codes): one item per line.
  return { ...base, widget: 'list' };
}

/**
 * A map (years → amounts, ambitions → points). Sveltia's key-value field stores typed values as
 * text and turns year keys into list positions, so the editor shows a list of { jaar, waarde }
 * rows instead and the custom format writes the map back (src/pages/admin/_vormen.ts).
 */
function recordField(base: Base, schema: AnySchema, ctx: Context): Field {
  const core = unwrap(schema).core as unknown as { _zod: { def: { keyType?: AnySchema } } };
  const keyType = core._zod.def.keyType;
  const value = childOf(schema)!;
  const keyRegexes = keyType ? regexesOf(keyType) : [];
  const years = keyRegexes.some((r) => r.source === '^\\d{4}$');
  const sleutel = years ? 'jaar' : 'naam';
  const keyField: Field = years
    ? { name: sleutel, label: 'Jaar', required: true, widget: 'number', value_type: 'int', min: 1900, max: 2200 }
    : {
        name: sleutel,
        label: 'Naam',
        required: true,
        widget: 'string',
        ...(keyRegexes[0] ? { pattern: [keyRegexes[0].source, 'Gebruik kleine letters, cijfers en streepjes'] } : {}),
      };
  const valueField = { ...fieldOf('waarde', value, { ...ctx, path: `${ctx.path}.waarde`, dataPath: [] }), required: true } as Field;
  ctx.transforms.push({ kind: 'paren', path: ctx.dataPath, sleutel, waarde: 'waarde', sleutelIsGetal: years });
  ctx.notes.push({ path: ctx.path, note: `tabel met ${years ? 'een jaar' : 'een naam'} en een waarde per regel; het bestand houdt de vorm { sleutel: waarde }` });
  return { ...base, widget: 'list', collapsed: false, summary: `{{fields.${sleutel}}}: {{fields.waarde}}`, fields: [keyField, valueField] };
}

function unionField(base: Base, schema: AnySchema, ctx: Context): Field {
  const options = unionOptions(schema) ?? [];
  const kinds = options.map((o) => (enumValues(o) ? 'enum' : kind(o)));
  // `eerste` or `[tweede, vierde]`: a multiple choice always writes the list form.
  const arrayOption = options.find((o) => kind(o) === 'array');
  const enumOption = options.find((o) => enumValues(o));
  if (enumOption && arrayOption && enumValues(childOf(arrayOption)!)) {
    ctx.notes.push({ path: ctx.path, note: 'één waarde of een lijst: de webeditor schrijft altijd een lijst' });
    return { ...base, widget: 'select', multiple: true, options: selectOptions(enumValues(enumOption)!) };
  }
  // `gratis` or `{ bedrag: 2.50 }`: an object whose `soort` picks a word or the object form.
  const objectOption = options.find((o) => shapeOf(o));
  if (enumOption && objectOption) {
    const shape = shapeOf(objectOption)!;
    const objectKeuze = Object.entries(shape).find(([, f]) => !unwrap(f).optional && !unwrap(f).hasDefault)?.[0] ?? 'anders';
    if (shape.soort) throw new Error(`cms-config: ${ctx.path} heeft al een veld "soort"`);
    const words = enumValues(enumOption)!;
    ctx.transforms.push({ kind: 'keuze', path: ctx.dataPath, veld: 'soort', objectKeuze });
    ctx.notes.push({
      path: ctx.path,
      note: `een woord (${words.join(', ')}) of een object: de webeditor toont een keuze "soort" met de velden van het object eronder`,
    });
    const soort: Field = {
      name: 'soort',
      label: 'Soort',
      required: true,
      widget: 'select',
      options: [...selectOptions(words), { label: `Een ${objectKeuze} (vul hieronder in)`, value: objectKeuze }],
    };
    const fields = fieldsOf(objectOption, ctx).map((f) => ({
      ...f,
      required: false,
      hint: `${'hint' in f && f.hint ? `${f.hint}. ` : ''}Alleen bij soort: een ${objectKeuze}`,
    })) as Field[];
    return { ...base, widget: 'object', collapsed: false, fields: [soort, ...fields] };
  }
  // A year (2019) or a date: one text field; the custom format writes a year as a number.
  if (kinds.includes('number') && options.some((o) => isBlock(o, DatumSchema))) {
    ctx.transforms.push({ kind: 'getal-of-tekst', path: ctx.dataPath });
    ctx.notes.push({ path: ctx.path, note: 'een jaartal of een datum: één tekstveld; een jaartal wordt als getal opgeslagen' });
    return {
      ...appendHint(base, 'Bijvoorbeeld 2019 of 2019-05-01'),
      widget: 'string',
      pattern: ['^\\d{4}(-\\d{2}-\\d{2})?$', 'Schrijf een jaartal (2019) of een datum (2019-05-01)'],
    };
  }
  // Text or a number (a phone number, a postcode, a period like 2022 or 2022-Q3): one text field.
  if (kinds.every((k) => k === 'string' || k === 'number')) return stringField(base, schema);
  throw new Error(`cms-config: geen veld in de webeditor voor ${ctx.path} (union van ${kinds.join(', ')})`);
}

function fieldsOf(schema: AnySchema, ctx: Context): Field[] {
  const shape = shapeOf(schema) ?? {};
  return Object.entries(shape).map(([name, field]) =>
    fieldOf(name, field, { ...ctx, path: `${ctx.path}.${name}`, dataPath: [...ctx.dataPath, name] }),
  );
}

// ---------------------------------------------------------------------------------------------
// Collections and the whole configuration.

/** The Markdown body of an entry: headings from level 2, no images or code blocks. */
const bodyField = (): Field => ({
  name: 'body',
  label: 'Tekst',
  widget: 'markdown',
  required: false,
  hint: 'De langere beschrijving, in korte zinnen. Gebruik kopjes van niveau 2 (##) en schrijf bij een link waar hij naartoe gaat',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'bulleted-list', 'numbered-list', 'quote'],
  editor_components: [],
});

function entryCollection(def: CollectionDef, input: CmsConfigInput, ctx: Context, formats: Record<string, CmsFormat>): EntryCollection {
  const id = identifierOf(def.schema);
  const transforms: CmsTransform[] = [];
  const fields = fieldsOf(def.schema, { ...ctx, path: def.name, dataPath: [], transforms });
  const shape = shapeOf(def.schema) ?? {};
  const extension = def.markdown ? 'md' : 'yaml';
  let format = def.markdown ? 'yaml-frontmatter' : 'yaml';
  if (transforms.length > 0) {
    // Sveltia accepts a .md extension only with a format whose name ends in -frontmatter.
    format = def.markdown ? `wijkwijzer-${def.name}-frontmatter` : `wijkwijzer-${def.name}`;
    formats[format] = { extension, frontmatter: def.markdown, transforms };
  }
  return {
    name: def.name,
    label: humanise(def.name),
    label_singular: capitalise(def.label),
    icon: ICON[def.name],
    folder: joinPath(input.contentPath, def.name),
    create: true,
    extension,
    format,
    identifier_field: id,
    summary: `{{${id}}}`,
    sortable_fields: [id, ...(shape.datum ? ['datum'] : []), ...(shape.status ? ['status'] : [])],
    slug: {
      template: '{{slug}}',
      editable: ['create'],
      hint: 'De bestandsnaam: kleine letters, cijfers en streepjes. Andere items verwijzen ernaar, dus na het opslaan verander je hem niet meer',
      pattern: [SLUG_PATTERN, 'Gebruik alleen kleine letters, cijfers en streepjes, bijvoorbeeld koffie-in-de-komin'],
    },
    // Images live next to the entry and are written as ./naam.webp (AfbeeldingSchema).
    media_folder: '',
    public_folder: '.',
    preview_path: PAGE_PATH[def.name],
    aliases_field: false,
    fields: def.markdown ? [...fields, bodyField()] : fields,
  };
}

function backendOf(site: CmsSite): GitHubBackend | GitLabBackend | TestBackend {
  if (!site.cms) return { name: 'test-repo' };
  const commit_messages = {
    create: 'Nieuw in {{collection}}: {{slug}}',
    update: 'Bijgewerkt in {{collection}}: {{slug}}',
    delete: 'Verwijderd uit {{collection}}: {{slug}}',
    uploadMedia: 'Afbeelding toegevoegd: {{path}}',
    deleteMedia: 'Afbeelding verwijderd: {{path}}',
  };
  const { backend, repo, branch } = site.cms;
  return backend === 'gitlab'
    ? { name: 'gitlab', repo, branch, commit_messages }
    : { name: 'github', repo, branch, commit_messages };
}

/** Builds the Sveltia CMS configuration for a site. */
export function buildCmsConfig(input: CmsConfigInput): CmsConfigResult {
  const notes: MappingNote[] = [];
  const formats: Record<string, CmsFormat> = {};
  const ctx: Context = { path: '', dataPath: [], transforms: [], notes, collections: input.collections, entries: input.entries ?? {} };
  const divider: CollectionDivider = { divider: true };
  const settings: FileCollection = {
    name: 'instellingen',
    label: 'Instellingen',
    icon: 'settings',
    files: [
      {
        name: 'site',
        label: 'Instellingen van de site',
        file: joinPath(input.contentPath, 'site.yaml'),
        format: 'yaml',
        fields: fieldsOf(input.siteSchema, { ...ctx, path: 'site', transforms: [] }),
      },
    ],
  };
  // Frequently edited Markdown collections first, then the lists they point at, then the settings.
  const collections: (Collection | CollectionDivider)[] = [
    ...input.collections.filter((c) => c.markdown).map((c) => entryCollection(c, input, ctx, formats)),
    divider,
    ...input.collections.filter((c) => !c.markdown).map((c) => entryCollection(c, input, ctx, formats)),
    { ...divider },
    settings,
  ];
  const siteUrl = (input.siteUrl ?? input.site.url).replace(/\/$/, '');
  const config: CmsConfig = {
    backend: backendOf(input.site),
    app_title: `Webeditor – ${input.site.naam}`,
    site_url: siteUrl,
    display_url: siteUrl,
    logo: { src: '/favicon.svg' },
    // Collections keep images next to their entries; this folder only serves the editor's media page.
    media_folder: joinPath(input.contentPath, 'afbeeldingen'),
    public_folder: '/afbeeldingen',
    media_libraries: {
      default: {
        config: {
          max_file_size: 2_000_000,
          slugify_filename: true,
          transformations: { raster_image: { format: 'webp', quality: 85, width: 1600 } },
        },
      },
    },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true, maxlength: 60 },
    // One column with the form: the preview only repeats the fields.
    editor: { preview: false },
    // Leave empty optional fields out of the files, as the schemas expect.
    output: { omit_empty_optional_fields: true },
    collections,
  };
  return { config, notes, formats };
}
