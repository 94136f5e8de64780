/**
 * `npm run bench -- --size S|L [--reps N] [--seed N]`: the performance benchmark of issue 9.
 *
 * On one generated corpus (bench/work/corpus-<size>-<seed>, reused when its
 * .corpus.json matches) it measures, each in its own work folder so that
 * builds of other people in the repository do not share caches with it:
 *   - the cold full pipeline of `npm run build` (check + Astro + Pagefind), N times;
 *   - the content check alone, N times;
 *   - a warm rebuild after editing one activity (Astro's content cache kept);
 *   - in the same run: a bare Astro site with Pagefind (bench/baselines/astro-plain)
 *     and Hugo (bench/baselines/hugo) on a plain-Markdown export of the same corpus.
 * It writes bench/results/<date>-<size>.json and .md and prints the table.
 *
 * Options:
 *   --size XS|S|M|L     corpus size (default S)
 *   --reps N            cold builds per site (default 3)
 *   --seed N            corpus seed (default 1)
 *   --snel              no baselines and no warm rebuild (for the smoke test)
 *   --zonder-warm       skip the warm rebuild
 *   --zonder-hugo       skip Hugo
 *   --concurrency N     build.concurrency for our Astro build (an experiment; patched into the copied config)
 *   --experiment <mjs>  a what-if (or several, comma-separated): a Node script run in our work folder after
 *                       copying, before each build, that changes the copy (see scripts/lib/bench/experiments/);
 *                       the result files get its name
 *   --werkmap <map>     work folder (default bench/work)
 *   --uit <map>         results folder (default bench/results)
 *   --hugo <pad>        Hugo binary (default /usr/bin/hugo)
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { analyzeOutput } from './lib/bench/analyze.ts';
import { buildExport, writeExport } from './lib/bench/export.ts';
import { gitInfo, loadAverage, machineInfo, versions } from './lib/bench/machine.ts';
import { runMeasured, type RunResult } from './lib/bench/measure.ts';
import { computeRatios, evaluateTargets, measured, toMarkdown, type BenchResult, type RunFigures } from './lib/bench/report.ts';
import { buildInputs, ensureCorpus, prepareWorkFolder, slugsOf } from './lib/bench/workspace.ts';
import { CORPUS_SIZES, DEFAULT_VANDAAG, type CorpusSize } from '../src/lib/corpus/generate.ts';

const USAGE = `Gebruik: npm run bench -- --size S|L [--reps 3] [--seed 1] [--snel] [--zonder-warm] [--zonder-hugo]
                       [--concurrency N] [--experiment scripts/lib/bench/experiments/<naam>.mjs]
                       [--werkmap bench/work] [--uit bench/results] [--hugo /usr/bin/hugo]

  --size         XS (50 activiteiten), S (1.000), M (3.000) of L (10.000). Standaard S.
  --reps         zo vaak wordt elke site koud gebouwd. Standaard 3.
  --seed         de seed van de testinhoud. Standaard 1.
  --snel         zonder de kale Astro-site, Hugo en de warme bouw (voor de snelle test).
  --experiment   een of meer what-ifs (met komma's): scripts die de kopie van het project aanpassen.
  Uitslag: bench/results/<datum>-<grootte>.json en .md. Uitleg: bench/results/README.md.`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    options: {
      size: { type: 'string', default: 'S' },
      reps: { type: 'string', default: '3' },
      seed: { type: 'string', default: '1' },
      snel: { type: 'boolean', default: false },
      'zonder-warm': { type: 'boolean', default: false },
      'zonder-hugo': { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      experiment: { type: 'string' },
      werkmap: { type: 'string', default: 'bench/work' },
      uit: { type: 'string', default: 'bench/results' },
      hugo: { type: 'string', default: '/usr/bin/hugo' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
} catch (error) {
  fail(`Deze optie ken ik niet: ${(error as Error).message}`);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const size = values.size.toUpperCase() as CorpusSize;
if (!(size in CORPUS_SIZES)) fail(`--size "${values.size}" bestaat niet. Kies XS, S, M of L.`);
if (!/^\d+$/.test(values.reps) || Number(values.reps) < 1) fail(`--reps "${values.reps}" moet een heel getal van 1 of meer zijn.`);
if (!/^-?\d+$/.test(values.seed)) fail(`--seed "${values.seed}" is geen heel getal.`);
if (values.concurrency !== undefined && !/^[1-9]\d*$/.test(values.concurrency)) fail(`--concurrency "${values.concurrency}" moet een heel getal van 1 of meer zijn.`);
const reps = Number(values.reps);
const seed = Number(values.seed);
const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
const snel = values.snel;
const experiments = (values.experiment ?? '').split(',').filter(Boolean).map((e) => resolve(e));
for (const e of experiments) if (!existsSync(e)) fail(`--experiment: "${e}" bestaat niet.`);
const experimentName = experiments.length === 0 ? undefined : experiments.map((e) => basename(e).replace(/\.m?[jt]s$/, '')).join('+');

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const workRoot = resolve(root, values.werkmap);
const resultsDir = resolve(root, values.uit);
const vandaag = process.env.TODAY || DEFAULT_VANDAAG;
const hugoBin = values.hugo;
const NODE_OPTIONS = '--max-old-space-size=4096';
const node = process.execPath;
const MiB = 1024 * 1024;
const log = (text: string) => console.log(`[bench] ${text}`);
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

mkdirSync(workRoot, { recursive: true });
const loadBefore = loadAverage();

// --- corpus and export ------------------------------------------------------
const corpusDir = join(workRoot, `corpus-${size}-${seed}`);
log(`Corpus ${size} (seed ${seed}, vandaag ${vandaag}) in ${relative(root, corpusDir)} …`);
const corpus = ensureCorpus(root, corpusDir, { size, seed, vandaag });
log(corpus.reused ? 'Bestaand corpus hergebruikt.' : 'Corpus gemaakt.');
const activities = slugsOf(corpusDir, 'activiteiten');
const projects = slugsOf(corpusDir, 'projecten');

const exportDir = join(workRoot, `export-${size}-${seed}`);
const exportStampFile = join(workRoot, `export-${size}-${seed}.json`);
const exportStamp = JSON.stringify({ ...corpus.stamp, export: 1 });
if (!snel && !(existsSync(exportStampFile) && readFileSync(exportStampFile, 'utf8') === exportStamp && existsSync(exportDir))) {
  log('Markdown-export voor de basislijnen maken …');
  writeExport(buildExport(corpusDir, vandaag), exportDir);
  writeFileSync(exportStampFile, exportStamp);
}

const hugoAvailable = existsSync(hugoBin);
const runHugo = !snel && !values['zonder-hugo'] && hugoAvailable;

// --- helpers ------------------------------------------------------------------
const baseEnv = { ...process.env, TODAY: vandaag, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS, FORCE_COLOR: '0', NO_COLOR: '1' };
delete (baseEnv as Record<string, string | undefined>).CI;

function figures(run: RunResult, phases: Record<string, number>, phasesCpu: Record<string, number> = {}): RunFigures {
  return {
    wallMs: run.wallMs,
    cpuMs: run.cpuMs,
    cpuWaitedMs: run.waitedCpuMs,
    cpuSampledMs: run.sampledCpuMs,
    peakTreeRssMiB: run.peakTreeRss / MiB,
    peakProcessRssMiB: run.peakProcessRss / MiB,
    phases,
    phasesCpu,
  };
}

function check(run: RunResult, what: string) {
  if (run.status === 0) return;
  console.error(`\n[bench] ${what} is mislukt (exit ${run.status}). Laatste uitvoer:\n${run.stdout.split('\n').slice(-30).join('\n')}\n${run.stderr.split('\n').slice(-30).join('\n')}`);
  process.exit(1);
}

/** Step `from` lasts from its mark to the mark `to`. */
const between = (marks: Record<string, number>, from: string, to: string) =>
  marks[from] !== undefined && marks[to] !== undefined ? { [from]: marks[to]! - marks[from]! } : {};

