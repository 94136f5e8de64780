// What-if: every agenda list shows at most 100 occurrences (the floor pagination or a shorter window could reach).
import { readFileSync, writeFileSync } from 'node:fs';

const file = 'src/components/agenda/AgendaList.astro';
const text = readFileSync(file, 'utf8');
const patched = text.replace('groupByDay(occurrences)', 'groupByDay(occurrences.slice(0, 100))');
if (patched === text) throw new Error(`${file}: groupByDay(occurrences) not found`);
writeFileSync(file, patched);
console.log('elke agendalijst toont hoogstens 100 keer');
