/**
 * The bench result: its JSON shape, the issue-9 targets evaluated on it, and
 * the Markdown table written next to the JSON and printed at the end of a run.
 */
import type { OutputReport } from './analyze.ts';
import type { GitInfo, MachineInfo, Versions } from './machine.ts';
import { ratio, summarize, type Summary } from './stats.ts';

/** One measured run of a command (a cold build, a check, a warm rebuild). */
export interface RunFigures {
  wallMs: number;
  /** user + sys of the whole process tree (the larger of the two figures below). */
  cpuMs: number;
  /** CPU the kernel booked on waited-for children. */
  cpuWaitedMs: number;
  /** Sum of the last sampled CPU time of every process seen in the tree (includes helpers that are killed, not waited for). */
  cpuSampledMs: number;
  /** Peak of the summed RSS of the whole process tree (sampled every 100 ms). */
  peakTreeRssMiB: number;
  /** Peak RSS of the largest single process. */
  peakProcessRssMiB: number;
  /** Step times within the run (ms), from timestamped output lines. */
  phases: Record<string, number>;
  /** CPU time of each step (ms), from the sampled CPU time of the tree at the same lines. */
  phasesCpu: Record<string, number>;
}

export interface Measured {
  runs: RunFigures[];
  wall: Summary;
  cpu: Summary;
  peakTreeRssMiB: Summary;
  phases: Record<string, Summary>;
  phasesCpu: Record<string, Summary>;
}

function byPhase(runs: RunFigures[], pick: (r: RunFigures) => Record<string, number>): Record<string, Summary> {
  const names = [...new Set(runs.flatMap((r) => Object.keys(pick(r))))];
  return Object.fromEntries(names.map((p) => [p, summarize(runs.flatMap((r) => (p in pick(r) ? [pick(r)[p]!] : [])))]));
}

export function measured(runs: RunFigures[]): Measured {
  return {
    runs,
    wall: summarize(runs.map((r) => r.wallMs)),
    cpu: summarize(runs.map((r) => r.cpuMs)),
    peakTreeRssMiB: summarize(runs.map((r) => r.peakTreeRssMiB)),
    phases: byPhase(runs, (r) => r.phases),
    phasesCpu: byPhase(runs, (r) => r.phasesCpu),
  };
}

export interface Target {
  id: string;
  /** Dutch description of the target as in issue 9. */
  doel: string;
  limit: number;
  unit: 's' | '×' | 'MiB' | 'KB' | 'pagina’s' | 'ok';
  measured: number | undefined;
  pass: boolean | undefined;
  /** Why there is no figure, or what the figure is based on. */
  note?: string;
}

export interface BenchResult {
  schema: 1;
  datum: string;
  size: string;
  seed: number;
  reps: number;
  snel: boolean;
  corpus: { dir: string; vandaag: string; activiteiten: number; bestanden: number | undefined; reused: boolean };
  machine: MachineInfo & { loadBefore: number[]; loadAfter: number[] };
  versions: Versions;
  git: GitInfo;
  /** Build settings of our site: the heap limit, and what-ifs (build.concurrency, an experiment script). */
  settings: { nodeOptions: string; concurrency: number | undefined; experiment?: string | undefined };
  ours: {
    cold: Measured;
    checkOnly: Measured;
    warm: Measured | undefined;
    /** Astro's own count of what it wrote (HTML pages and endpoints like .ics/.json). */
    astroPages: number | undefined;
    pagesPerSecond: number | undefined;
    output: OutputReport;
  };
  astroPlain: { cold: Measured; output: Pick<OutputReport, 'htmlPages' | 'htmlBytes' | 'pagefind'> } | { skipped: string };
  hugo: { cold: Measured; htmlPages: number } | { skipped: string };
  ratios: Record<string, number | undefined>;
  other: { file: string; size: string; wallMinMs: number; cpuMinMs: number } | undefined;
  targets: Target[];
}

const KB = 1024;
/** A target with its verdict: lower is better; `applies: false` keeps the figure but gives no verdict. */
const target = (t: Omit<Target, 'pass'> & { applies?: boolean; pass?: boolean }): Target => {
  const { applies = true, pass, ...rest } = t;
  return { ...rest, pass: !applies ? undefined : (pass ?? (rest.measured === undefined ? undefined : rest.measured <= rest.limit)) };
};

