/**
 * `npm run check` end to end on a folder of 500 generated malformed files plus the worst a content
 * repository can hold (binary junk named .md, a 10 MB file, a named pipe, a symbolic link loop):
 * exit code 1, one Dutch line per problem naming a file and a line or field, and no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BASE, malformedFile } from './arbitraries.ts';

let dir: string;
let result: { status: number | null; error?: Error | undefined; stdout: string; stderr: string };
let seconds = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ww-fuzz-'));
  for (const [relative, text] of Object.entries(BASE)) {
    mkdirSync(join(dir, relative, '..'), { recursive: true });
    writeFileSync(join(dir, relative), text);
  }
  fc.sample(malformedFile, { numRuns: 500, seed: 8 }).forEach((file, i) => {
    mkdirSync(join(dir, file.folder), { recursive: true });
    writeFileSync(join(dir, file.folder, `fuzz-${i}${file.ext}`), file.text);
  });
  writeFileSync(join(dir, 'activiteiten', 'binair.md'), Buffer.from(Array.from({ length: 65_536 }, (_, i) => (i * 7919 + 13) % 256)));
  writeFileSync(join(dir, 'nieuws', 'tien-mb.md'), `---\ntitel: x\n---\n${'x'.repeat(10 * 1024 * 1024)}`);
  writeFileSync(join(dir, 'nieuws', 'latin1.md'), Buffer.from('---\ntitel: Caf\xe9\ndatum: 2026-12-05\nsamenvatting: x\n---\nTekst\n', 'latin1'));
  symlinkSync(dir, join(dir, 'wijken', 'lus.yaml'));
  spawnSync('mkfifo', [join(dir, 'locaties', 'pijp.yaml')]);
  // Output goes to a file, not a pipe: scripts/check.ts ends with process.exit(), which can cut off
  // output still queued for a pipe (reported to the lead; a file descriptor is written synchronously).
  const outFile = join(dir, '..', `${basename(dir)}.out`);
  const errFile = join(dir, '..', `${basename(dir)}.err`);
  const out = openSync(outFile, 'w');
  const err = openSync(errFile, 'w');
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], {
    stdio: ['ignore', out, err],
    env: { ...process.env, CONTENT_DIR: dir, TODAY: '2026-11-25' },
    timeout: 120_000,
  });
  seconds = (performance.now() - started) / 1000;
  closeSync(out);
  closeSync(err);
  result = { ...run, stdout: readFileSync(outFile, 'utf8'), stderr: readFileSync(errFile, 'utf8') };
  rmSync(outFile);
  rmSync(errFile);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('npm run check on 500 malformed files and worse', () => {
  test('exits 1 in bounded time, without a stack trace', () => {
    expect(result.error).toBeUndefined();
    expect(result.status).toBe(1);
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/^\s+at |Error:|TypeError|RangeError|node:internal/m);
    expect(result.stderr).toBe('');
    expect(seconds).toBeLessThan(60);
  });
  test('every problem line names a file in the folder, and a line or field', () => {
    const shown = relative(process.cwd(), dir);
    const lines = result.stdout.split('\n').filter((line) => line.startsWith(shown));
    expect(lines.length).toBeGreaterThan(500);
    const bare: string[] = [];
    for (const line of lines) {
      // path:line …  or  path field: …
      const rest = line.slice(shown.length);
      if (!/^\/[^ ]+:\d+ /.test(rest) && !/^\/[^ ]+ [^ ]+: /.test(rest)) bare.push(line);
    }
    // Only whole-file problems may lack a line: size, unreadable, special files, links.
    for (const line of bare) expect(line).toMatch(/groter dan 2 MB|geen gewoon bestand|snelkoppeling|kan niet gelezen worden/);
    expect(result.stdout).toMatch(/tien-mb\.md dit bestand is groter dan 2 MB/);
    expect(result.stdout).toMatch(/binair\.md:\d+ dit bestand bevat onleesbare tekens/);
    expect(result.stdout).toMatch(/latin1\.md:2 dit bestand bevat onleesbare tekens/);
    expect(result.stdout).toMatch(/lus\.yaml dit is een snelkoppeling/);
    console.log(`npm run check on ${lines.length} problem lines: ${seconds.toFixed(1)} s`);
  });
});
