/**
 * Smoke run of `npm run bench` (issue 9): the XS corpus (50 activities), one cold build, no baselines
 * (--snel), in a temporary work folder. It checks that the pipeline runs and the result has its fields
 * with positive figures; it does not judge speed (that is what the bench itself is for).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { BenchResult } from '../../scripts/lib/bench/report.ts';

const dir = mkdtempSync(join(tmpdir(), 'ww-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run bench -- --size XS --reps 1 --snel', () => {
  test('builds the XS corpus and writes a complete result', { timeout: 120_000 }, () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--size', 'XS', '--reps', '1', '--snel', '--werkmap', join(dir, 'work'), '--uit', join(dir, 'results')],
      { encoding: 'utf8', env: { ...process.env, TODAY: '2026-11-25' } },
    );
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);

    const files = readdirSync(join(dir, 'results'));
    const json = files.find((f) => f.endsWith('-XS-snel.json'));
    expect(json).toBeDefined();
    expect(files).toContain(json!.replace(/\.json$/, '.md'));
    const result = JSON.parse(readFileSync(join(dir, 'results', json!), 'utf8')) as BenchResult;

    expect(result).toMatchObject({ schema: 1, size: 'XS', reps: 1, snel: true });
    expect(result.corpus.activiteiten).toBe(50);
    const cold = result.ours.cold;
    expect(cold.runs).toHaveLength(1);
    for (const value of [cold.wall.min, cold.wall.median, cold.cpu.min, cold.peakTreeRssMiB.max, result.ours.checkOnly.wall.min]) {
      expect(value).toBeGreaterThan(0);
    }
    for (const phase of ['check', 'astro', 'pagefind']) expect(cold.phases[phase]?.min).toBeGreaterThan(0);

    const out = result.ours.output;
    expect(out.htmlPages).toBeGreaterThan(50);
    expect(out.activity.pages).toBe(50);
    expect(out.activity.gzipMedian).toBeGreaterThan(0);
    expect(out.largest?.bytes).toBeGreaterThan(0);
    expect(out.pagefind?.pages).toBeGreaterThan(0);
    expect(out.pagefind?.bytesPerPage).toBeGreaterThan(0);
    expect(result.ours.pagesPerSecond).toBeGreaterThan(0);
    expect(Object.keys(out.scripts).sort()).toEqual(['activity', 'agenda', 'home', 'project', 'zoeken']);
    expect(result.machine.cores).toBeGreaterThan(0);
    expect(result.versions.astro).toMatch(/^\d+\.\d+/);
    expect(result.astroPlain).toEqual({ skipped: 'overgeslagen (--snel)' });
    expect(result.targets.map((t) => t.id)).toContain('activity-gzip');
    expect(result.ours.warm).toBeUndefined();
  });
});
