/** Reads every file of a content folder for the check (the only file IO of the check). */
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from '../../src/lib/check/check-content.ts';

const MAX_BYTES = 2 * 1024 * 1024;
const TEXT = /\.(md|mdx|ya?ml)$/i;
/** Folders deeper than this are not read (a content folder is two levels deep). */
const MAX_DEPTH = 8;

/**
 * Lists content files (skipping dot-files and node_modules) with display paths relative to `cwd`.
 * Robust against what a content repository can hold: files over 2 MB are listed in `tooLarge`
 * without being read; binary files and bytes that are not UTF-8 reach the check as text with
 * U+FFFD in it (which the check refuses with a line number); symbolic links to folders, special
 * files (pipes, sockets) and files that cannot be read are reported as a problem instead of
 * stopping the check or hanging it.
 */
export function readContentFolder(root: string, cwd = process.cwd()): { files: ContentFile[]; tooLarge: string[] } {
  const files: ContentFile[] = [];
  const tooLarge: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = join(dir, name);
      const rel = relative(root, full).split(sep).join('/');
      const display = relative(cwd, full).split(sep).join('/');
      const problem = (message: string) => files.push({ path: display, relative: rel, text: '', problem: message });
      let stat: Stats;
      try {
        stat = lstatSync(full);
        if (stat.isSymbolicLink()) {
          const target = statSync(full);
          if (target.isDirectory()) {
            problem('dit is een snelkoppeling (symbolische link) naar een map. Zet de bestanden zelf in de map met inhoud');
            continue;
          }
          stat = target;
        }
      } catch {
        problem('dit bestand kan niet gelezen worden (bestaat het nog, of mist er een leesrecht?)');
        continue;
      }
      if (stat.isDirectory()) {
        if (depth < MAX_DEPTH) walk(full, depth + 1);
        continue;
      }
      if (!stat.isFile()) {
        if (TEXT.test(name)) problem('dit is geen gewoon bestand. Zet er een tekstbestand neer');
        continue;
      }
      if (!TEXT.test(name)) {
        files.push({ path: display, relative: rel, text: '' });
        continue;
      }
      if (stat.size > MAX_BYTES) {
        tooLarge.push(display);
        continue;
      }
      try {
        files.push({ path: display, relative: rel, text: decoder.decode(readFileSync(full)) });
      } catch {
        problem('dit bestand kan niet gelezen worden (mist er een leesrecht?)');
      }
    }
  };
  walk(root, 0);
  return { files, tooLarge };
}
