/**
 * `npm run build`: content check → Astro build → Pagefind index, stopping at
 * the first step that fails. The content folder is CONTENT_DIR (default ./content).
 *
 * The check and Astro start together, each in a process of its own (the check's memory is given back when it
 * ends). Astro's output is held back until the check has passed; when it fails, Astro is stopped and only the
 * check's report is shown.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChild, startHeld } from './lib/held-child.ts';
import { buildSearchIndex } from './lib/search-index.ts';
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
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const started = performance.now();
// Astro caches the content layer; after switching CONTENT_DIR that cache must go, or the old site's
// entries could leak into this build. A marker remembers which folder the cache belongs to. It is removed
// while a forced build runs: if that build is stopped halfway, the next one starts from scratch again.
const marker = resolve('.astro', 'wijkwijzer-content-dir');
const contentKey = resolve(contentDir);
const force = !existsSync(marker) || readFileSync(marker, 'utf8') !== contentKey;
if (force) rmSync(marker, { force: true });
const astro = startHeld(process.execPath, [astroBin, 'build', ...(force ? ['--force'] : []), ...process.argv.slice(2)], {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  // Astro writes to a pipe now, not to the terminal; keep its colours when the terminal has them.
  ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
});
// The check is scripts/check.ts (`npm run check`), run by this Node with tsx, as the npm scripts do.
const checkScript = fileURLToPath(new URL('./check.ts', import.meta.url));
const checked = await runChild(process.execPath, ['--import', import.meta.resolve('tsx'), checkScript], {
  ...process.env,
  CONTENT_DIR: contentDir,
});
if (checked !== 0) {
  await astro.stop();
  console.error('\nDe site is niet gebouwd: los eerst de fouten hierboven op.');
  process.exit(1);
}

step(2, 'Pagina’s bouwen met Astro');
astro.release();
const astroStatus = await astro.done;
if (astroStatus !== 0) {
  console.error('\nAstro kon de site niet bouwen (zie de melding hierboven).');
  process.exit(astroStatus);
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