/** Wall and CPU time of the steps between consecutive marks (`names` in order; the last one closes the previous step). */
function steps(run: RunResult, names: string[]): { wall: Record<string, number>; cpu: Record<string, number> } {
  const wall: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  for (let i = 0; i + 1 < names.length; i++) {
    Object.assign(wall, between(run.marks, names[i]!, names[i + 1]!));
    Object.assign(cpu, between(run.marksCpu, names[i]!, names[i + 1]!));
  }
  return { wall, cpu };
}

const variant = `${experimentName ? `-${experimentName}` : ''}${concurrency ? `-concurrency${concurrency}` : ''}`;
const oursDir = join(workRoot, `ours-${size}${variant}`);
const plainDir = join(workRoot, `plain-${size}`);
const hugoDir = join(workRoot, `hugo-${size}`);

function prepareOurs() {
  prepareWorkFolder(root, root, buildInputs(root), oursDir);
  if (concurrency !== undefined) {
    const config = join(oursDir, 'astro.config.mjs');
    const text = readFileSync(config, 'utf8');
    const patched = text.replace(/build:\s*\{/, `build: { concurrency: ${concurrency},`);
    if (patched === text) fail('--concurrency: in astro.config.mjs staat geen "build: {" om aan te passen.');
    writeFileSync(config, patched);
  }
  for (const e of experiments) {
    const run = spawnSync(node, [e], { cwd: oursDir, encoding: 'utf8' });
    if (run.status !== 0) fail(`--experiment ${basename(e)} is mislukt:\n${run.stdout}\n${run.stderr}`);
    if (run.stdout.trim()) log(`  experiment: ${run.stdout.trim()}`);
  }
}

const OUR_MARKS = { check: /^\[1\/3\]/, astro: /^\[2\/3\]/, sitemap: /^Astro klaar/, pagefind: /^\[3\/3\]/, done: /^Klaar\./ };

async function buildOurs(label: string, logName: string, exitOnFailure = true): Promise<{ run: RunResult; fig: RunFigures }> {
  const run = await runMeasured(node, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: oursDir,
    env: { ...baseEnv, CONTENT_DIR: relative(oursDir, corpusDir), OUT_DIR: 'dist' },
    marks: OUR_MARKS,
  });
  writeFileSync(join(oursDir, `${logName}.log`), `${run.stdout}\n${run.stderr}`);
  if (exitOnFailure) check(run, label);
  const { wall, cpu } = steps(run, ['check', 'astro', 'sitemap', 'pagefind', 'done']);
  if (run.marks.check !== undefined) wall.startup = run.marks.check;
  return { run, fig: figures(run, wall, cpu) };
}

