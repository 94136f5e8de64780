import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from './check/check-content.ts';
import { indexContent } from './import/content-index.ts';
import {
  SOORTEN,
  collectValues,
  collectionOf,
  flagPath,
  missingMessage,
  newSlug,
  scaffoldText,
  toYamlLines,
  valuesFromFlags,
  yamlScalar,
  type Question,
} from './scaffold.ts';
import { childOf, shapeOf, unionOptions } from './schema-walk.ts';
import { ActiviteitSchema } from '../schemas/activiteit.ts';
import type { z } from 'zod';

const TODAY = '2026-11-25';

function readFolder(root: string): ContentFile[] {
  const out: ContentFile[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push({ path: `content/${relative(root, full)}`, relative: relative(root, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return out;
}

const files = readFolder('content');
const index = indexContent(files);
const ctx = { index, today: TODAY };
const soort = (naam: string) => SOORTEN.find((s) => s.naam === naam)!;

/** Every field name of a schema, nested ones included. */
function fieldNames(schema: z.core.$ZodType, out = new Set<string>()): Set<string> {
  const shape = shapeOf(schema);
  if (shape) {
    for (const [key, field] of Object.entries(shape)) {
      out.add(key);
      fieldNames(field, out);
    }
    return out;
  }
  const child = childOf(schema);
  if (child) fieldNames(child, out);
  for (const option of unionOptions(schema) ?? []) fieldNames(option, out);
  return out;
}

/** Removes "# " from every commented field line, as an editor does to use a field. */
function uncommentAll(text: string): string {
  return text
    .split('\n')
    .map((line) => (/^# {1,}(- )?[a-z_]+:/.test(line) || /^# {3,}/.test(line) ? line.slice(2) : line))
    .join('\n');
}

function frontMatter(text: string): string {
  return text.startsWith('---') ? text.split('\n---')[0]!.slice(4) : text;
}

const minimal: Record<string, Record<string, string>> = {
  activiteit: { samenvatting: 'Elke dinsdag koffie.', locatie: 'de-wiershoeck', datum: '2026-12-05', tijd: '10:00-12:00' },
  initiatief: { samenvatting: 'Buren helpen buren.', status: 'actief' },
  project: { samenvatting: 'Een project voor de wijk.', status: 'voorbereiding' },
  nieuws: { samenvatting: 'Er is nieuws.', datum: '2026-11-20' },
  locatie: { adres: 'Dorpsstraat 1', plaats: 'Groningen' },
  organisatie: { soort: 'vereniging' },
};

describe.each(SOORTEN.map((s) => [s.naam, s] as const))('scaffoldText for %s', (naam, s) => {
  const { values, problems } = valuesFromFlags(s, minimal[naam]!, ctx);
  const text = scaffoldText(s, { [s.titleKey]: 'Nieuwe test', ...values }, ctx);

  test('the given values are valid flags', () => expect(problems).toEqual([]));

  test('names every field of the schema, nested fields included', () => {
    for (const key of fieldNames(collectionOf(s).schema)) expect(text).toMatch(new RegExp(`^(# )?\\s*(- )?${key}:`, 'm'));
  });

  test('every commented field can be switched on by removing "# ": the YAML still parses and has every top-level field', () => {
    const yaml = parse(frontMatter(uncommentAll(text))) as Record<string, unknown>;
    expect(Object.keys(yaml).sort()).toEqual(Object.keys(shapeOf(collectionOf(s).schema)!).sort());
  });

  test('the new file passes the content check', () => {
    const slug = newSlug(s, 'Nieuwe test', values, index);
    const rel = `${s.collection}/${slug}${s.ext}`;
    const result = checkContent([...files, { path: `content/${rel}`, relative: rel, text }]);
    expect(result.problems.filter((p) => p.file === `content/${rel}` && p.level === 'fout')).toEqual([]);
  });
});

describe('scaffoldText', () => {
  test('a filled recurring activity shows the pattern and keeps the other date forms as comments', () => {
    const { values } = valuesFromFlags(soort('activiteit'), { samenvatting: 'Koffie.', locatie: 'De Wiershoeck', elke: 'elke 2 weken', dagen: 'di', vanaf: '1-12-2026', tijd: '10.00-12.00' }, ctx);
    const text = scaffoldText(soort('activiteit'), { titel: 'Koffie', ...values }, ctx);
    expect(text).toContain('herhaling:\n  elke: 2-weken\n  dagen: [dinsdag]\n  tijd: "10:00-12:00"\n  vanaf: 2026-12-01\n');
    expect(text).toMatch(/^# datum: 2026-11-25 +# ← Datum \(voor één dag\)$/m);
    expect(text).toMatch(/^# Wanneer: precies één van datum/m);
  });
});

describe('valuesFromFlags', () => {
  test('reads Dutch ways of writing and resolves names to slugs', () => {
    const { values, problems } = valuesFromFlags(
      soort('activiteit'),
      { locatie: 'Wijkcentrum De Wiershoeck', themas: 'Ontmoeting, sport en bewegen', kosten: '€ 2,50', 'aanmelden.via': 'info@bo-beijum.nl', 'contact-email': 'info@bo-beijum.nl', datum: '5-12-2026', tijd: '10.00 - 12.00' },
      ctx,
    );
    expect(problems).toEqual([]);
    expect(values).toEqual({
      locatie: 'de-wiershoeck',
      themas: ['ontmoeting', 'sport-en-bewegen'],
      kosten: { bedrag: 2.5 },
      aanmelden: { via: 'mailto:info@bo-beijum.nl' },
      contact: { email: 'info@bo-beijum.nl' },
      datum: '2026-12-05',
      tijd: '10:00-12:00',
    });
  });

  test('puts --tijd inside the pattern when the activity repeats', () => {
    const { values } = valuesFromFlags(soort('activiteit'), { elke: 'week', dagen: 'do', vanaf: '2026-12-03', tijd: '14:00-16:00', week: 'laatste' }, ctx);
    expect(values).toEqual({ herhaling: { elke: 'week', dagen: ['donderdag'], vanaf: '2026-12-03', tijd: '14:00-16:00', week_van_de_maand: 'laatste' } });
  });

  test('names unknown options and values in Dutch, with a suggestion', () => {
    const { problems } = valuesFromFlags(soort('activiteit'), { samenvating: 'x', locatie: 'de wiershoek', datum: '31-2-2027' }, ctx);
    expect(problems).toEqual([
      '--samenvating is geen veld van een activiteit. Bedoel je --samenvatting?',
      '--locatie: "de wiershoek" bestaat niet als locatie. Bedoel je "de-wiershoeck"?',
      '--datum: "31-2-2027" bestaat niet als datum. Controleer dag en maand',
    ]);
  });

  test('flagPath finds nested fields written with a hyphen or a dot', () => {
    expect(flagPath(soort('activiteit'), 'tot-en-met')).toEqual(['herhaling', 'tot_en_met']);
    expect(flagPath(soort('activiteit'), 'contact.telefoon')).toEqual(['contact', 'telefoon']);
    expect(flagPath(soort('locatie'), 'coordinaten-lat')).toEqual(['coordinaten', 'lat']);
    expect(flagPath(soort('locatie'), 'onzin')).toBeUndefined();
  });
});

describe('collectValues', () => {
  const scripted = (answers: string[]) => {
    const asked: Question[] = [];
    return {
      asked,
      ask: async (q: Question) => {
        asked.push(q);
        return answers.shift() ?? '';
      },
    };
  };

  test('asks in a terminal for summary, place, date pattern and time, and accepts a number from the list', async () => {
    const { ask, asked } = scripted(['Elke dinsdag koffie.', 'de-wiershoeck', 'elke week', 'di', '1-12-2026', '10-12', '']);
    const { values, missing } = await collectValues(soort('activiteit'), 'Koffie', {}, ask, ctx);
    expect(missing).toEqual([]);
    expect(values).toEqual({
      titel: 'Koffie',
      samenvatting: 'Elke dinsdag koffie.',
      locatie: 'de-wiershoeck',
      herhaling: { elke: 'week', dagen: ['dinsdag'], vanaf: '2026-12-01', tijd: '10:00-12:00' },
    });
    expect(asked.map((q) => q.flag)).toEqual(['samenvatting', 'locatie', 'datum', 'dagen', 'vanaf', 'tijd', 'tot-en-met']);
  });

  test('asks again, with the reason, when an answer cannot be read', async () => {
    const { ask, asked } = scripted(['Koffie.', 'online', 'meet punt jitsi', 'https://meet.jit.si/koffie', 'beijum', '31-11-2026', '2026-12-01', '']);
    const { values, missing } = await collectValues(soort('activiteit'), 'Koffie online', {}, ask, ctx);
    expect(missing).toEqual([]);
    expect(values).toMatchObject({ online: 'https://meet.jit.si/koffie', wijk: 'beijum', datum: '2026-12-01' });
    const reasons = asked.flatMap((q) => (q.fout === undefined ? [] : [`${q.flag}: ${q.fout}`]));
    expect(reasons).toHaveLength(2);
    expect(reasons[0]).toMatch(/^online: "meet punt jitsi"/);
    expect(reasons[1]).toBe('datum: "31-11-2026" bestaat niet als datum. Controleer dag en maand');
  });

  test('without a terminal lists what is missing, and the message names the flags', async () => {
    const { missing } = await collectValues(soort('activiteit'), 'Koffie', {}, async () => undefined, ctx);
    expect(missing.map((q) => q.flag)).toEqual(['samenvatting', 'locatie', 'datum']);
    const message = missingMessage(soort('activiteit'), 'Koffie', missing);
    expect(message).toMatch(/--samenvatting "…"/);
    expect(message).toMatch(/--locatie \S+ \(of --online https:\/\/…\)/);
    expect(message).toMatch(/--datum 2026-11-25 \(of --elke week --dagen dinsdag --vanaf 2026-11-25\)/);
    expect(message).toMatch(/Bijvoorbeeld: npm run nieuw -- activiteit "Koffie" --samenvatting/);
  });

  test('a news item takes today as its date when nobody says otherwise', async () => {
    const { values, missing } = await collectValues(soort('nieuws'), 'Bericht', { samenvatting: 'Kort.' }, async () => undefined, ctx);
    expect(missing).toEqual([]);
    expect(values.datum).toBe(TODAY);
  });
});

describe('newSlug', () => {
  test('counts on when the name exists, and never uses a reserved agenda name', () => {
    expect(newSlug(soort('activiteit'), 'Koffieochtend Wiershoeck', {}, index)).toBe('koffieochtend-wiershoeck-2');
    expect(newSlug(soort('activiteit'), 'Print', {}, index)).toBe('print-2');
    expect(newSlug(soort('activiteit'), '2026', {}, index)).toBe('2026-2');
  });

  test('organisations and initiatives share their names', () => {
    expect(newSlug(soort('organisatie'), 'Oude Bieb', {}, index)).toBe('oude-bieb-2');
  });

  test('a news item starts with its date', () => {
    expect(newSlug(soort('nieuws'), 'Nieuwe buurtkamer', { datum: '2026-12-01' }, index)).toBe('2026-12-01-nieuwe-buurtkamer');
  });
});

describe('toYamlLines and yamlScalar', () => {
  test.each([
    ['Koffie en thee', 'Koffie en thee'],
    ['Let op: vol', '"Let op: vol"'],
    ['ja', 'ja'],
    ['true', '"true"'],
    ['2026-12-05', '"2026-12-05"'],
    ['10:00', '"10:00"'],
    ['# geen kop', '"# geen kop"'],
    ["Café 't Hoekje", "Café 't Hoekje"],
    ['- lijst', '"- lijst"'],
    ['12', '"12"'],
  ])('text %j is written as %s', (input, output) => expect(yamlScalar(input, undefined)).toBe(output));

  test('dates of date fields stay bare, times are always quoted, lists of words flow', () => {
    const lines = toYamlLines(
      { titel: 'X', herhaling: { elke: 'week', dagen: ['dinsdag'], tijd: '10:00', vanaf: '2026-12-01' }, data: [{ datum: '2026-12-05', tijd: '10:00-12:00' }] },
      ActiviteitSchema,
    );
    expect(lines).toEqual([
      'titel: X',
      'data:',
      '  - { datum: 2026-12-05, tijd: "10:00-12:00" }',
      'herhaling:',
      '  elke: week',
      '  dagen: [dinsdag]',
      '  tijd: "10:00"',
      '  vanaf: 2026-12-01',
    ]);
  });
});
