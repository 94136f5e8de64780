/**
 * `npm run check`: validates every file of the content folder (CONTENT_DIR,
 * default ./content) and prints all problems in Dutch, one per line.
 * Exit code 1 when there are errors; warnings alone do not fail.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runContentCheck } from './lib/run-check.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';
if (!existsSync(resolve(contentDir))) {
  console.error(`De map met inhoud "${contentDir}" bestaat niet. Zet CONTENT_DIR op een bestaande map, of maak ./content aan.`);
  process.exit(1);
}
// exitCode, not exit(): exit() would cut off a long report that is still being written to a pipe.
process.exitCode = runContentCheck(contentDir) ? 0 : 1;
