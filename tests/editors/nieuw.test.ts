/**
 * `npm run nieuw` as an editor meets it without a terminal (CI, the issue-form workflow): missing
 * values are named as options, a complete command writes a file that passes the check, an
 * existing file is never overwritten, and the new activity appears in the built agenda.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TODAY, copyContent, runScript } from './helpers.ts';

const KOFFIE = [
  'activiteit',
  'Koffie & taart bij Café ’t Hoekje',
  '--samenvatting',
  'Elke tweede en vierde dinsdag koffie met taart. Iedereen is welkom.',
  '--locatie',
  'Wijkcentrum De Wiershoeck',
  '--elke',
  'maand',
  '--dagen',
  'dinsdag',
  '--week',
  'tweede en vierde',
  '--vanaf',
  '8-12-2026',
  '--tijd',
  '14.00 - 16.00',
  '--themas',
  'ontmoeting',
  '--kosten',
  'vrijwillige bijdrage',
];

describe('npm run nieuw without a terminal', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyContent();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('names every missing value as an option, in Dutch, and writes nothing', () => {
    const before = readdirSync(join(dir, 'activiteiten')).length;
    const result = runScript('nieuw', ['activiteit', 'Koffieochtend'], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Er ontbreken gegevens om een activiteit te maken/);
    expect(result.stderr).toMatch(/--samenvatting "…"/);
    expect(result.stderr).toMatch(/--locatie \S+ \(of --online https:\/\/…\)/);
    expect(result.stderr).toMatch(/--datum \S+ \(of --elke week --dagen dinsdag --vanaf \S+\)/);
    expect(readdirSync(join(dir, 'activiteiten')).length).toBe(before);
  });

  test('an unknown kind is named with the kinds that exist', () => {
    const result = runScript('nieuw', ['activitijd', 'X'], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/"activitijd" is geen soort die npm run nieuw kent\. Kies uit: activiteit, initiatief, project, nieuws, locatie, organisatie/);
  });

  test('with all values it writes a file that passes the check, and says what to do next', () => {
    const result = runScript('nieuw', KOFFIE, { CONTENT_DIR: dir });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/Gemaakt: \S*activiteiten\/koffie-en-taart-bij-cafe-t-hoekje\.md/);
    expect(result.stdout).toMatch(/Volgende stap:/);
    const text = readFileSync(join(dir, 'activiteiten', 'koffie-en-taart-bij-cafe-t-hoekje.md'), 'utf8');
    expect(text).toMatch(/^titel: Koffie & taart bij Café ’t Hoekje$/m);
    expect(text).toMatch(/^ {2}week_van_de_maand: \[tweede, vierde\]$/m);
    expect(text).toMatch(/^# wijzigingen: +# ← /m);
    const check = runScript('check', [], { CONTENT_DIR: dir });
    expect(check.status, check.output).toBe(0);
  });

  test('the same title again makes a second file and never overwrites the first', () => {
    const first = readFileSync(join(dir, 'activiteiten', 'koffie-en-taart-bij-cafe-t-hoekje.md'), 'utf8');
    const result = runScript('nieuw', KOFFIE, { CONTENT_DIR: dir });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/koffie-en-taart-bij-cafe-t-hoekje-2\.md/);
    expect(readFileSync(join(dir, 'activiteiten', 'koffie-en-taart-bij-cafe-t-hoekje.md'), 'utf8')).toBe(first);
  });

  test('values the check refuses stop the command before anything is written', () => {
    const result = runScript(
      'nieuw',
      ['activiteit', 'Online bijeenkomst', '--samenvatting', 'Praten over de buurt.', '--online', 'https://meet.jit.si/buurt', '--datum', '2026-12-10', '--wijk', 'beijum', '--aanmelden.nodig', 'ja'],
      { CONTENT_DIR: dir },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/Het bestand is niet gemaakt, want de controle vond problemen/);
    expect(result.stderr).toMatch(/aanmelden\.via: ontbreekt/);
    expect(existsSync(join(dir, 'activiteiten', 'online-bijeenkomst.md'))).toBe(false);
  });

  test('--droog shows the file and writes nothing', () => {
    const result = runScript('nieuw', ['organisatie', 'Buurtvereniging De Linde', '--soort', 'vereniging', '--droog'], { CONTENT_DIR: dir });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/^naam: Buurtvereniging De Linde$/m);
    expect(existsSync(join(dir, 'organisaties', 'buurtvereniging-de-linde.yaml'))).toBe(false);
  });
});

describe('a new activity made with npm run nieuw appears in the built agenda', () => {
  let dir: string;
  let out: string;
  beforeAll(() => {
    dir = copyContent('content', undefined, true);
    out = join(tmpdir(), `ww-nieuw-dist-${process.pid}`);
    const made = runScript('nieuw', KOFFIE, { CONTENT_DIR: dir });
    if (made.status !== 0) throw new Error(made.output);
  }, 120_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  });

  test(
    'its page is built and the December agenda lists it',
    () => {
      const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      expect(build.status, build.stdout + build.stderr).toBe(0);
      const page = readFileSync(join(out, 'agenda', 'koffie-en-taart-bij-cafe-t-hoekje', 'index.html'), 'utf8');
      expect(page.includes('Koffie &amp; taart bij Café ’t Hoekje')).toBe(true);
      // Second and fourth Tuesday from 8 December: 8 and 22 December.
      const december = readFileSync(join(out, 'agenda', '2026', '12', 'index.html'), 'utf8');
      expect(december.split('href="/agenda/koffie-en-taart-bij-cafe-t-hoekje/"').length - 1).toBe(2);
    },
    300_000,
  );
});