/** Evaluates the issue-9 targets; size-bound targets carry a note and no verdict on other sizes. */
export function evaluateTargets(r: Omit<BenchResult, 'targets'>): Target[] {
  const s = (ms: number | undefined) => (ms === undefined ? undefined : ms / 1000);
  const isL = r.size === 'L';
  const only = (size: string) => (r.size === size ? {} : { applies: false, note: `geldt voor ${size}` });
  const out = r.ours.output;
  const over = out.overLimit.count;
  return [
    target({
      id: 'vs-plain',
      doel: 'hele pijplijn ≤ 1,15 × kale Astro + Pagefind (minimum tegen minimum)',
      limit: 1.15,
      unit: '×',
      measured: r.ratios.oursVsPlain,
      ...('skipped' in r.astroPlain ? { note: r.astroPlain.skipped } : {}),
    }),
    target({ id: 'S', doel: 'S (1.000 activiteiten) ≤ 12 s', limit: 12, unit: 's', measured: s(r.ours.cold.wall.min), ...only('S') }),
    target({ id: 'L', doel: 'L (10.000 activiteiten) ≤ 55 s', limit: 55, unit: 's', measured: s(r.ours.cold.wall.min), ...only('L') }),
    target({
      id: 'astro-vs-hugo',
      doel: 'Astro-build alleen ≤ 8 × Hugo bij L',
      limit: 8,
      unit: '×',
      measured: r.ratios.astroVsHugo,
      ...('skipped' in r.hugo ? { note: r.hugo.skipped } : isL ? {} : { applies: false, note: 'geldt voor L' }),
    }),
    target({
      id: 'L-vs-S',
      doel: 't(L) / t(S) ≤ 4',
      limit: 4,
      unit: '×',
      measured: r.ratios.lVsS,
      ...(r.other ? { note: `tegen ${r.other.file}` } : { note: 'nog geen uitslag van de andere grootte' }),
    }),
    target({ id: 'memory', doel: 'piekgeheugen bij L ≤ 2 GiB', limit: 2048, unit: 'MiB', measured: r.ours.cold.peakTreeRssMiB.max, ...only('L') }),
    target({
      id: 'heap-4g',
      doel: 'L bouwt met NODE_OPTIONS=--max-old-space-size=4096',
      limit: 1,
      unit: 'ok',
      measured: r.ours.cold.runs.length > 0 ? 1 : 0,
      pass: r.ours.cold.runs.length > 0,
      applies: isL,
      note: isL ? 'elke bouw in de bench draait met deze instelling' : 'geldt voor L',
    }),
    target({ id: 'check-L', doel: 'alleen de controle bij L ≤ 8 s', limit: 8, unit: 's', measured: s(r.ours.checkOnly.wall.min), ...only('L') }),
    target({ id: 'activity-gzip', doel: 'activiteitpagina ≤ 4 KB gzip (grootste)', limit: 4, unit: 'KB', measured: out.activity.gzipMax / KB }),
    target({
      id: 'page-80k',
      doel: 'geen pagina groter dan 80 KB',
      limit: 0,
      unit: 'pagina’s',
      measured: over,
      ...(over > 0 ? { note: `grootste: ${out.largest?.path} (${((out.largest?.bytes ?? 0) / KB).toFixed(0)} KB)` } : {}),
    }),
  ];
}

/** Ratios of the run: ours vs the bare Astro baseline, Astro vs Hugo, L vs S. */
export function computeRatios(r: Pick<BenchResult, 'ours' | 'astroPlain' | 'hugo' | 'other' | 'size'>): Record<string, number | undefined> {
  const plain = 'skipped' in r.astroPlain ? undefined : r.astroPlain.cold;
  const hugo = 'skipped' in r.hugo ? undefined : r.hugo.cold;
  const astroMin = r.ours.cold.phases.astro?.min;
  const other = r.other;
  const [large, small] =
    other === undefined ? [undefined, undefined] : r.size === 'L' ? [r.ours.cold.wall.min, other.wallMinMs] : [other.wallMinMs, r.ours.cold.wall.min];
  const [largeCpu, smallCpu] =
    other === undefined ? [undefined, undefined] : r.size === 'L' ? [r.ours.cold.cpu.min, other.cpuMinMs] : [other.cpuMinMs, r.ours.cold.cpu.min];
  return {
    oursVsPlain: ratio(r.ours.cold.wall.min, plain?.wall.min),
    oursVsPlainCpu: ratio(r.ours.cold.cpu.min, plain?.cpu.min),
    astroVsPlainAstro: ratio(astroMin, plain?.phases.astro?.min),
    astroVsPlainAstroCpu: ratio(r.ours.cold.phasesCpu.astro?.min, plain?.phasesCpu.astro?.min),
    astroVsHugo: ratio(astroMin, hugo?.wall.min),
    astroVsHugoCpu: ratio(r.ours.cold.phasesCpu.astro?.min, hugo?.cpu.min),
    plainAstroVsHugo: ratio(plain?.phases.astro?.min, hugo?.wall.min),
    lVsS: other && (r.size === 'L' || other.size === 'L') ? ratio(large, small) : undefined,
    lVsSCpu: other && (r.size === 'L' || other.size === 'L') ? ratio(largeCpu, smallCpu) : undefined,
  };
}

