/**
 * The web editor (/admin/, Sveltia CMS) against the content contract: every schema field appears in
 * the generated config.yml at the same path with the same required flag, choices and reference
 * targets; the config passes Sveltia's own JSON schema; files as the editor writes them pass the
 * content check; and the built /admin/ pages load everything from the site itself.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Field } from '@sveltia/cms';
import { checkContent, type ContentFile } from '../../src/lib/check/check-content.ts';
import { buildCmsConfig } from '../../src/lib/cms-config.ts';
import { childOf, enumValues, metaOf, shapeOf, unionOptions, unwrap } from '../../src/lib/schema-walk.ts';
import { SVELTIA_YAML_OPTIONS, writeFromEditor, type CmsFormat } from '../../src/pages/admin/_vormen.ts';
import { COLLECTIONS, SiteSchema, type CollectionName } from '../../src/schemas/index.ts';
import { readContentFolder } from '../../scripts/lib/read-content.ts';
import { scheduleChecks } from '../../scripts/lib/schedule-checks.ts';
import { SITES, TEST_TODAY } from '../sites.ts';

type AnySchema = Parameters<typeof unwrap>[0];
type AnyField = Field & Record<string, unknown> & { name: string };
interface AnyCollection {
  name: string;
  fields?: AnyField[];
  files?: { fields: AnyField[] }[];
  format?: string;
}

const CONTENT = 'content';
const slugsOf = (collection: CollectionName) =>
  readdirSync(join(CONTENT, collection))
    .filter((name) => /\.(mdx?|ya?ml)$/.test(name))
    .map((name) => ({ slug: name.replace(/\.(mdx?|ya?ml)$/, ''), naam: name }));
const entries = { organisaties: slugsOf('organisaties'), initiatieven: slugsOf('initiatieven') };
const site = parse(readFileSync(join(CONTENT, 'site.yaml'), 'utf8')) as { naam: string; url: string };
const result = buildCmsConfig({ collections: COLLECTIONS, siteSchema: SiteSchema, site, contentPath: 'content', entries });
const collections = (result.config.collections ?? []).filter((c): c is typeof c & AnyCollection => 'name' in c) as AnyCollection[];
const collectionConfig = (name: string) => collections.find((c) => c.name === name)!;

// ------------------------------------------------------------------------------------------------
// Every schema field at the same path.

function compare(schema: AnySchema, fields: AnyField[], path: string, problems: string[], checkRequired = true): void {
  for (const [name, fieldSchema] of Object.entries(shapeOf(schema) ?? {})) {
    const here = `${path}.${name}`;
    const field = fields.find((f) => f.name === name);
    if (!field) {
      problems.push(`${here}: ontbreekt`);
      continue;
    }
    const info = unwrap(fieldSchema);
    const required = !info.optional && !info.hasDefault;
    if (checkRequired && field.required !== required) problems.push(`${here}: required ${String(field.required)}, schema ${required}`);
    compareField(fieldSchema, field, here, problems);
  }
  const extra = fields.filter((f) => f.name !== 'body' && !(shapeOf(schema) ?? {})[f.name]);
  for (const f of extra) problems.push(`${path}.${f.name}: staat niet in het schema`);
}

function optionValues(field: AnyField): unknown[] {
  return ((field.options as ({ value: unknown } | string)[] | undefined) ?? []).map((o) => (typeof o === 'object' ? o.value : o));
}

function compareRef(targets: readonly CollectionName[], field: AnyField, multiple: boolean, here: string, problems: string[]) {
  if (targets.length === 1) {
    if (field.widget !== 'relation' || field.collection !== targets[0]) problems.push(`${here}: geen relatie naar ${targets[0]}`);
    if (!!field.multiple !== multiple) problems.push(`${here}: multiple ${String(field.multiple)}`);
    return;
  }
  const values = new Set(optionValues(field));
  for (const target of targets) {
    for (const { slug } of entries[target as 'organisaties' | 'initiatieven'] ?? []) {
      if (!values.has(slug)) problems.push(`${here}: ${target}/${slug} staat niet in de keuzelijst`);
    }
  }
}

function compareField(schema: AnySchema, field: AnyField, here: string, problems: string[]): void {
  const ref = metaOf(schema)?.ref;
  if (ref) return compareRef(ref, field, false, here, problems);
  const values = enumValues(schema);
  if (values) {
    if (JSON.stringify(optionValues(field)) !== JSON.stringify(values)) problems.push(`${here}: keuzes ${JSON.stringify(optionValues(field))}`);
    return;
  }
  const kind = (unwrap(schema).core as unknown as { _zod: { def: { type: string } } })._zod.def.type;
  if (kind === 'object') {
    if (field.widget !== 'object') problems.push(`${here}: geen object`);
    return compare(schema, (field.fields as AnyField[]) ?? [], here, problems);
  }
  if (kind === 'array') {
    const element = childOf(schema)!;
    const elementRef = metaOf(element)?.ref;
    if (elementRef) return compareRef(elementRef, field, true, here, problems);
    const elementValues = enumValues(element);
    if (elementValues) {
      if (!field.multiple || JSON.stringify(optionValues(field)) !== JSON.stringify(elementValues)) problems.push(`${here}: meerkeuze klopt niet`);
      return;
    }
    if (field.widget !== 'list') problems.push(`${here}: geen lijst`);
    if (shapeOf(element)) compare(element, (field.fields as AnyField[]) ?? [], `${here}[]`, problems);
    return;
  }
  if (kind === 'record') {
    const rows = ((field.fields as AnyField[]) ?? []).map((f) => f.name);
    if (field.widget !== 'list' || rows[1] !== 'waarde') problems.push(`${here}: geen tabel van sleutel en waarde`);
    return;
  }
  if (kind === 'union') {
    const options = unionOptions(schema) ?? [];
    const objectOption = options.find((o) => shapeOf(o));
    const enumOption = options.find((o) => enumValues(o));
    if (objectOption && enumOption) {
      const sub = (field.fields as AnyField[]) ?? [];
      const soort = sub.find((f) => f.name === 'soort');
      const words = optionValues(soort ?? ({} as AnyField));
      for (const word of enumValues(enumOption)!) if (!words.includes(word)) problems.push(`${here}.soort: mist ${word}`);
      compare(objectOption, sub.filter((f) => f.name !== 'soort'), here, problems, false);
    }
  }
}

describe('config.yml from the schemas', () => {
  test.each(COLLECTIONS.map((c) => [c.name, c] as const))('every field of %s is in the editor, at the same path', (name, def) => {
    const problems: string[] = [];
    compare(def.schema, collectionConfig(name).fields ?? [], name, problems);
    expect(problems).toEqual([]);
  });

  test('every field of site.yaml is in the editor', () => {
    const problems: string[] = [];
    compare(SiteSchema, collectionConfig('instellingen').files![0]!.fields, 'site', problems);
    expect(problems).toEqual([]);
  });

  test('lists every collection with a Dutch label', () => {
    expect(collections.map((c) => [c.name, (c as unknown as { label: string }).label])).toEqual([
      ['activiteiten', 'Activiteiten'],
      ['initiatieven', 'Initiatieven'],
      ['projecten', 'Projecten'],
      ['nieuws', 'Nieuws'],
      ['wijken', 'Wijken'],
      ['locaties', 'Locaties'],
      ['organisaties', 'Organisaties'],
      ['themas', 'Thema’s'],
      ['doelgroepen', 'Doelgroepen'],
      ['instellingen', 'Instellingen'],
    ]);
  });

  test('passes the JSON schema Sveltia CMS validates its configuration with', () => {
    const require = createRequire(import.meta.url);
    const root = resolve(require.resolve('@sveltia/cms'), '..', '..');
    const schema = JSON.parse(readFileSync(join(root, 'schema', 'sveltia-cms.json'), 'utf8')) as object;
    // ajv comes with the Astro language tools (a pinned dev dependency).
    const AjvModule = require('ajv') as { default: new (o: object) => { validate(s: object, d: unknown): boolean; errors?: unknown } };
    const ajv = new AjvModule.default({ strict: false, allErrors: true, validateFormats: false, logger: false });
    const valid = ajv.validate(schema, JSON.parse(JSON.stringify(result.config)));
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors, null, 1)?.slice(0, 2000)).toEqual([]);
    expect(valid).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------------
// Files as the editor writes them.

const demo = readContentFolder(resolve(CONTENT)).files;
const schedule = scheduleChecks(CONTENT, TEST_TODAY);

function errorsWith(changes: Record<string, string>): string[] {
  const files: ContentFile[] = demo.map((f) => (f.relative in changes ? { ...f, text: changes[f.relative]! } : f));
  for (const [relative, text] of Object.entries(changes)) {
    if (!files.some((f) => f.relative === relative)) files.push({ path: `content/${relative}`, relative, text });
  }
  const { problems } = checkContent(files, { schedule });
  return problems.filter((p) => p.level === 'fout').map((p) => `${p.file}:${p.line ?? ''} ${p.field ?? ''} ${p.message}`);
}

const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && Object.keys(v).length === 0);

/**
 * What Sveltia CMS saves for a new entry: fields in config order, defaults filled in (booleans
 * false), objects only when added, empty optional fields left out (output.omit_empty_optional_fields).
 */
