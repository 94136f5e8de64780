/**
 * The benchmark corpus generator (issue 9): a complete, valid content folder
 * of a given size, the same byte for byte for the same seed and `vandaag`.
 * Pure: it returns the files; `scripts/corpus.ts` writes them.
 */
import { addDays, addMonths, daysInMonth, isValidIsoDate, type IsoDate } from '../dates.ts';
import { writeActiviteiten, type ActiviteitStats } from './activiteiten.ts';
import { planInitiatieven, writeInitiatieven } from './initiatieven.ts';
import { writeNieuws } from './nieuws.ts';
import { planProjecten, writeProjecten, type ProjectStats } from './projecten.ts';
import { createContext, makeWorld, type CorpusFile } from './world.ts';

export type { CorpusFile } from './world.ts';

/** How many entries of each collection a corpus has. */
export interface CorpusCounts {
  activiteiten: number;
  wijken: number;
  locaties: number;
  organisaties: number;
  initiatieven: number;
  projecten: number;
  nieuws: number;
}

export type CorpusSize = 'XS' | 'S' | 'M' | 'L';

const FRAME = { wijken: 15, locaties: 60, organisaties: 80, initiatieven: 200, projecten: 50, nieuws: 100 } as const;

/**
 * The sizes of issue 9. S, M and L differ only in the number of activities;
 * XS is a small smoke-test corpus with a smaller frame as well, so a test
 * build of it stays quick.
 */
export const CORPUS_SIZES: Readonly<Record<CorpusSize, CorpusCounts>> = {
  XS: { activiteiten: 50, wijken: 5, locaties: 12, organisaties: 15, initiatieven: 20, projecten: 8, nieuws: 10 },
  S: { activiteiten: 1_000, ...FRAME },
  M: { activiteiten: 3_000, ...FRAME },
  L: { activiteiten: 10_000, ...FRAME },
};

/** Default "today" of a corpus: the project's reference date. */
export const DEFAULT_VANDAAG = '2026-11-25';

export interface CorpusOptions {
  seed: number;
  /** Dates are placed relative to this day. */
  vandaag: IsoDate;
  counts: CorpusCounts;
  /** Months the agenda looks ahead (site.yaml `horizon_maanden`); default 6. */
  horizonMaanden?: number;
}

export interface CorpusStats {
  /** Files per folder (`site.yaml` counts as `site`). */
  bestanden: Record<string, number>;
  activiteiten: ActiviteitStats;
  projecten: ProjectStats;
}

export interface Corpus {
  files: CorpusFile[];
  stats: CorpusStats;
}

/** `vandaag` plus `months` calendar months, clamped to the month's last day. */
function addCalendarMonths(vandaag: IsoDate, months: number): IsoDate {
  const month = addMonths(vandaag.slice(0, 7), months);
  const day = Math.min(Number(vandaag.slice(8, 10)), daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7))));
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Generates a whole corpus in memory. */
export function generateCorpus(options: CorpusOptions): Corpus {
  if (!Number.isInteger(options.seed)) throw new Error(`seed must be an integer, got ${options.seed}`);
  if (!isValidIsoDate(options.vandaag)) throw new Error(`vandaag must be a date YYYY-MM-DD, got ${options.vandaag}`);
  const horizonMaanden = options.horizonMaanden ?? 6;
  const ctx = createContext({
    seed: options.seed,
    vandaag: options.vandaag,
    horizonMaanden,
    // The last day every agenda of this corpus shows; one day of slack against rounding differences.
    horizonEinde: addDays(addCalendarMonths(options.vandaag, horizonMaanden), -1),
  });
  const { counts } = options;
  const world = makeWorld(ctx, counts);
  const initiatieven = planInitiatieven(ctx, world, counts.initiatieven);
  const projecten = planProjecten(ctx, world, counts.projecten);
  const projectenPerWijk = new Map<string, { slug: string }[]>();
  for (const p of projecten) for (const w of p.wijken) projectenPerWijk.set(w, [...(projectenPerWijk.get(w) ?? []), p]);
  writeInitiatieven(ctx, world, initiatieven, projectenPerWijk);
  const projectStats = writeProjecten(ctx, world, projecten, initiatieven);
  const activiteitStats = writeActiviteiten(ctx, world, initiatieven, projecten, counts.activiteiten);
  writeNieuws(ctx, world, initiatieven, projecten, counts.nieuws);

  const bestanden: Record<string, number> = {};
  for (const f of ctx.files) {
    const folder = f.path.includes('/') ? f.path.slice(0, f.path.indexOf('/')) : 'site';
    bestanden[folder] = (bestanden[folder] ?? 0) + 1;
  }
  return { files: ctx.files, stats: { bestanden, activiteiten: activiteitStats, projecten: projectStats } };
}
