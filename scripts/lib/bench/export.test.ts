import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { buildExport, splitFrontMatter, toMarkdown, writeExport } from './export.ts';

describe('plain-Markdown export for the baselines', () => {
  test('front matter survives quotes, colons and non-ASCII text', () => {
    const md = toMarkdown({
      section: 'agenda',
      slug: 'koffie',
      title: 'Koffie: "samen" aan tafel – café',
      samenvatting: 'Iedereen is welkom.',
      velden: [{ label: 'Wanneer', waarde: 'elke dinsdag, 10.00 – 12.00 uur' }],
      data: ['dinsdag 1 december 2026, 10.00 – 12.00 uur'],
      body: '## Wat\n\nKoffie.',
    });
    const { data, body } = splitFrontMatter(md);
    expect(data).toEqual({
      title: 'Koffie: "samen" aan tafel – café',
      samenvatting: 'Iedereen is welkom.',
      velden: [{ label: 'Wanneer', waarde: 'elke dinsdag, 10.00 – 12.00 uur' }],
      data: ['dinsdag 1 december 2026, 10.00 – 12.00 uur'],
    });
    expect(body.trim()).toBe('## Wat\n\nKoffie.');
  });

  const dir = mkdtempSync(join(tmpdir(), 'ww-export-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an activity gets its schedule in words, next dates, place and wijk from the content folder', () => {
    const content = join(dir, 'content');
    for (const folder of ['activiteiten', 'locaties', 'wijken']) mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, 'wijken', 'noord.yaml'), 'naam: Noord\n');
    writeFileSync(join(content, 'locaties', 'het-huis.yaml'), 'naam: Het Huis\nadres: Straat 1\nplaats: Groenhaven\nwijk: noord\n');
    writeFileSync(
      join(content, 'activiteiten', 'koffie.md'),
      '---\ntitel: Koffie\nsamenvatting: Samen koffie drinken.\nlocatie: het-huis\nherhaling: { elke: week, dagen: [dinsdag], vanaf: 2026-01-06 }\ntijd: "10:00-12:00"\nkosten: gratis\n---\nKom langs.\n',
    );
    const [entry] = buildExport(content, '2026-11-25');
    expect(entry?.title).toBe('Koffie');
    expect(entry?.velden).toEqual([
      { label: 'Wanneer', waarde: expect.stringContaining('dinsdag') },
      { label: 'Waar', waarde: 'Het Huis, Straat 1, Groenhaven' },
      { label: 'Wijk', waarde: 'Noord' },
      { label: 'Kosten', waarde: 'gratis' },
    ]);
    expect(entry?.data).toHaveLength(5);
    expect(entry?.data[0]).toMatch(/^dinsdag 1 december 2026/);

    const out = join(dir, 'export');
    expect(writeExport(buildExport(content, '2026-11-25'), out)).toBe(1);
    const written = parse(readFileSync(join(out, 'agenda', 'koffie.md'), 'utf8').split('---')[1]!) as { title: string };
    expect(written.title).toBe('Koffie');
  });
});
