// What-if: scripts/build.ts runs the content check in a child process, so the memory the check used
// (every content file read and parsed) is given back before Astro starts, instead of staying in the parent.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'scripts/build.ts';
const text = readFileSync(file, 'utf8');
const anchor = 'if (!runContentCheck(contentDir)) {';
if (!text.includes(anchor)) throw new Error(`${file}: "${anchor}" not found`);
const patched = text.replace(
  anchor,
  "if (spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check.ts'], { stdio: 'inherit', env: { ...process.env, CONTENT_DIR: contentDir } }).status !== 0) {",
);
writeFileSync(file, patched);
console.log('de controle draait in een eigen proces');