// --- the runs -------------------------------------------------------------------
const oursCold: RunFigures[] = [];
const plainCold: RunFigures[] = [];
const hugoCold: RunFigures[] = [];
let astroPages: number | undefined;

for (let rep = 1; rep <= reps; rep++) {
  log(`Ronde ${rep} van ${reps}: Wijkwijzer koud bouwen …`);
  prepareOurs();
  const ours = await buildOurs(`De koude bouw van Wijkwijzer (ronde ${rep})`, 'bench-koud');
  oursCold.push(ours.fig);
  astroPages = Number(/(\d+) page\(s\) built/.exec(ours.run.stdout)?.[1]) || astroPages;
  log(`  ${secs(ours.fig.wallMs)} (CPU ${secs(ours.fig.cpuMs)}, piek ${Math.round(ours.fig.peakTreeRssMiB)} MiB; Astro ${secs(ours.fig.phases.astro ?? NaN)}, CPU ${secs(ours.fig.phasesCpu.astro ?? NaN)}; Pagefind ${secs(ours.fig.phases.pagefind ?? NaN)}, CPU ${secs(ours.fig.phasesCpu.pagefind ?? NaN)})`);

  if (!snel) {
    log(`Ronde ${rep}: kale Astro + Pagefind koud bouwen …`);
    prepareWorkFolder(root, join(root, 'bench/baselines/astro-plain'), ['src', 'astro.config.mjs', 'package.json', 'build.mjs'], plainDir);
    const run = await runMeasured(node, ['build.mjs'], {
      cwd: plainDir,
      env: { ...baseEnv, EXPORT_DIR: relative(plainDir, exportDir), OUT_DIR: 'dist' },
      marks: { astro: /^\[1\/2\]/, pagefind: /^\[2\/2\]/, done: /^Klaar:/ },
    });
    check(run, `De kale Astro-site (ronde ${rep})`);
    const { wall, cpu } = steps(run, ['astro', 'pagefind', 'done']);
    const fig = figures(run, wall, cpu);
    plainCold.push(fig);
    log(`  ${secs(fig.wallMs)} (CPU ${secs(fig.cpuMs)}, piek ${Math.round(fig.peakTreeRssMiB)} MiB; Astro ${secs(fig.phases.astro ?? NaN)}, CPU ${secs(fig.phasesCpu.astro ?? NaN)})`);
  }

  if (runHugo) {
    log(`Ronde ${rep}: Hugo koud bouwen …`);
    prepareWorkFolder(root, join(root, 'bench/baselines/hugo'), ['hugo.toml', 'layouts'], hugoDir);
    const run = await runMeasured(
      hugoBin,
      ['--source', hugoDir, '--contentDir', exportDir, '--destination', join(hugoDir, 'public'), '--cacheDir', join(hugoDir, 'cache'), '--quiet'],
      { cwd: hugoDir, env: baseEnv },
    );
    check(run, `Hugo (ronde ${rep})`);
    hugoCold.push(figures(run, {}));
    log(`  ${secs(run.wallMs)} (CPU ${secs(run.cpuMs)})`);
  }
}