// ---------------------------------------------------------------------------
// Markdown

const sec = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`);
const pct = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${Math.round(x * 100)} %`);
const x2 = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${x.toFixed(2)} ×`);
const mib = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '–' : `${Math.round(x)} MiB`);
const kb = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? '–' : `${(bytes / KB).toFixed(1)} KB`);
const int = (n: number | undefined) => (n === undefined ? '–' : n.toLocaleString('en-US'));

function row(name: string, m: Measured | undefined, note = ''): string {
  if (!m) return `| ${name} | – | – | – | – | – | ${note} |`;
  return `| ${name} | ${sec(m.wall.median)} | ${sec(m.wall.min)} | ${pct(m.wall.spread)} | ${sec(m.cpu.median)} | ${mib(m.peakTreeRssMiB.max)} | ${note} |`;
}

function phaseRow(name: string, m: Measured | undefined, phase: string, note = ''): string {
  const s = m?.phases[phase];
  if (!s) return `| ${name} | – | – | – | – | | ${note} |`;
  return `| ${name} | ${sec(s.median)} | ${sec(s.min)} | ${pct(s.spread)} | ${sec(m.phasesCpu[phase]?.median)} | | ${note} |`;
}

function formatTarget(t: Target): string {
  const value =
    t.measured === undefined
      ? '–'
      : t.unit === 's'
        ? `${t.measured.toFixed(1)} s`
        : t.unit === '×'
          ? `${t.measured.toFixed(2)} ×`
          : t.unit === 'MiB'
            ? `${Math.round(t.measured)} MiB`
            : t.unit === 'KB'
              ? `${t.measured.toFixed(2)} KB`
              : t.unit === 'ok'
                ? t.measured === 1
                  ? 'ja'
                  : 'nee'
                : `${t.measured}`;
  const verdict = t.pass === undefined ? '(n.v.t.)' : t.pass ? 'gehaald' : 'niet gehaald';
  const by =
    t.pass === false && t.measured !== undefined && t.unit !== 'ok' && t.unit !== 'pagina’s' && t.limit > 0
      ? ` (${Math.round((t.measured / t.limit - 1) * 100)} % boven de grens)`
      : '';
  return `| ${t.doel} | ${value} | ${verdict}${by} | ${t.note ?? ''} |`;
}

export function toMarkdown(r: BenchResult): string {
  const o = r.ours;
  const plain = 'skipped' in r.astroPlain ? undefined : r.astroPlain;
  const hugo = 'skipped' in r.hugo ? undefined : r.hugo;
  const scripts = Object.entries(o.output.scripts)
    .map(([name, b]) => `${name} ${b ? `${int(b.total)} B${b.count > 0 ? ` (${b.count} script${b.count === 1 ? '' : 's'})` : ''}` : '–'}`)
    .join(', ');
  const lines = [
    `# Bench ${r.size} (${int(r.corpus.activiteiten)} activiteiten), ${r.datum}`,
    '',
    `- Corpus: \`${r.corpus.dir}\`, seed ${r.seed}, vandaag ${r.corpus.vandaag}, ${int(r.corpus.bestanden)} bestanden${r.corpus.reused ? ' (hergebruikt)' : ''}`,
    `- Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB; load average voor ${r.machine.loadBefore.join(' / ')}, na ${r.machine.loadAfter.join(' / ')}`,
    `- Versies: Node ${r.versions.node}, Astro ${r.versions.astro ?? '–'}, Pagefind ${r.versions.pagefind ?? '–'}, Hugo ${r.versions.hugo ?? '–'}`,
    `- Commit: ${r.git.commit ?? '–'}${r.git.changedFiles > 0 ? ` (+ ${r.git.changedFiles} gewijzigde bestanden in de werkmap)` : ''}`,
    `- Herhalingen: ${r.reps} koude bouw${r.reps === 1 ? '' : 'en'} per site${r.snel ? '; --snel: zonder basislijnen' : ''}. NODE_OPTIONS=${r.settings.nodeOptions}${r.settings.concurrency ? `; build.concurrency ${r.settings.concurrency}` : ''}${r.settings.experiment ? `; **experiment ${r.settings.experiment}** (een what-if op een kopie, niet de echte code)` : ''}`,
    '- Tijd = wandkloktijd; CPU = user + sys van de hele procesboom; geheugen = hoogste som van RSS van alle processen in de boom (elke 100 ms gemeten).',
    '',
    '| meting | tijd (mediaan) | tijd (minimum) | spreiding | CPU (mediaan) | piekgeheugen | |',
    '|---|---|---|---|---|---|---|',
    row('Wijkwijzer: controle + bouw + zoekindex (koud)', o.cold),
    phaseRow('… waarvan controle', o.cold, 'check'),
    phaseRow('… waarvan Astro-build', o.cold, 'astro'),
    phaseRow('… waarvan sitemap', o.cold, 'sitemap'),
    phaseRow('… waarvan Pagefind', o.cold, 'pagefind'),
    row('Wijkwijzer: alleen controle', o.checkOnly),
    row('Wijkwijzer: opnieuw bouwen na 1 gewijzigde activiteit (warm)', o.warm, o.warm ? '' : 'overgeslagen'),
    row('Kale Astro + Pagefind (koud)', plain?.cold, plain ? '' : (r.astroPlain as { skipped: string }).skipped),
    phaseRow('… waarvan Astro-build', plain?.cold, 'astro'),
    phaseRow('… waarvan Pagefind', plain?.cold, 'pagefind'),
    row(`Hugo ${r.versions.hugo ?? ''}`.trim(), hugo?.cold, hugo ? '' : (r.hugo as { skipped: string }).skipped),
    '',
    '| uitvoer | Wijkwijzer | kale Astro | Hugo |',
    '|---|---|---|---|',
    `| HTML-pagina’s | ${int(o.output.htmlPages)} (Astro: ${int(o.astroPages)} bestanden) | ${int(plain?.output.htmlPages)} | ${int(hugo?.htmlPages)} |`,
    `| pagina’s per seconde (Astro-build) | ${o.pagesPerSecond?.toFixed(0) ?? '–'} | ${plain && plain.cold.phases.astro ? (plain.output.htmlPages / (plain.cold.phases.astro.min / 1000)).toFixed(0) : '–'} | ${hugo ? (hugo.htmlPages / (hugo.cold.wall.min / 1000)).toFixed(0) : '–'} |`,
    `| HTML in totaal | ${kb(o.output.htmlBytes)} | ${kb(plain?.output.htmlBytes)} | |`,
    `| uitvoer in totaal | ${kb(o.output.bytes)} in ${int(o.output.files)} bestanden | | |`,
    `| activiteitpagina gzip (mediaan / grootste) | ${kb(o.output.activity.gzipMedian)} / ${kb(o.output.activity.gzipMax)} (${o.output.activity.gzipMaxPath ?? '–'}) | | |`,
    `| grootste pagina | ${kb(o.output.largest?.bytes)} (${o.output.largest?.path ?? '–'}) | | |`,
    `| pagina’s boven 80 KB | ${o.output.overLimit.count}${o.output.overLimit.count > 0 ? `: ${o.output.overLimit.largest.slice(0, 4).map((p) => `${p.path} ${kb(p.bytes)}`).join(', ')}` : ''} | | |`,
    `| script per paginatype (bytes) | ${scripts} | | |`,
    `| Pagefind | ${o.output.pagefind ? `${int(o.output.pagefind.pages)} pagina’s, ${kb(o.output.pagefind.bytes)}, ${kb(o.output.pagefind.bytesPerPage)} per pagina` : '–'} | ${plain?.output.pagefind ? `${int(plain.output.pagefind.pages)} pagina’s, ${kb(plain.output.pagefind.bytes)}, ${kb(plain.output.pagefind.bytesPerPage)} per pagina` : '–'} | |`,
    '',
    '| verhouding | tijd (minimum) | CPU (minimum) |',
    '|---|---|---|',
    `| Wijkwijzer / (kale Astro + Pagefind) | ${x2(r.ratios.oursVsPlain)} | ${x2(r.ratios.oursVsPlainCpu)} |`,
    `| Astro-build Wijkwijzer / Astro-build kaal | ${x2(r.ratios.astroVsPlainAstro)} | ${x2(r.ratios.astroVsPlainAstroCpu)} |`,
    `| Astro-build Wijkwijzer / Hugo | ${x2(r.ratios.astroVsHugo)} | ${x2(r.ratios.astroVsHugoCpu)} |`,
    `| Astro-build kaal / Hugo | ${x2(r.ratios.plainAstroVsHugo)} | |`,
    `| t(L) / t(S) | ${x2(r.ratios.lVsS)} | ${x2(r.ratios.lVsSCpu)} |`,
    '',
    '| doel (issue 9) | gemeten | uitslag | |',
    '|---|---|---|---|',
    ...r.targets.map(formatTarget),
    '',
  ];
  return lines.join('\n');
}
