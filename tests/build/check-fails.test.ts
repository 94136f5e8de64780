/**
 * `npm run build` on content with a mistake: the check runs side by side with Astro, and when it fails the
 * build stops with exit code 1, the editor sees only the check's Dutch report, and nothing is written.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_TODAY } from '../sites.ts';

describe('npm run build when the check finds an error', () => {
  let dir: string;
  let out: string;
  let result: SpawnSyncReturns<string>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ww-build-fout-'));
    const content = join(dir, 'content');
    out = join(dir, 'dist');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'activiteiten', 'creatief-atelier.md');
    const before = readFileSync(file, 'utf8');
    const after = before.replace(/^titel: .*$/m, 'titel: ""');
    if (after === before) throw new Error('planting the mistake changed nothing');
    writeFileSync(file, after);
    result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      encoding: 'utf8',
      // Its own content-layer cache: the Astro build that starts next to the check must not touch the shared one.
      env: { ...process.env, CONTENT_DIR: content, OUT_DIR: out, TODAY: TEST_TODAY, WW_CACHE_DIR: join(dir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('exits with code 1', () => {
    expect(result.status, result.stdout + result.stderr).toBe(1);
  });

  test('shows the check’s report and says the site was not built', () => {
    expect(result.stdout).toMatch(/creatief-atelier\.md:\d+ titel: mag niet leeg zijn/);
    expect(result.stdout).toMatch(/Controle van .+: \d+ bestanden, 1 fout/);
    expect(result.stderr).toContain('De site is niet gebouwd: los eerst de fouten hierboven op.');
  });

  test('shows nothing of Astro and no stack trace', () => {
    const output = result.stdout + result.stderr;
    expect(output).not.toContain('[2/3]');
    expect(output).not.toMatch(/\[(build|content|vite|types)\]/);
    expect(output).not.toMatch(/^\s*at /m);
    expect(output).not.toMatch(/Error:|TypeError|ZodError/);
  });

  test('writes no site', () => {
    expect(existsSync(out)).toBe(false);
  });
});
