/**
 * `npm run build`: content check → Astro build → Pagefind index, stopping at
 * the first step that fails. The content folder is CONTENT_DIR (default ./content).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { buildSearchIndex } from './lib/search-index.ts';
import { runContentCheck } from './lib/run-check.ts';
import { readSiteUrl } from './lib/site-url.mjs';
import { writeSitemap } from './lib/sitemap.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';
const outDir = resolve(process.env.OUT_DIR ?? 'dist');
const step = (n: number, text: string) => console.log(`\n[${n}/3] ${text}`);

if (!existsSync(resolve(contentDir))) {
  console.error(`De map met inhoud "${contentDir}" bestaat niet. Zet CONTENT_DIR op een bestaande map.`);
  process.exit(1);
}

step(1, `Inhoud controleren (${contentDir})`);
if (!runContentCheck(contentDir)) {
  console.error('\nDe site is niet gebouwd: los eerst de fouten hierboven op.');
  process.exit(1);
}

step(2, 'Pagina’s bouwen met Astro');
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const started = performance.now();
// Astro caches the content layer; after switching CONTENT_DIR that cache must go, or the old site's
// entries could leak into this build. A marker remembers which folder the cache belongs to.
const marker = resolve('.astro', 'wijkwijzer-content-dir');
const contentKey = resolve(contentDir);
const force = !existsSync(marker) || readFileSync(marker, 'utf8') !== contentKey;
const astro = spawnSync(process.execPath, [astroBin, 'build', ...(force ? ['--force'] : []), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (astro.status !== 0) {
  console.error('\nAstro kon de site niet bouwen (zie de melding hierboven).');
  process.exit(astro.status ?? 1);
}
mkdirSync(dirname(marker), { recursive: true });
writeFileSync(marker, contentKey);
console.log(`Astro klaar in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`Sitemap: ${writeSitemap(outDir, readSiteUrl())} pagina’s.`);

step(3, 'Zoekindex maken met Pagefind');
const result = await buildSearchIndex(outDir);
if (!result.ok) {
  for (const error of result.errors) console.error(error);
  process.exit(1);
}
console.log(`Zoekindex: ${result.pages} pagina’s, ${result.kilobytes.toFixed(0)} KB.`);
console.log(`\nKlaar. De site staat in ${outDir}.`);
