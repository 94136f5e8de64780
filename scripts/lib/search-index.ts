/** Builds the Pagefind index of a built site through Pagefind's Node API, failing on errors or an empty index. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

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

export async function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const errors: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  errors.push(...createErrors);
  if (!index) return { ok: false, pages: 0, kilobytes: 0, errors: ['Pagefind kon geen index maken.', ...errors] };
  const added = await index.addDirectory({ path: siteDir });
  errors.push(...added.errors);
  const outputPath = join(siteDir, 'pagefind');
  if (errors.length === 0) {
    const written = await index.writeFiles({ outputPath });
    errors.push(...written.errors);
  }
  await pagefind.close();
  if (added.page_count === 0) errors.push('De zoekindex is leeg: geen enkele pagina heeft data-pagefind-body.');
  return {
    ok: errors.length === 0,
    pages: added.page_count,
    kilobytes: errors.length === 0 ? folderSize(outputPath) / 1024 : 0,
    errors: errors.map((e) => `Pagefind: ${e}`),
  };
}
