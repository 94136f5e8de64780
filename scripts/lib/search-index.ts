/** Builds the Pagefind index of a built site through Pagefind's Node API, failing on errors or an empty index. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlFiles } from './html-files.ts';

export interface SearchIndexResult {
  ok: boolean;
  pages: number;
  kilobytes: number;
  errors: string[];
}

function folderSize(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    total += stat.isDirectory() ? folderSize(full) : stat.size;
  }
  return total;
}

/**
 * Pagefind reads <dt> and <dd> as inline text, so a fact list "Kosten: gratis" would be indexed as the one
 * word "KostenGratis" and "gratis" would not be found. A space after each closing tag keeps the words apart;
 * only the indexed copy changes, never the page.
 *
 * @example separateDefinitions('<dt>Kosten</dt><dd>Gratis</dd>') // '<dt>Kosten</dt> <dd>Gratis</dd> '
 */
export function separateDefinitions(html: string): string {
  return html.replace(/<\/(dt|dd)>/gi, '</$1> ');
}

/**
 * Whether a page marks its searchable part with data-pagefind-body. A byte search on the undecoded file: cheap,
 * also for the agenda lists of many megabytes that do not have it.
 *
 * @example hasPagefindBody(Buffer.from('<main data-pagefind-body>')) // true
 */
export function hasPagefindBody(html: Buffer): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * The part of a page Pagefind reads: the `<html>` start tag, the `<title>` and the `<main data-pagefind-body>`
 * element. Everything outside main (head, header, footer, JSON-LD) is ignored by Pagefind once a page has
 * data-pagefind-body, but it still had to parse it: about two thirds of an activity page. A page without such a
 * main comes back whole.
 *
 * @example searchablePart('<html lang="nl"><head><title>K</title></head><body><main data-pagefind-body>K</main><footer>…</footer></body></html>')
 * // '<html lang="nl"><head><title>K</title></head><body><main data-pagefind-body>K</main></body></html>'
 */
export function searchablePart(html: string): string {
  const bodyAttr = html.indexOf('data-pagefind-body');
  const mainStart = bodyAttr < 0 ? -1 : html.lastIndexOf('<main', bodyAttr);
  const mainEnd = mainStart < 0 ? -1 : html.indexOf('</main>', bodyAttr);
  // The attribute must belong to the main start tag itself.
  if (mainEnd < 0 || html.indexOf('>', mainStart) < bodyAttr) return html;
  const htmlTag = /^[\s\S]*?(<html[^>]*>)/.exec(html)?.[1] ?? '<html>';
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return `${htmlTag}<head>${title}</head><body>${html.slice(mainStart, mainEnd + '</main>'.length)}</body></html>`;
}

/** Pages in the written index, summed over its languages (pagefind-entry.json). */
function indexedPageCount(outputPath: string): number {
  const entryFile = join(outputPath, 'pagefind-entry.json');
  if (!existsSync(entryFile)) return 0;
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
}

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  errors.push(...createErrors);
  if (!index) return { ok: false, pages: 0, kilobytes: 0, errors: ['Pagefind kon geen index maken.', ...errors] };
  // Files go in one by one (a few at a time) instead of addDirectory, so each can be prepared first.
  // Only pages with data-pagefind-body go in: once any page has it, Pagefind ignores every page without it,
  // so the index is the same, but the big agenda lists are neither decoded here nor sent to Pagefind's backend.
  const files = htmlFiles(siteDir);
  let next = 0;
  let sent = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      const raw = readFileSync(file);
      if (!hasPagefindBody(raw)) continue;
      sent += 1;
      const content = separateDefinitions(searchablePart(raw.toString('utf8')));
      const response = await index.addHTMLFile({ sourcePath: relative(siteDir, file), content });
      errors.push(...response.errors);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  // Without data-pagefind-body anywhere Pagefind would fall back to indexing every page, agenda lists and all.
  if (errors.length === 0 && sent === 0) {
    errors.push('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body. Geef BaseLayout searchable mee op de pagina’s die in de zoekresultaten horen.');
  }
  const outputPath = join(siteDir, 'pagefind');
  if (errors.length === 0) {
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
  }
  await pagefind.close();
  // The index itself says how many of the files it took in.
  const pages = errors.length === 0 ? indexedPageCount(outputPath) : 0;
  if (errors.length === 0 && pages === 0) errors.push('De zoekindex is leeg: Pagefind nam geen enkele pagina op.');
  return {
    ok: errors.length === 0,
    pages,
    kilobytes: errors.length === 0 ? folderSize(outputPath) / 1024 : 0,
    errors: errors.map((e) => `Pagefind: ${e}`),
  };
}