function sveltiaValues(fields: AnyField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    let v = values[f.name];
    if (v === undefined && 'default' in f) v = f.default;
    if (v === undefined && f.widget === 'boolean') v = false;
    if (f.widget === 'object' && v && typeof v === 'object') v = sveltiaValues(f.fields as AnyField[], v as Record<string, unknown>);
    if (f.widget === 'list' && Array.isArray(v) && f.fields) v = v.map((item) => sveltiaValues(f.fields as AnyField[], item as Record<string, unknown>));
    if (isEmpty(v) && !f.required) continue;
    out[f.name] = v;
  }
  return out;
}

function writeAsSveltia(collection: string, values: Record<string, unknown>, quote: 'PLAIN' | 'QUOTE_DOUBLE' = 'PLAIN'): string {
  const config = collectionConfig(collection);
  const data = sveltiaValues(config.fields ?? [], values);
  const options = { ...SVELTIA_YAML_OPTIONS, defaultStringType: quote, singleQuote: quote === 'PLAIN' };
  const format: CmsFormat | undefined = config.format ? result.formats[config.format] : undefined;
  if (format) return writeFromEditor(data, format, (d) => stringify(d, null, options));
  const { body, ...front } = data as { body?: string };
  const yaml = stringify(front, null, options).trim();
  return collection === 'wijken' || collection === 'locaties' || collection === 'organisaties' ? `${yaml}\n` : `---\n${yaml}\n---\n\n${body ?? ''}\n`;
}

