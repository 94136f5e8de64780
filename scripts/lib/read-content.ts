/** Reads every file of a content folder for the check (the only file IO of the check). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../../src/lib/check/check-content.ts';

const MAX_BYTES = 2 * 1024 * 1024;
const TEXT = /\.(md|mdx|ya?ml)$/i;

/** Lists content files (skipping dot-files and node_modules) with display paths relative to `cwd`. */
export function readContentFolder(root: string, cwd = process.cwd()): { files: ContentFile[]; tooLarge: string[] } {
  const files: ContentFile[] = [];
  const tooLarge: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const stat = statSync(full);
      if (stat.isDirectory()) {
        walk(full);
        continue;
      }
      const rel = relative(root, full).split(sep).join('/');
      const display = relative(cwd, full).split(sep).join('/');
      if (!TEXT.test(name)) {
        files.push({ path: display, relative: rel, text: '' });
        continue;
      }
      if (stat.size > MAX_BYTES) {
        tooLarge.push(display);
        continue;
      }
      files.push({ path: display, relative: rel, text: readFileSync(full, 'utf8') });
    }
  };
  walk(root);
  return { files, tooLarge };
}
