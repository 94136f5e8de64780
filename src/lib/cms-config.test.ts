import { parse, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { Field } from '@sveltia/cms';
import { SVELTIA_YAML_OPTIONS, readForEditor, writeFromEditor, type CmsFormat } from '../pages/admin/_vormen.ts';
import { COLLECTIONS, SiteSchema, ref, type CollectionDef } from '../schemas/index.ts';
import { DatumSchema, TIJD_PATTERN, TijdSchema } from '../schemas/common.ts';
import { buildCmsConfig, humanise, repositoryContentPath, valueLabel, type CmsConfigInput } from './cms-config.ts';

const SITE = { naam: 'Wijkwijzer Test', url: 'https://test.example.nl' };
const input = (extra: Partial<CmsConfigInput> = {}): CmsConfigInput => ({
  collections: COLLECTIONS,
  siteSchema: SiteSchema,
  site: SITE,
  contentPath: 'content',
  ...extra,
});

type AnyField = Field & Record<string, unknown>;
type AnyCollection = { name: string; fields: AnyField[]; format?: string; folder?: string; [key: string]: unknown };

function collection(config: ReturnType<typeof buildCmsConfig>['config'], name: string): AnyCollection {
  const found = config.collections?.find((c) => 'name' in c && c.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found as unknown as AnyCollection;
}
const field = (fields: AnyField[], name: string): AnyField => {
  const found = fields.find((f) => f.name === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('labels', () => {
  test('field names become readable Dutch labels', () => {
    expect(humanise('status_toelichting')).toBe('Status toelichting');
    expect(humanise('themas')).toBe('Thema’s');
    expect(humanise('week_van_de_maand')).toBe('Week van de maand');
    expect(humanise('coordinaten')).toBe('Coördinaten');
  });

  test('vocabulary values use the labels the site shows', () => {
    expect(valueLabel('rolstoeltoegankelijk')).toBe('Toegankelijk met een rolstoel');
    expect(valueLabel('vrijwillige-bijdrage')).toBe('Vrijwillige bijdrage');
    expect(valueLabel('geevalueerd')).toBe('Afgerond en geëvalueerd');
    expect(valueLabel('nl')).toBe('Nederlands');
  });
});

describe('repositoryContentPath', () => {
  test('a content folder inside the engine repository keeps its path', () => {
    expect(repositoryContentPath('content')).toBe('content');
    expect(repositoryContentPath('./examples/uden-melle/')).toBe('examples/uden-melle');
  });
  test('a content folder outside it is a repository of its own', () => {
    expect(repositoryContentPath('../beijum-inhoud')).toBe('');
  });
  test('CMS_CONTENT_PATH wins', () => {
    expect(repositoryContentPath('../beijum-inhoud', 'inhoud/')).toBe('inhoud');
    expect(repositoryContentPath('content', '')).toBe('');
  });
});

describe('the backend', () => {
  test('comes from site.yaml cms:', () => {
    const github = buildCmsConfig(input({ site: { ...SITE, cms: { backend: 'github', repo: 'wijkraad/beijum', branch: 'main' } } }));
    expect(github.config.backend).toMatchObject({ name: 'github', repo: 'wijkraad/beijum', branch: 'main' });
    expect(JSON.stringify(github.config.backend)).toContain('Nieuw in {{collection}}');
    const gitlab = buildCmsConfig(input({ site: { ...SITE, cms: { backend: 'gitlab', repo: 'groep/site', branch: 'inhoud' } } }));
    expect(gitlab.config.backend).toMatchObject({ name: 'gitlab', repo: 'groep/site', branch: 'inhoud' });
  });

  test('is the practice store in the browser without cms:', () => {
    expect(buildCmsConfig(input()).config.backend).toEqual({ name: 'test-repo' });
  });
});

describe('collections', () => {
  const { config } = buildCmsConfig(input({ contentPath: '' }));

  test('have Dutch labels, folders, extensions and slugs that match the content check', () => {
    const activiteiten = collection(config, 'activiteiten');
    expect(activiteiten).toMatchObject({
      label: 'Activiteiten',
      label_singular: 'Activiteit',
      folder: 'activiteiten',
      extension: 'md',
      identifier_field: 'titel',
      preview_path: 'agenda/{{slug}}/',
    });
    expect(collection(config, 'themas')).toMatchObject({ label: 'Thema’s', extension: 'yaml', format: 'yaml', folder: 'themas' });
    expect(JSON.stringify(activiteiten.slug)).toContain('^[a-z0-9]+(-[a-z0-9]+)*$');
  });

  test('Markdown collections end with the body text', () => {
    for (const name of ['activiteiten', 'initiatieven', 'projecten', 'nieuws']) {
      const fields = collection(config, name).fields;
      expect(fields.at(-1)).toMatchObject({ name: 'body', widget: 'markdown', required: false });
    }
  });

  test('site.yaml is a file of its own under Instellingen', () => {
    const settings = config.collections?.find((c) => 'name' in c && c.name === 'instellingen') as unknown as {
      files: { file: string; fields: AnyField[] }[];
    };
    expect(settings.files[0]!.file).toBe('site.yaml');
    expect(settings.files[0]!.fields.map((f) => f.name)).toEqual(Object.keys(SiteSchema.shape));
  });
});

describe('field mapping on a small schema', () => {
  const Thing = z.strictObject({
    naam: z.string().min(1).describe('Naam van het ding'),
    soort: z.enum(['groot', 'klein']).default('klein').describe('groot of klein'),
    wanneer: DatumSchema.optional().describe('Datum'),
    tijd: TijdSchema.optional().describe('Tijd'),
    wijk: ref('wijken').optional().describe('Wijk'),
    wijken: z.array(ref('wijken')).optional().describe('Wijken'),
    door: ref('initiatieven', 'organisaties').optional().describe('Wie'),
    aantal: z.number().int().min(1).optional().describe('Aantal'),
    lijst: z.array(z.string()).optional().describe('Lijst'),
    per_jaar: z.record(z.string().regex(/^\d{4}$/), z.number()).optional().describe('Per jaar'),
  });
  const things: CollectionDef = { name: 'nieuws', extensions: ['.md'], markdown: true, schema: Thing, label: 'ding' };
  const result = buildCmsConfig({
    ...input(),
    collections: [things, ...COLLECTIONS.filter((c) => c.name !== 'nieuws')],
    entries: { organisaties: [{ slug: 'wij', naam: 'WIJ' }], initiatieven: [{ slug: 'eensamen', naam: 'Eensamen' }] },
  });
  const fields = collection(result.config, 'nieuws').fields;

  test('required follows optional and default; hints are the descriptions', () => {
    expect(field(fields, 'naam')).toMatchObject({ label: 'Naam', required: true, hint: 'Naam van het ding', widget: 'string' });
    expect(field(fields, 'soort')).toMatchObject({ required: false, default: 'klein', widget: 'select' });
  });

  test('dates, times, numbers and lists get their own widgets', () => {
    expect(field(fields, 'wanneer')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect((field(fields, 'tijd').pattern as string[])[0]).toBe(TIJD_PATTERN.source);
    expect(field(fields, 'aantal')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
    expect(field(fields, 'lijst')).toMatchObject({ widget: 'list' });
  });

  test('references become relations; one to two collections becomes a choice among their entries', () => {
    expect(field(fields, 'wijk')).toMatchObject({ widget: 'relation', collection: 'wijken', value_field: '{{slug}}', search_fields: ['naam'] });
    expect(field(fields, 'wijken')).toMatchObject({ widget: 'relation', collection: 'wijken', multiple: true });
    expect(field(fields, 'door')).toMatchObject({
      widget: 'select',
      options: [
        { label: 'Eensamen (initiatief)', value: 'eensamen' },
        { label: 'WIJ (organisatie)', value: 'wij' },
      ],
    });
    const without = buildCmsConfig({ ...input(), collections: [things] });
    expect(field(collection(without.config, 'nieuws').fields, 'door')).toMatchObject({ widget: 'string' });
  });

  test('a map of years is a table of rows, written back as a map by the custom format', () => {
    expect(field(fields, 'per_jaar')).toMatchObject({ widget: 'list', fields: [{ name: 'jaar', widget: 'number' }, { name: 'waarde', widget: 'number' }] });
    expect(collection(result.config, 'nieuws').format).toBe('wijkwijzer-nieuws-frontmatter');
    expect(result.formats['wijkwijzer-nieuws-frontmatter']!.transforms).toEqual([
      { kind: 'paren', path: ['per_jaar'], sleutel: 'jaar', waarde: 'waarde', sleutelIsGetal: true },
    ]);
  });
});

describe('custom formats (src/pages/admin/_vormen.ts)', () => {
  const { formats } = buildCmsConfig(input());
  const format = (name: string): CmsFormat => formats[`wijkwijzer-${name}-frontmatter`]!;
  const write = (value: Record<string, unknown>, f: CmsFormat) =>
    writeFromEditor(value, f, (data, _r, options: typeof SVELTIA_YAML_OPTIONS) => stringify(data, null, options));
  const read = (text: string, f: CmsFormat) => readForEditor(text, f, (yaml) => parse(yaml));

  test('exist only where the file shape differs from the editor shape', () => {
    expect(Object.keys(formats).sort()).toEqual([
      'wijkwijzer-activiteiten-frontmatter',
      'wijkwijzer-initiatieven-frontmatter',
      'wijkwijzer-projecten-frontmatter',
    ]);
  });

  test('kosten: a word or an amount, both ways', () => {
    const f = format('activiteiten');
    const gratis = read('---\ntitel: A\nkosten: gratis\n---\nTekst\n', f);
    expect(gratis).toEqual({ titel: 'A', kosten: { soort: 'gratis' }, body: 'Tekst' });
    expect(write(gratis, f)).toBe('---\ntitel: A\nkosten: gratis\n---\n\nTekst\n');
    const bedrag = read('---\ntitel: A\nkosten:\n  bedrag: 2.5\n  toelichting: Per keer\n---\n', f);
    expect(bedrag.kosten).toEqual({ soort: 'bedrag', bedrag: 2.5, toelichting: 'Per keer' });
    expect(parse(write(bedrag, f).split('---')[1]!)).toEqual({ titel: 'A', kosten: { bedrag: 2.5, toelichting: 'Per keer' } });
  });

  test('begroting: maps of years survive the editor', () => {
    const f = format('projecten');
    const text = '---\nnaam: P\nbegroting:\n  posten:\n    - post: Huur\n      bedragen: { 2020: 1000, 2021: 1200 }\n  totaal: { 2020: 1000, 2021: 1200 }\nambities:\n  economie: 40\n  leefbaarheid: 60\n---\n';
    const editor = read(text, f);
    expect(editor.begroting).toEqual({
      posten: [{ post: 'Huur', bedragen: [{ jaar: 2020, waarde: 1000 }, { jaar: 2021, waarde: 1200 }] }],
      totaal: [{ jaar: 2020, waarde: 1000 }, { jaar: 2021, waarde: 1200 }],
    });
    expect(editor.ambities).toEqual([{ naam: 'economie', waarde: 40 }, { naam: 'leefbaarheid', waarde: 60 }]);
    expect(parse(write(editor, f).split('---')[1]!)).toEqual(parse(text.split('---')[1]!));
  });

  test('sinds: a year stays a number, a date stays a date', () => {
    const f = format('initiatieven');
    expect(read('---\nsinds: 2019\n---\n', f).sinds).toBe('2019');
    expect(write({ sinds: '2019', body: '' }, f)).toBe('---\nsinds: 2019\n---\n');
    expect(write({ sinds: '2019-05-01', body: '' }, f)).toBe('---\nsinds: 2019-05-01\n---\n');
  });
});
