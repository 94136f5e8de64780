/**
 * Work folders of the bench. Other people build in the repository at the same
 * time and share its `.astro/` cache, `dist/` and `node_modules/.vite`, so every
 * site the bench builds gets its own folder under bench/work/ with a copy of
 * the build inputs and a "shadow" node_modules: a real folder whose entries are
 * symbolic links to the packages of the repository, so Node and Vite resolve
 * the same packages while Astro's and Vite's caches (node_modules/.astro,
 * node_modules/.vite) stay inside the work folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Top-level entries of the repository that a build does not read: everything else is copied into the
 * work folder (src, scripts, public, docs for the accessibility report, the config files …), so a new
 * input of the build cannot be forgotten here.
 */
export const NOT_BUILD_INPUTS = new Set([
  '.git',
  '.astro',
  '.ci',
  '.test-dist',
  'node_modules',
  'dist',
  'bench',
  'content',
  'examples',
  'tests',
  'CHANGELOG.md',
  'README.md',
]);

/** The build inputs of the repository at `root`: its top-level entries minus NOT_BUILD_INPUTS and temporary files. */
export function buildInputs(root: string): string[] {
  return readdirSync(root).filter((name) => !NOT_BUILD_INPUTS.has(name) && !/\.(tmp\.\w+|log)$/.test(name));
}

/** Cache folders inside node_modules that must not be shared between builds. */
const PRIVATE_CACHES = new Set(['.vite', '.vite-temp', '.astro', '.cache']);

/** Creates `target/node_modules` with a link to every entry of `root/node_modules` except the cache folders. */
export function shadowNodeModules(root: string, target: string) {
  const source = join(root, 'node_modules');
  const dest = join(target, 'node_modules');
  mkdirSync(dest, { recursive: true });
  for (const name of readdirSync(source)) {
    if (PRIVATE_CACHES.has(name)) continue;
    symlinkSync(join(source, name), join(dest, name));
  }
}

/** A fresh work folder (any previous one removed) holding a copy of `inputs` from `from` and a shadow node_modules. */
export function prepareWorkFolder(root: string, from: string, inputs: readonly string[], workDir: string) {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  for (const name of inputs) {
    const src = join(from, name);
    if (existsSync(src)) cpSync(src, join(workDir, name), { recursive: true, filter: (path) => !/\.test\.ts$/.test(path) });
  }
  shadowNodeModules(root, workDir);
}

export interface CorpusStamp {
  size: string;
  seed: number;
  vandaag: string;
  bestanden?: number;
}

export function readCorpusStamp(dir: string): CorpusStamp | undefined {
  const file = join(dir, '.corpus.json');
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CorpusStamp;
  } catch {
    return undefined;
  }
}

/**
 * Makes sure `dir` holds the corpus of this size, seed and day: reused when its .corpus.json matches,
 * else (re)generated with `npm run corpus` (run as `node --import tsx scripts/corpus.ts`).
 */
export function ensureCorpus(root: string, dir: string, want: { size: string; seed: number; vandaag: string }): { reused: boolean; stamp: CorpusStamp } {
  const present = readCorpusStamp(dir);
  if (present && present.size === want.size && present.seed === want.seed && present.vandaag === want.vandaag) return { reused: true, stamp: present };
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/corpus.ts', '--size', want.size, '--seed', String(want.seed), '--vandaag', want.vandaag, '--uit', dir, '--overschrijf'],
    { cwd: root, encoding: 'utf8' },
  );
  const stamp = readCorpusStamp(dir);
  if (result.status !== 0 || !stamp) throw new Error(`Het maken van de testinhoud is mislukt:\n${result.stdout}\n${result.stderr}`);
  return { reused: false, stamp };
}

/** Slugs of the Markdown files of one collection folder of a content folder. */
export function slugsOf(contentDir: string, collection: string): string[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n))
    .map((n) => n.replace(/\.mdx?$/, ''))
    .sort();
}
