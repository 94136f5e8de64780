import { describe, expect, test } from 'vitest';
import type { OutputReport } from './analyze.ts';
import { computeRatios, evaluateTargets, measured, toMarkdown, type BenchResult, type RunFigures } from './report.ts';

const run = (wallMs: number, astro: number): RunFigures => ({
  wallMs,
  cpuMs: wallMs * 0.9,
  cpuWaitedMs: wallMs * 0.8,
  cpuSampledMs: wallMs * 0.9,
  peakTreeRssMiB: 900,
  peakProcessRssMiB: 700,
  phases: { check: 1000, astro, pagefind: 2000 },
  phasesCpu: { check: 900, astro: astro * 0.9, pagefind: 1500 },
});

const output: OutputReport = {
  files: 10,
  bytes: 10_000,
  htmlPages: 8,
  htmlBytes: 8_000,
  largest: { path: '/agenda/index.html', bytes: 90 * 1024 },
  overLimit: { count: 1, largest: [{ path: '/agenda/index.html', bytes: 90 * 1024 }] },
  activity: { pages: 3, gzipMedian: 3000, gzipMax: 3500, gzipMaxPath: '/agenda/a/', rawMedian: 9000 },
  scripts: { home: { total: 0, external: 0, inline: 0, data: 0, count: 0 } },
  pagefind: { pages: 5, bytes: 5000, bytesPerPage: 1000 },
};

function result(size: string): Omit<BenchResult, 'targets' | 'ratios'> {
  return {
    schema: 1,
    datum: '2026-11-25',
    size,
    seed: 1,
    reps: 2,
    snel: false,
    corpus: { dir: 'bench/work/corpus', vandaag: '2026-11-25', activiteiten: 10_000, bestanden: 10_500, reused: true },
    machine: { cpu: 'test', cores: 2, memoryGiB: 8, os: 'linux', loadBefore: [1, 1, 1], loadAfter: [1, 1, 1] },
    versions: { node: 'v24', astro: '7.3.5', pagefind: '1.6.0', hugo: '0.111.3' },
    git: { commit: 'abc', changedFiles: 0 },
    settings: { nodeOptions: '--max-old-space-size=4096', concurrency: undefined },
    ours: { cold: measured([run(50_000, 40_000), run(60_000, 45_000)]), checkOnly: measured([run(5000, 0)]), warm: undefined, astroPages: 8, pagesPerSecond: 1, output },
    astroPlain: { cold: measured([run(45_000, 38_000)]), output: { htmlPages: 8, htmlBytes: 1000, pagefind: output.pagefind } },
    hugo: { cold: measured([run(4_000, 0)]), htmlPages: 8 },
    other: { file: '2026-11-25-S.json', size: 'S', wallMinMs: 10_000, cpuMinMs: 9_000 },
  };
}

describe('bench report', () => {
  test('ratios use minimum times', () => {
    const ratios = computeRatios(result('L'));
    expect(ratios.oursVsPlain).toBeCloseTo(50 / 45);
    expect(ratios.astroVsHugo).toBeCloseTo(40 / 4);
    expect(ratios.lVsS).toBeCloseTo(5);
  });

  test('targets: verdicts at L, no verdict for size-bound targets at S', () => {
    const r = result('L');
    const targets = evaluateTargets({ ...r, ratios: computeRatios(r) });
    const byId = Object.fromEntries(targets.map((t) => [t.id, t]));
    expect(byId['vs-plain']?.pass).toBe(true);
    expect(byId.L?.pass).toBe(true);
    expect(byId['astro-vs-hugo']?.pass).toBe(false);
    expect(byId['L-vs-S']?.pass).toBe(false);
    expect(byId['activity-gzip']?.pass).toBe(true);
    expect(byId['page-80k']?.pass).toBe(false);
    expect(byId.S?.pass).toBeUndefined();

    const s = result('S');
    const atS = Object.fromEntries(evaluateTargets({ ...s, ratios: computeRatios(s) }).map((t) => [t.id, t]));
    expect(atS.L?.pass).toBeUndefined();
    expect(atS['check-L']?.pass).toBeUndefined();
  });

  test('the Markdown table names every target and the ratios', () => {
    const r = result('L');
    const withRatios = { ...r, ratios: computeRatios(r) };
    const md = toMarkdown({ ...withRatios, targets: evaluateTargets(withRatios) });
    expect(md).toContain('| Wijkwijzer / (kale Astro + Pagefind) | 1.11 × |');
    expect(md).toContain('niet gehaald');
    expect(md.match(/^\| .* \| (gehaald|niet gehaald|\(n\.v\.t\.\))/gm)?.length).toBe(10);
  });
});
