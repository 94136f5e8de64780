/**
 * Reads a built site (dist/) and reports what the bench asks about its output:
 * page counts and sizes, the gzipped size of activity pages, the largest page,
 * the script bytes each page type ships and the size of the Pagefind index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from './stats.ts';

/** Pages over this many bytes miss the "no page over 80 KB" target. */
export const PAGE_LIMIT_BYTES = 80 * 1024;

export interface ScriptBytes {
  /** Bytes of `<script src>` files (resolved in dist/) plus inline executable scripts. */
  total: number;
  external: number;
  inline: number;
  /** `<script type="application/ld+json">` and other data blocks: not executed, counted apart. */
  data: number;
  /** Number of executable scripts. */
  count: number;
}

export interface OutputReport {
  /** Every file under the output folder. */
  files: number;
  bytes: number;
  htmlPages: number;
  htmlBytes: number;
  largest: { path: string; bytes: number } | undefined;
  overLimit: { count: number; largest: { path: string; bytes: number }[] };
  /** Activity pages (`/agenda/<slug>/`): gzipped size. */
  activity: { pages: number; gzipMedian: number; gzipMax: number; gzipMaxPath: string | undefined; rawMedian: number };
  /** Script bytes per page type (for activity and project pages: the largest over all such pages). */
  scripts: Record<string, ScriptBytes | undefined>;
  pagefind: { pages: number; bytes: number; bytesPerPage: number } | undefined;
}

function walk(root: string, visit: (path: string, size: number) => void) {
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else if (entry.isFile()) visit(full, statSync(full).size);
    }
  }
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const attr = (attrs: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);

/**
 * Script bytes of one HTML page. `resolve` maps a site path like `/_astro/x.js` to its size in bytes
 * (undefined when the file does not exist, e.g. a third-party URL: then it counts as 0 and `missing`).
 */
export function scriptBytes(html: string, resolve: (src: string) => number | undefined): ScriptBytes {
  const result: ScriptBytes = { total: 0, external: 0, inline: 0, data: 0, count: 0 };
  for (const match of html.matchAll(SCRIPT)) {
    const attrs = match[1] ?? '';
    const body = match[2] ?? '';
    const typeMatch = attr(attrs, 'type');
    const type = (typeMatch?.[1] ?? typeMatch?.[2] ?? typeMatch?.[3] ?? '').toLowerCase();
    const executable = type === '' || type === 'module' || type.includes('javascript');
    if (!executable) {
      result.data += Buffer.byteLength(body);
      continue;
    }
    result.count += 1;
    const srcMatch = attr(attrs, 'src');
    const src = srcMatch?.[1] ?? srcMatch?.[2] ?? srcMatch?.[3];
    if (src) result.external += resolve(src) ?? 0;
    else result.inline += Buffer.byteLength(body);
  }
  result.total = result.external + result.inline;
  return result;
}

/** Pages in a Pagefind index (summed over languages) and its size on disk. */
export function pagefindReport(dir: string): OutputReport['pagefind'] {
  const entryFile = join(dir, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return undefined;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  const pages = Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
  let bytes = 0;
  walk(dir, (_, size) => (bytes += size));
  return { pages, bytes, bytesPerPage: pages > 0 ? bytes / pages : 0 };
}

const maxBy = (a: ScriptBytes | undefined, b: ScriptBytes) => (a === undefined || b.total > a.total ? b : a);

export interface AnalyzeOptions {
  /** Activity slugs: their pages are `/agenda/<slug>/index.html`. */
  activities: readonly string[];
  /** Project slugs: `/projecten/<slug>/index.html`. */
  projects?: readonly string[];
  /** Single pages per page type, as site paths (default: home, agenda, zoeken). */
  singles?: Record<string, string>;
}

/** Analyses the site in `distDir`. */
export function analyzeOutput(distDir: string, options: AnalyzeOptions): OutputReport {
  const sizes = new Map<string, number>();
  let files = 0;
  let bytes = 0;
  let htmlPages = 0;
  let htmlBytes = 0;
  const big: { path: string; bytes: number }[] = [];
  let largest: { path: string; bytes: number } | undefined;
  walk(distDir, (full, size) => {
    const path = `/${relative(distDir, full).split(sep).join('/')}`;
    sizes.set(path, size);
    files += 1;
    bytes += size;
    if (!path.endsWith('.html') || path.startsWith('/pagefind/')) return;
    htmlPages += 1;
    htmlBytes += size;
    if (!largest || size > largest.bytes) largest = { path, bytes: size };
    if (size > PAGE_LIMIT_BYTES) big.push({ path, bytes: size });
  });
  big.sort((a, b) => b.bytes - a.bytes);
  const resolve = (src: string) => (src.startsWith('/') ? sizes.get(src.split(/[?#]/)[0]!) : undefined);
  const pageOf = (sitePath: string) => join(distDir, sitePath.replace(/^\//, ''), sitePath.endsWith('.html') ? '' : 'index.html');

  const scripts: Record<string, ScriptBytes | undefined> = {};
  const singles = options.singles ?? { home: '/', agenda: '/agenda/', zoeken: '/zoeken/' };
  for (const [name, sitePath] of Object.entries(singles)) {
    const file = pageOf(sitePath);
    scripts[name] = existsSync(file) ? scriptBytes(readFileSync(file, 'utf8'), resolve) : undefined;
  }

  const gz: number[] = [];
  const raw: number[] = [];
  let gzipMax = 0;
  let gzipMaxPath: string | undefined;
  let activityScripts: ScriptBytes | undefined;
  for (const slug of options.activities) {
    const file = pageOf(`/agenda/${slug}/`);
    if (!existsSync(file)) continue;
    const buffer = readFileSync(file);
    const size = gzipSync(buffer).length;
    gz.push(size);
    raw.push(buffer.length);
    if (size > gzipMax) {
      gzipMax = size;
      gzipMaxPath = `/agenda/${slug}/`;
    }
    activityScripts = maxBy(activityScripts, scriptBytes(buffer.toString('utf8'), resolve));
  }
  scripts.activity = activityScripts;
  let projectScripts: ScriptBytes | undefined;
  for (const slug of options.projects ?? []) {
    const file = pageOf(`/projecten/${slug}/`);
    if (existsSync(file)) projectScripts = maxBy(projectScripts, scriptBytes(readFileSync(file, 'utf8'), resolve));
  }
  if (options.projects) scripts.project = projectScripts;

  const pagefindDir = join(distDir, 'pagefind');
  return {
    files,
    bytes,
    htmlPages,
    htmlBytes,
    largest,
    overLimit: { count: big.length, largest: big.slice(0, 8) },
    activity: { pages: gz.length, gzipMedian: median(gz), gzipMax, gzipMaxPath, rawMedian: median(raw) },
    scripts,
    pagefind: existsSync(pagefindDir) ? pagefindReport(pagefindDir) : undefined,
  };
}
