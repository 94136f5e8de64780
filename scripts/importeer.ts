/**
 * `npm run importeer -- <bestand.ics|bestand.csv> [--wijk …] [--organisator …] [--locatie …] [--droog]`:
 * reads activities from a calendar export or a spreadsheet and writes them as
 * activity files in CONTENT_DIR. A second import of the same source updates
 * the files it made (found by `bron.uid`) instead of adding new ones. Every
 * file is checked with the content check before it is written; `--droog`
 * only shows what would happen.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from '../src/lib/import/args.ts';
import { horizonEnd, indexContent } from '../src/lib/import/content-index.ts';
import { itemsFromCsv } from '../src/lib/import/from-csv.ts';
import { itemsFromIcs } from '../src/lib/import/from-ics.ts';
import { matchByName } from '../src/lib/import/match.ts';
import { planImport, type Actie, type PlanOptions } from '../src/lib/import/plan.ts';
import { readContentFolder } from './lib/read-content.ts';
import { resolveToday } from './lib/today.ts';

const USAGE = `Gebruik: npm run importeer -- <bestand.ics|bestand.csv> [--wijk <naam>] [--organisator <naam>] [--locatie <naam>] [--droog]
  --wijk         wijk voor alle activiteiten die zelf geen wijk hebben
  --organisator  organisatie of initiatief voor alle activiteiten die zelf geen organisator hebben
  --locatie      locatie voor activiteiten waarvan de plek niet herkend wordt
  --droog        laat zien wat er zou gebeuren, zonder iets op te slaan`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { words, flags, switches } = parseArgs(process.argv.slice(2));
if (switches.has('help') || switches.has('hulp')) {
  console.log(USAGE);
  process.exit(0);
}
const file = words[0];
if (file === undefined || words.length > 1) fail(USAGE);
for (const name of Object.keys(flags)) {
  if (!['wijk', 'organisator', 'locatie'].includes(name)) fail(`--${name} kennen we niet.\n${USAGE}`);
}
for (const name of switches) if (name !== 'droog') fail(`--${name} heeft een waarde nodig.\n${USAGE}`);
if (!existsSync(file)) fail(`Het bestand "${file}" bestaat niet.`);
const kind = extname(file).toLowerCase();
if (!['.ics', '.ical', '.ifb', '.csv', '.txt'].includes(kind)) {
  fail(`"${basename(file)}" is geen .ics- of .csv-bestand. Exporteer de agenda als iCalendar (.ics) of sla de spreadsheet op als CSV.`);
}

const contentDir = process.env.CONTENT_DIR ?? './content';
if (!existsSync(resolve(contentDir))) fail(`De map met inhoud "${contentDir}" bestaat niet. Zet CONTENT_DIR op een bestaande map.`);
const root = resolve(contentDir);
const displayRoot = relative(process.cwd(), root).split('\\').join('/') || '.';
const { files } = readContentFolder(root);
const index = indexContent(files);
const today = resolveToday(index.site.tijdzone);
const end = horizonEnd(today, index.site.horizonMaanden);

// Options that name an entry: accept a slug or a name, and say it plainly when it does not exist.
const options: PlanOptions = {};
const resolveOption = (name: 'wijk' | 'organisator' | 'locatie', collections: ('wijken' | 'organisaties' | 'initiatieven' | 'locaties')[], noun: string) => {
  const value = flags[name];
  if (value === undefined) return;
  const m = matchByName(value, collections.flatMap((c) => index.entries.get(c) ?? []), noun);
  if (!m.ok) fail(`--${name}: ${m.message}.`);
  options[name] = m.slug;
};
resolveOption('wijk', ['wijken'], 'wijk');
resolveOption('organisator', ['organisaties', 'initiatieven'], 'organisatie of initiatief');
resolveOption('locatie', ['locaties'], 'locatie');

const source = readFileSync(file, 'utf8');
const { items, problems } = kind === '.csv' || kind === '.txt' ? itemsFromCsv(source, { index, today }) : itemsFromIcs(source, { index, today, horizonEnd: end });
const droog = switches.has('droog');
console.log(`${droog ? 'Proefrit: importeren' : 'Importeren'} van ${basename(file)} naar ${displayRoot} (vandaag ${today}, de agenda loopt tot en met ${end}).`);
for (const problem of problems) console.log(`Let op: ${problem}.`);
if (items.length === 0) fail('Er staan geen activiteiten in het bestand.');

const plan = planImport(items, files, index, options, displayRoot);
const WORD: Record<Actie, string> = {
  nieuw: 'nieuw',
  bijgewerkt: 'bijgewerkt',
  ongewijzigd: 'ongewijzigd',
  overgeslagen: 'overgeslagen',
  fout: 'niet gelukt',
};
console.log('');
for (const line of plan) {
  const where = line.relative === undefined ? '' : ` → ${displayRoot}/${line.relative}`;
  console.log(`${WORD[line.actie].padEnd(12)} ${line.label}${where}`);
  for (const problem of line.problems) console.log(`             ${line.actie === 'fout' ? 'fout' : 'reden'}: ${problem}`);
  for (const note of line.notes) console.log(`             let op: ${note}`);
}

if (!droog) {
  for (const line of plan) {
    if (line.text === undefined || line.relative === undefined) continue;
    const target = join(root, line.relative);
    // New files never overwrite anything; updates replace the file the import made earlier.
    // A content folder without an activiteiten/ folder yet gets one.
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, line.text, line.actie === 'nieuw' ? { flag: 'wx' } : {});
  }
}

const count = (actie: Actie) => plan.filter((p) => p.actie === actie).length;
console.log(
  `\n${count('nieuw')} nieuw, ${count('bijgewerkt')} bijgewerkt, ${count('ongewijzigd')} ongewijzigd, ${count('overgeslagen')} overgeslagen, ${count('fout')} niet gelukt.`,
);
if (droog) console.log('Dit was een proefrit (--droog): er is niets opgeslagen.');
else if (count('nieuw') + count('bijgewerkt') > 0) {
  console.log('Volgende stap: bekijk de nieuwe bestanden, vul aan wat de bron niet weet (themas, doelgroepen, organisator, kosten) en controleer met npm run check.');
}
// exitCode instead of process.exit(): exit() could cut off the last lines when the output goes to a pipe
// (seen in CI: the summary line was missing).
process.exitCode = count('fout') > 0 ? 1 : 0;