describe('files shaped as the web editor writes them pass the check', () => {
  const fixtures = join('tests', 'editors', 'fixtures', 'sveltia-0.221.1');
  const written = readdirSync(fixtures, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|yaml)$/.test(f) && !f.endsWith('README.md'));

  test('there are files saved by Sveltia CMS itself', () => {
    expect(written.length).toBeGreaterThanOrEqual(6);
  });

  test.each(written)('%s, saved by Sveltia CMS 0.221.1', (relative) => {
    const text = readFileSync(join(fixtures, relative), 'utf8');
    expect(errorsWith({ [relative.split('\\').join('/')]: text })).toEqual([]);
  });

  const koffie = {
    titel: 'Koffieochtend in De Wiershoeck',
    samenvatting: 'Elke dinsdag koffie, thee en een praatje. Iedereen is welkom.',
    locatie: 'de-wiershoeck',
    organisator: 'bakkie-aan-de-deur',
    themas: ['ontmoeting'],
    doelgroepen: ['iedereen'],
    datum: '2026-12-05',
    tijd: '10:00-12:00',
    kosten: { soort: 'bedrag', bedrag: 2.5, toelichting: 'Inclusief koffie' },
    aanmelden: { nodig: true, via: 'mailto:info@bo-beijum.nl', uiterlijk: '2026-12-01', max_deelnemers: 20 },
    toegankelijkheid: ['rolstoeltoegankelijk'],
    wijken: [],
    online: '',
    contact: { naam: 'Bakkie aan de deur', email: 'bakkie@bo-beijum.nl', telefoon: '' },
    body: 'Kom gezellig koffie drinken.\n\n## Voor wie\n\nVoor iedereen uit de wijk.',
  };

  test.each(['PLAIN', 'QUOTE_DOUBLE'] as const)('a new one-day activity (strings %s)', (quote) => {
    const text = writeAsSveltia('activiteiten', koffie, quote);
    expect(text).toContain('datum: ');
    expect(text).not.toContain('wijken:');
    expect(text).toContain('status: ');
    expect(errorsWith({ 'activiteiten/nieuwe-koffieochtend.md': text })).toEqual([]);
  });

  test('a new recurring activity with changes on single dates', () => {
    const text = writeAsSveltia('activiteiten', {
      titel: 'Samen eten',
      samenvatting: 'Twee keer per maand een warme maaltijd.',
      locatie: 'kerk-lewenborg',
      kosten: { soort: 'vrijwillige-bijdrage' },
      herhaling: {
        elke: 'maand',
        dagen: ['donderdag'],
        week_van_de_maand: ['tweede', 'vierde'],
        tijd: '17:30-19:30',
        vanaf: '2026-09-10',
        behalve: ['2026-12-24'],
        extra: [],
      },
      wijzigingen: [{ datum: '2027-01-14', status: 'geannuleerd', toelichting: 'Zaal bezet' }],
    });
    expect(text).toContain('kosten: vrijwillige-bijdrage');
    expect(text).toContain('feestdagen: overslaan');
    expect(errorsWith({ 'activiteiten/samen-eten-nieuw.md': text })).toEqual([]);
  });

  test('a new activity on separate days, and a new project with a budget', () => {
    const activity = writeAsSveltia('activiteiten', {
      titel: 'Droomsessies',
      samenvatting: 'Kinderen tekenen hun droomwijk.',
      online: 'https://example.org/sessie',
      wijken: ['beijum'],
      data: [{ datum: '2027-01-13', tijd: '14:00-15:30' }, { datum: '2027-03-10' }],
    });
    const project = writeAsSveltia('projecten', {
      naam: 'Buurtkamer',
      samenvatting: 'Een huiskamer voor de buurt.',
      status: 'uitvoering',
      periode: { van: '2027-Q1', tot: '2027-Q4' },
      ambities: [{ naam: 'leefbaarheid', waarde: 60 }, { naam: 'economie', waarde: 40 }],
      begroting: {
        posten: [{ post: 'Huur', bedragen: [{ jaar: 2027, waarde: 1200 }] }],
        dekking: [{ bron: 'Wijkbudget', bedragen: [{ jaar: 2027, waarde: 1200 }], status: 'toegezegd' }],
        totaal: [{ jaar: 2027, waarde: 1200 }],
      },
      indicatoren: [{ naam: 'Bezoekers per week', streefwaarde: 30, nulmeting: { periode: '2026', waarde: 0 } }],
    });
    expect(project).toMatch(/'2027': 1200/);
    expect(errorsWith({ 'activiteiten/droomsessies.md': activity, 'projecten/buurtkamer.md': project })).toEqual([]);
  });

  test('a new initiative, wijk and locatie', () => {
    const files = {
      'initiatieven/buurtmoestuin-zuid.md': writeAsSveltia('initiatieven', {
        naam: 'Buurtmoestuin Zuid',
        samenvatting: 'Samen groente kweken.',
        status: 'actief',
        sinds: '2021',
        financiering: ['wijkbudget'],
        hulp_gezocht: [{ wat: 'Iemand die water geeft', tijd: '1 uur per week' }],
      }),
      'wijken/nieuwe-wijk.yaml': writeAsSveltia('wijken', { naam: 'Nieuwe wijk', postcodes: ['9741'] }),
      'locaties/nieuwe-plek.yaml': writeAsSveltia('locaties', {
        naam: 'Nieuwe plek',
        adres: 'Dorpsstraat 1',
        postcode: '9741 AB',
        plaats: 'Groningen',
        wijk: 'nieuwe-wijk',
        coordinaten: { lat: 53.2, lon: 6.5 },
      }),
    };
    expect(files['initiatieven/buurtmoestuin-zuid.md']).toContain('sinds: 2021\n');
    expect(errorsWith(files)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------
// The built /admin/ pages.

describe('the built web editor', () => {
  const out = SITES[0].outDir;
  const admin = join(out, 'admin');

  test('has the editor page, the configuration and the application, from the site itself', () => {
    for (const file of ['index.html', 'config.yml', 'sveltia-cms.js', 'voorbereiden.js']) {
      expect(existsSync(join(admin, file)), file).toBe(true);
    }
    const editorPage = existsSync(join(admin, 'oefenen', 'index.html')) ? join(admin, 'oefenen', 'index.html') : join(admin, 'index.html');
    const html = readFileSync(editorPage, 'utf8');
    expect(html).toContain('<html lang="nl"');
    expect(html).toMatch(/<title>Webeditor – [^<]+<\/title>/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    const siteUrl = site.url.replace(/\/$/, '');
    expect(urls.filter((u) => !u.startsWith('/') && !u.startsWith('#') && !u.startsWith(`${siteUrl}/`))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining(['/admin/config.yml', '/admin/voorbereiden.js', '/admin/sveltia-cms.js']));
  });

  test('serves the configuration generated from the schemas', () => {
    const served = parse(readFileSync(join(admin, 'config.yml'), 'utf8')) as { collections: { name?: string }[] };
    expect(served.collections.map((c) => c.name ?? '—')).toEqual(
      (result.config.collections ?? []).map((c) => ('name' in c && c.name) || '—'),
    );
  });

  test('relies only on Sveltia internals that this version has', () => {
    const require = createRequire(import.meta.url);
    const root = resolve(require.resolve('@sveltia/cms'), '..', '..');
    const bundle = readFileSync(join(root, 'dist', 'sveltia-cms.js'), 'utf8');
    // voorbereiden.js seeds the Dutch texts under these keys and holds the automatic start.
    for (const marker of ['`sveltia-cms.locale`', '_locale:', '_version:', '`sveltia-cms.prefs`', 'window.CMS_MANUAL_INIT', 'registerCustomFormat']) {
      expect(bundle, marker).toContain(marker);
    }
    expect(existsSync(join(root, 'locales', 'nl.json'))).toBe(true);
    const served = readFileSync(join(admin, 'voorbereiden.js'), 'utf8');
    const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
    expect(served).toContain(`var VERSION = "${version}"`);
    expect(readFileSync(join(admin, 'sveltia-cms.js'), 'utf8')).not.toContain('sourceMappingURL');
  });
});
