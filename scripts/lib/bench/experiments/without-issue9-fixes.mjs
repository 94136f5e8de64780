// What-if (A/B): the data layer as it was before the issue-9 fixes (commit 405d524): a scan of every
// occurrence per filter and hub page, the unbounded "more at this place" list on activity pages, /agenda.json
// built in memory, and CSS inlined in every page. Everything else is today's code.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BEFORE = '405d5244f31771fe50c73992b48dabac03d7a1a8';
const repo = fileURLToPath(new URL('../../../../', import.meta.url));
for (const file of ['src/data/agenda.ts', 'src/data/projects.ts', 'src/data/site-data.ts', 'src/data/feeds.ts', 'src/pages/agenda.json.ts']) {
  writeFileSync(file, execFileSync('git', ['-C', repo, 'show', `${BEFORE}:${file}`]));
}
const config = readFileSync('astro.config.mjs', 'utf8');
writeFileSync('astro.config.mjs', config.replace(", inlineStylesheets: 'never'", ''));
console.log('data-laag en CSS zoals voor issue 9');
