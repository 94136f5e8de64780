// The baseline pipeline: astro build, then a Pagefind index of the output (Pagefind's Node API, as Wijkwijzer does).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

console.log('[1/2] astro build');
const astro = spawnSync(process.execPath, [astroBin, 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (astro.status !== 0) process.exit(astro.status ?? 1);

console.log('[2/2] pagefind');
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
await pagefind.close();
const problems = [...errors, ...added.errors, ...written.errors];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Klaar: ${added.page_count} pagina's in de index.`);
