/**
 * The content check as an editor meets it: `npm run check` on a copy of the demo content with ten
 * different planted mistakes gives ten lines naming file, field and fix, exit code 1 and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

function runCheck(contentDir: string) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, TODAY: '2026-11-25' },
  });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function edit(root: string, file: string, change: (text: string) => string) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`planting a mistake in ${file} changed nothing`);
  writeFileSync(path, after);
}

describe('npm run check on the demo content', () => {
  test('passes with exit code 0 and a summary line', () => {
    const result = runCheck('content');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Controle van content: \d+ bestanden, 0 fouten/);
  });
});

describe('npm run check with ten planted mistakes', () => {
  let dir: string;
  let result: ReturnType<typeof runCheck>;
  let lines: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ww-check-'));
    cpSync('content', dir, { recursive: true });
    edit(dir, 'activiteiten/koffieochtend-wiershoeck.md', (t) => t.replace('dagen: [dinsdag]', 'dagen: [dinsdg]'));
    edit(dir, 'activiteiten/taalcafe-vinkhuizen.md', (t) => t.replace('locatie: buurtcentrum-vinkhuizen', 'locatie: buurtcentrum-vinkhuisen'));
    edit(dir, 'activiteiten/creatief-atelier.md', (t) => t.replace(/^titel: .*\n/m, ''));
    edit(dir, 'activiteiten/ideeencafe-lewenborg.md', (t) => t.replace(/^datum: .*$/m, 'datum: 2027-02-30'));
    edit(dir, 'activiteiten/warme-plek-floreshuis.md', (t) => t.replace(/tot_en_met: .*/, 'tot_en_met: 2025-01-01'));
    edit(dir, 'projecten/wijkdeal-de-wijert.md', (t) =>
      t.replace('  dekking:', '  totaal: { 2026: 34800, 2027: 30000 }\n  dekking:'),
    );
    edit(dir, 'projecten/wijkondersteuner-beijum-lewenborg.md', (t) => t.replace('  economie: 5', '  economie: 0'));
    edit(dir, 'nieuws/' + readdirFirst(dir, 'nieuws'), (t) => t.replace(/^titel:/m, 'afbeelding: ./foto.jpg\ntitel:'));
    writeFileSync(join(dir, 'nieuws', 'foto.jpg'), 'not really a jpeg');
    edit(dir, 'locaties/het-dok.yaml', (t) => t.replace(/^plaats: (.*)$/m, '  plaats: $1'));
    edit(dir, 'organisaties/humanitas.yaml', (t) => `${t.trimEnd()}\nwebsiteadres: https://www.humanitas.nl\n`);
    result = runCheck(dir);
    lines = result.stdout.split('\n').filter((line) => line.includes(basename(dir)));
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('exits with code 1 within 5 seconds and prints no stack trace', () => {
    expect(result.status).toBe(1);
    expect(result.seconds).toBeLessThan(5);
    expect(result.stdout + result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$|Error:|TypeError|ZodError/m);
  });

  test('reports exactly ten errors, one line each', () => {
    expect(result.stdout).toMatch(/10 fouten/);
  });

  const expected: [string, RegExp][] = [
    ['misspelt weekday', /koffieochtend-wiershoeck\.md:\d+ herhaling\.dagen: "dinsdg" is geen weekdag\. Bedoel je "dinsdag"\?/],
    ['unknown locatie', /taalcafe-vinkhuizen\.md:\d+ locatie: "buurtcentrum-vinkhuisen" bestaat niet als locatie\. Bedoel je "buurtcentrum-vinkhuizen"\?/],
    ['missing titel', /creatief-atelier\.md:\d+ titel: ontbreekt\. Vul dit verplichte veld in/],
    ['impossible date', /ideeencafe-lewenborg\.md:\d+ datum: "2027-02-30" bestaat niet als datum/],
    ['tot_en_met before vanaf', /warme-plek-floreshuis\.md:\d+ herhaling\.tot_en_met: 2025-01-01 ligt vóór vanaf/],
    ['begroting total off by 800', /wijkdeal-de-wijert\.md:\d+ begroting\.totaal\.2026: het totaal voor 2026 is € 34\.800, maar de posten tellen op tot € 34\.000: € 800 te veel/],
    ['ambities adding to 95', /wijkondersteuner-beijum-lewenborg\.md:\d+ ambities: de punten tellen op tot 95 in plaats van 100\. Verdeel nog 5 punten/],
    ['image without alt', /nieuws\/.+\.md:\d+ afbeelding_alt: ontbreekt\. Een afbeelding heeft een beschrijving nodig/],
    ['broken YAML indentation', /het-dok\.yaml:\d+ de YAML klopt niet/],
    ['unknown key', /humanitas\.yaml:\d+ websiteadres: "websiteadres" is geen bekend veld\. Bedoel je "website"\?/],
  ];
  test.each(expected)('names the file, line, field and fix for: %s', (_name, pattern) => {
    expect(lines.some((line) => pattern.test(line)), `no line matches ${pattern}\n${lines.join('\n')}`).toBe(true);
  });
});

describe('the original Melle budget', () => {
  test('fails because its stated totals are € 800 above the lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ww-melle-'));
    try {
      cpSync('examples/uden-melle', dir, { recursive: true });
      cpSync('tests/fixtures/melle-begroting-origineel/projecten/deelproject-melle.md', join(dir, 'projecten', 'deelproject-melle.md'));
      const result = runCheck(dir);
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/begroting\.totaal\.2020: het totaal voor 2020 is € 100\.000, maar de posten tellen op tot € 99\.200: € 800 te veel/);
      expect(result.stdout).toMatch(/begroting\.totaal\.2021: het totaal voor 2021 is € 95\.000, maar de posten tellen op tot € 94\.200: € 800 te veel/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function readdirFirst(root: string, folder: string): string {
  const first = readdirSync(join(root, folder)).filter((name) => name.endsWith('.md')).sort()[0];
  if (!first) throw new Error(`no Markdown file in ${folder}`);
  return first;
}
