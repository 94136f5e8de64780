/**
 * `npm run importeer` as an editor uses it: a Google Calendar export with time zones, recurrences,
 * exceptions, overrides, a UTC and an all-day event, imported into a copy of the demo content.
 * The files pass the check, their occurrences (through the site's own engine) equal the source's
 * (expanded independently by Python's recurring_ical_events), and a second import changes nothing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyContent, findPython, occurrencesOfImported, referenceOccurrences, runScript, snapshot } from './helpers.ts';

const FIXTURE = 'tests/editors/fixtures/buurtagenda-google.ics';
const python = findPython();
if (python === null) console.warn('importeer: de vergelijking met Python is overgeslagen (apt install python3-icalendar python3-recurring-ical-events)');

describe('npm run importeer with a Google Calendar export', () => {
  let dir: string;
  let first: ReturnType<typeof runScript>;

  beforeAll(() => {
    dir = copyContent();
    first = runScript('importeer', [FIXTURE, '--wijk', 'beijum', '--locatie', 'de-wiershoeck'], { CONTENT_DIR: dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('imports every future event and skips the past one, exit code 0', () => {
    expect(first.status, first.output).toBe(0);
    expect(first.stdout).toMatch(/12 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 overgeslagen, 0 niet gelukt/);
    expect(first.stdout).toMatch(/overgeslagen Zomerfeest\n\s+reden: de afspraak ligt in het verleden/);
  });

  test('reports per event what could not be mapped exactly', () => {
    expect(first.stdout).toMatch(/Oud papier ophalen[^\n]*\n\s+let op: de herhaling \(FREQ=MONTHLY;BYMONTHDAY=15\) kan niet precies als herhaling/);
    expect(first.stdout).toMatch(/Lentemarkt[^\n]*\n\s+let op: de plek "Plein bij het winkelcentrum" staat niet tussen de locaties; --locatie de-wiershoeck is gebruikt/);
  });

  test('the imported files pass npm run check', () => {
    const check = runScript('check', [], { CONTENT_DIR: dir });
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toMatch(/0 fouten/);
  });

  test('imported series keep holidays and school holidays (the source decides)', () => {
    const soos = snapshot(dir)['buurtsoos.md']!;
    expect(soos).toMatch(/feestdagen: doorgaan/);
    expect(soos).toMatch(/schoolvakanties: doorgaan/);
    expect(soos).toMatch(/bron:\n {2}uid: 4k1q8v3m2b6c9d0e7f5g1h2j3k@google.com/);
  });

  test.skipIf(python === null)('the occurrences equal those of the source, expanded independently', () => {
    const ours = occurrencesOfImported(dir);
    const theirs = referenceOccurrences(python!, FIXTURE);
    expect(ours.length).toBeGreaterThan(100);
    expect(ours).toEqual(theirs);
  });

  test('importing the same file again changes nothing', () => {
    const before = snapshot(dir);
    const again = runScript('importeer', [FIXTURE, '--wijk', 'beijum', '--locatie', 'de-wiershoeck'], { CONTENT_DIR: dir });
    expect(again.status, again.output).toBe(0);
    expect(again.stdout).toMatch(/0 nieuw, 0 bijgewerkt, 12 ongewijzigd, 1 overgeslagen/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a changed source updates the same file, and keeps what the editor added', () => {
    const soos = join(dir, 'activiteiten', 'buurtsoos.md');
    const text = snapshot(dir)['buurtsoos.md']!;
    writeFileSync(soos, text.replace('locatie: de-wiershoeck\n', 'locatie: de-wiershoeck\nthemas: [ontmoeting]\n'));
    const changed = join(dir, 'gewijzigd.ics');
    writeFileSync(changed, readFileSync(FIXTURE, 'utf8').replace('EXDATE;TZID=Europe/Amsterdam:20261224T140000,20261231T140000', 'EXDATE;TZID=Europe/Amsterdam:20261224T140000'));
    const result = runScript('importeer', [changed, '--wijk', 'beijum', '--locatie', 'de-wiershoeck'], { CONTENT_DIR: dir });
    expect(result.stdout).toMatch(/bijgewerkt\s+Buurtsoos → [^\n]*activiteiten\/buurtsoos\.md/);
    expect(result.stdout).toMatch(/0 nieuw, 1 bijgewerkt, 11 ongewijzigd/);
    const updated = snapshot(dir)['buurtsoos.md']!;
    expect(updated).toMatch(/behalve: \[2026-12-24\]/);
    expect(updated).toMatch(/themas: \[ontmoeting\]/);
  });
});

describe('npm run importeer --droog and mistakes', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyContent();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('--droog writes nothing and says so', () => {
    const before = snapshot(dir);
    const result = runScript('importeer', [FIXTURE, '--droog'], { CONTENT_DIR: dir });
    expect(result.stdout).toMatch(/Proefrit/);
    expect(result.stdout).toMatch(/er is niets opgeslagen/);
    expect(snapshot(dir)).toEqual(before);
  });

  test('without --locatie an unknown place is skipped with advice; without --wijk an online event fails the check', () => {
    const result = runScript('importeer', [FIXTURE, '--droog'], { CONTENT_DIR: dir });
    expect(result.stdout).toMatch(/overgeslagen Lentemarkt\n\s+reden: de plek "Plein bij het winkelcentrum" staat niet tussen de locaties\. Maak die locatie aan/);
    expect(result.stdout).toMatch(/niet gelukt\s+Online lezing: dementie in de buurt[^\n]*\n\s+fout: [^\n]*wijk: ontbreekt/);
    expect(result.status).toBe(1);
  });

  test('an unknown --wijk is named, with a suggestion', () => {
    const result = runScript('importeer', [FIXTURE, '--wijk', 'beyum'], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/--wijk: "beyum" bestaat niet als wijk\. Bedoel je "beijum"\?/);
  });

  test('a file that is not a calendar gives one Dutch sentence, no stack trace', () => {
    const bad = join(dir, 'kapot.ics');
    writeFileSync(bad, 'dit is geen agenda');
    const result = runScript('importeer', [bad], { CONTENT_DIR: dir });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/geen leesbare iCalendar-agenda/);
    expect(result.output).not.toMatch(/\bat .+:\d+:\d+|TypeError|Error:/);
  });
});

describe('npm run importeer with the spreadsheet template', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyContent();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('docs/import-sjabloon.csv imports into files that pass the check, and a second import changes nothing', () => {
    const result = runScript('importeer', ['docs/import-sjabloon.csv'], { CONTENT_DIR: dir });
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toMatch(/3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen, 0 niet gelukt/);
    const check = runScript('check', [], { CONTENT_DIR: dir });
    expect(check.status, check.output).toBe(0);
    const before = snapshot(dir);
    const again = runScript('importeer', ['docs/import-sjabloon.csv'], { CONTENT_DIR: dir });
    expect(again.stdout).toMatch(/0 nieuw, 0 bijgewerkt, 3 ongewijzigd/);
    expect(snapshot(dir)).toEqual(before);
  });
});
