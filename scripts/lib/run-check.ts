/** Runs the content check on a folder and prints the report; shared by `check` and `build`. */
import { resolve } from 'node:path';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { formatProblem } from '../../src/lib/check/problems.ts';
import { scheduleChecks } from './schedule-checks.ts';
import { resolveToday } from './today.ts';
import { readContentFolder } from './read-content.ts';

/** Checks `contentDir`, prints the problems and a summary line; returns true when there are no errors. */
export function runContentCheck(contentDir: string): boolean {
  const started = performance.now();
  const { files, tooLarge } = readContentFolder(resolve(contentDir));
  const today = resolveToday();
  const result = checkContent(files, { schedule: scheduleChecks(contentDir, today) });
  const errors = result.problems.filter((p) => p.level === 'fout');
  const warnings = result.problems.filter((p) => p.level === 'waarschuwing');
  for (const file of tooLarge) {
    errors.push({ level: 'fout', file, message: 'dit bestand is groter dan 2 MB. Maak het kleiner of splits het op' });
  }
  if (errors.length > 0) {
    console.log(`Fouten (de site wordt pas gebouwd als deze zijn opgelost):`);
    for (const p of errors) console.log(formatProblem(p));
  }
  if (warnings.length > 0) {
    console.log(`${errors.length > 0 ? '\n' : ''}Waarschuwingen (de site wordt wel gebouwd):`);
    for (const p of warnings) console.log(formatProblem(p));
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  const counted = files.filter((f) => /\.(md|mdx|ya?ml)$/i.test(f.relative)).length;
  const fout = errors.length === 1 ? '1 fout' : `${errors.length} fouten`;
  const waarschuwing = warnings.length === 1 ? '1 waarschuwing' : `${warnings.length} waarschuwingen`;
  console.log(`${errors.length > 0 ? '\n' : ''}Controle van ${contentDir}: ${counted} bestanden, ${fout}, ${waarschuwing} (${seconds} s).`);
  return errors.length === 0;
}
