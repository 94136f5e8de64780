/**
 * Builds the demo site and both example sites once before the test suite, with TODAY fixed, so build
 * tests assert on real output. Set WW_SKIP_BUILD=1 to reuse existing builds while working on unit tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITES, TEST_TODAY } from '../sites.ts';

export default function setup() {
  for (const site of SITES) {
    // WW_SKIP_BUILD=1: reuse what exists (for quick unit-test runs while developing).
    if (process.env.WW_SKIP_BUILD === '1') continue;
    console.log(`\nBouwen van ${site.name} (${site.contentDir} → ${site.outDir}) …`);
    const started = performance.now();
    // A content folder may live in its own repository outside the engine (DESIGN §2): one example is built from a copy elsewhere.
    const outside = 'outsideRepo' in site && site.outsideRepo ? mkdtempSync(join(tmpdir(), `ww-${site.name}-`)) : undefined;
    if (outside) cpSync(site.contentDir, outside, { recursive: true });
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: outside ?? site.contentDir, OUT_DIR: site.outDir, TODAY: TEST_TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (outside) rmSync(outside, { recursive: true, force: true });
    if (result.status !== 0) {
      throw new Error(`Build of ${site.name} failed:\n${result.stdout}\n${result.stderr}`);
    }
    console.log(`${site.name} gebouwd in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }
}
