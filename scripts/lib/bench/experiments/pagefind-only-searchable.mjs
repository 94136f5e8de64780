// What-if: Pagefind only gets the pages that can be in the index (those with data-pagefind-body), so the
// large agenda list pages are neither read by Pagefind nor sent to its backend.
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'scripts/lib/search-index.ts';
const text = readFileSync(file, 'utf8');
const anchor = 'const content = separateDefinitions(readFileSync(file, \'utf8\'));';
if (!text.includes(anchor)) throw new Error(`${file}: "${anchor}" not found`);
let patched = text.replace(anchor, `const raw = readFileSync(file, 'utf8');\n      if (!raw.includes('data-pagefind-body')) { skipped += 1; continue; }\n      const content = separateDefinitions(raw);`);
patched = patched.replace('let next = 0;', 'let next = 0;\n  let skipped = 0;');
// "Every file was indexed" now means: every file that was sent, and that is expected.
patched = patched.replace('pages === files.length', 'skipped === 0 && pages === files.length');
writeFileSync(file, patched);
console.log('Pagefind krijgt alleen pagina’s met data-pagefind-body');
