/** The built HTML pages of a site folder: shared by the search index, the sitemap tests and the quality checks. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file below `dir` (full paths, sorted), except in Pagefind's own output folder. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(full);
      } else if (entry.name.endsWith('.html')) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}