log(`Alleen de controle, ${reps} keer …`);
const checkRuns: RunFigures[] = [];
for (let rep = 1; rep <= reps; rep++) {
  const run = await runMeasured(node, ['--import', 'tsx', 'scripts/check.ts'], {
    cwd: oursDir,
    env: { ...baseEnv, CONTENT_DIR: relative(oursDir, corpusDir) },
  });
  check(run, 'De controle');
  checkRuns.push(figures(run, {}));
}
log(`  minimum ${secs(Math.min(...checkRuns.map((r) => r.wallMs)))}`);

log('Uitvoer van Wijkwijzer bekijken …');
const output = analyzeOutput(join(oursDir, 'dist'), { activities, projects, singles: { home: '/', agenda: '/agenda/', zoeken: '/zoeken/' } });

let warm: RunFigures | undefined;
if (!snel && !values['zonder-warm']) {
  const slug = activities[Math.floor(activities.length / 2)];
  if (slug) {
    const file = join(corpusDir, 'activiteiten', `${slug}.md`);
    const original = readFileSync(file, 'utf8');
    let warmRun!: { run: RunResult; fig: RunFigures };
    log(`Warm opnieuw bouwen na een wijziging in activiteiten/${slug}.md …`);
    // Put the file back also when the run is stopped with Ctrl+C, so the corpus stays what .corpus.json says.
    const restore = () => {
      writeFileSync(file, original);
      process.exit(130);
    };
    process.once('SIGINT', restore);
    process.once('SIGTERM', restore);
    try {
      writeFileSync(file, `${original.trimEnd()}\n\nDeze zin is toegevoegd door de bench (${new Date().toISOString()}).\n`);
      warmRun = await buildOurs('De warme bouw van Wijkwijzer', 'bench-warm', false);
    } finally {
      writeFileSync(file, original);
      process.off('SIGINT', restore);
      process.off('SIGTERM', restore);
    }
    check(warmRun.run, 'De warme bouw van Wijkwijzer');
    warm = warmRun.fig;
    // A warm build that kept the old page would measure nothing: the edit must be on the page.
    const page = readFileSync(join(oursDir, 'dist', 'agenda', slug, 'index.html'), 'utf8');
    if (!page.includes('Deze zin is toegevoegd door de bench')) {
      console.error('[bench] De gewijzigde activiteit staat na de warme bouw niet op de pagina: de warme meting telt niet.');
      process.exit(1);
    }
    log(`  ${secs(warm?.wallMs ?? NaN)}`);
  }
}

// --- baselines' output ----------------------------------------------------------
let plainOutput: { htmlPages: number; htmlBytes: number; pagefind: ReturnType<typeof analyzeOutput>['pagefind'] } | undefined;
if (!snel) {
  const out = analyzeOutput(join(plainDir, 'dist'), { activities: [], singles: {} });
  plainOutput = { htmlPages: out.htmlPages, htmlBytes: out.htmlBytes, pagefind: out.pagefind };
}
const hugoPages = runHugo ? analyzeOutput(join(hugoDir, 'public'), { activities: [], singles: {} }).htmlPages : 0;

// --- the other size, for t(L)/t(S) ------------------------------------------------
function findOther(): BenchResult['other'] {
  const otherSize = size === 'L' ? 'S' : 'L';
  if (!existsSync(resultsDir)) return undefined;
  const files = readdirSync(resultsDir)
    .filter((n) => /^\d{4}-\d{2}-\d{2}-(S|L)\.json$/.test(n) && n.endsWith(`-${otherSize}.json`))
    .sort();
  for (const name of files.reverse()) {
    try {
      const other = JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as BenchResult;
      if (other.seed !== seed || other.snel || other.settings.experiment || other.settings.concurrency) continue;
      return { file: name, size: otherSize, wallMinMs: other.ours.cold.wall.min, cpuMinMs: other.ours.cold.cpu.min };
    } catch {
      continue;
    }
  }
  return undefined;
}

// --- the result --------------------------------------------------------------------
const datum = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const oursMeasured = measured(oursCold);
const partial: Omit<BenchResult, 'targets' | 'ratios'> = {
  schema: 1,
  datum,
  size,
  seed,
  reps,
  snel,
  corpus: { dir: relative(root, corpusDir), vandaag, activiteiten: activities.length, bestanden: corpus.stamp.bestanden, reused: corpus.reused },
  machine: { ...machineInfo(), loadBefore, loadAfter: loadAverage() },
  versions: versions(root, hugoBin),
  git: gitInfo(root),
  settings: { nodeOptions: NODE_OPTIONS, concurrency, experiment: experimentName },
  ours: {
    cold: oursMeasured,
    checkOnly: measured(checkRuns),
    warm: warm ? measured([warm]) : undefined,
    astroPages,
    pagesPerSecond: oursMeasured.phases.astro ? output.htmlPages / (oursMeasured.phases.astro.min / 1000) : undefined,
    output,
  },
  astroPlain: plainOutput ? { cold: measured(plainCold), output: plainOutput } : { skipped: 'overgeslagen (--snel)' },
  hugo: runHugo
    ? { cold: measured(hugoCold), htmlPages: hugoPages }
    : { skipped: snel ? 'overgeslagen (--snel)' : values['zonder-hugo'] ? 'overgeslagen (--zonder-hugo)' : `${hugoBin} ontbreekt (apt-get install -y hugo)` },
  other: findOther(),
};
const withRatios = { ...partial, ratios: computeRatios(partial) };
const result: BenchResult = { ...withRatios, targets: evaluateTargets(withRatios) };

mkdirSync(resultsDir, { recursive: true });
const base = join(resultsDir, `${datum}-${size}${snel ? '-snel' : ''}${variant}`);
writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
const markdown = toMarkdown(result);
writeFileSync(`${base}.md`, markdown);
console.log(`\n${markdown}`);
log(`Uitslag: ${relative(root, base)}.json en .md`);
