/**
 * `npm run nieuw -- <soort> "Titel" [--veld waarde …] [--droog]`: makes a new
 * content file with every field of the schema (the unused ones as comments
 * with a Dutch explanation). In a terminal it asks for the values a valid file
 * needs; without one (CI, the issue-form workflow) they must be given as
 * options, and a missing one is named in Dutch. The file is checked with the
 * content check before it is written, and an existing file is never overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { checkContent } from '../src/lib/check/check-content.ts';
import { formatProblem } from '../src/lib/check/problems.ts';
import { parseArgs } from '../src/lib/import/args.ts';
import { indexContent } from '../src/lib/import/content-index.ts';
import {
  SOORTEN,
  collectValues,
  missingMessage,
  newSlug,
  scaffoldText,
  valuesFromFlags,
  type Ask,
  type Question,
} from '../src/lib/scaffold.ts';
import { readContentFolder } from './lib/read-content.ts';
import { scheduleChecks } from './lib/schedule-checks.ts';
import { resolveToday } from './lib/today.ts';

const USAGE = `Gebruik: npm run nieuw -- <soort> "Titel" [--veld waarde …] [--tekst "langere tekst"] [--droog]
Soorten: ${SOORTEN.map((s) => s.naam).join(', ')}
Voorbeeld: npm run nieuw -- activiteit "Koffieochtend" --samenvatting "Elke dinsdag koffie en een praatje." --locatie de-wiershoeck --elke week --dagen dinsdag --vanaf 2026-12-01 --tijd 10:00-12:00`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function main() {
  const { words, flags, switches } = parseArgs(process.argv.slice(2));
  if (switches.has('help') || switches.has('hulp') || words.length === 0) {
    console.log(USAGE);
    process.exit(words.length === 0 && !switches.has('help') && !switches.has('hulp') ? 1 : 0);
  }
  const [soortNaam, ...titleWords] = words;
  const soort = SOORTEN.find((s) => s.naam === soortNaam?.toLowerCase() || s.collection === soortNaam?.toLowerCase());
  if (!soort) fail(`"${soortNaam}" is geen soort die npm run nieuw kent. Kies uit: ${SOORTEN.map((s) => s.naam).join(', ')}.`);
  const titel = titleWords.join(' ').trim();
  if (titel === '') fail(`Geef ook een titel mee, tussen aanhalingstekens. Bijvoorbeeld: npm run nieuw -- ${soort.naam} "Koffieochtend"`);
  const droog = switches.has('droog');
  for (const name of switches) {
    if (name !== 'droog') fail(`--${name} heeft geen waarde. Schrijf --${name} "…", of laat de optie weg.`);
  }

  const contentDir = process.env.CONTENT_DIR ?? './content';
  if (!existsSync(resolve(contentDir))) fail(`De map met inhoud "${contentDir}" bestaat niet. Zet CONTENT_DIR op een bestaande map.`);
  const { files } = readContentFolder(resolve(contentDir));
  const index = indexContent(files);
  const today = resolveToday(index.site.tijdzone);
  const ctx = { index, today };

  // --tekst is the longer text under the front matter, not a field.
  const { tekst: body, ...fieldFlags } = flags;
  if (body !== undefined && soort.ext !== '.md') fail(`--tekst kan alleen bij een activiteit, initiatief, project of nieuwsbericht.`);
  const fromFlags = valuesFromFlags(soort, fieldFlags, ctx);
  if (fromFlags.problems.length > 0) fail(`Deze opties kloppen niet:\n${fromFlags.problems.map((p) => `  ${p}`).join('\n')}`);

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const rl = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
  // Lines typed (or pasted) before a question is shown wait in a queue instead of getting lost.
  const lines: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  const stop = () => {
    console.log('\nGestopt: er is niets bewaard.');
    process.exit(130);
  };
  rl?.on('line', (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else lines.push(line);
  });
  rl?.on('close', stop); // Ctrl+D
  rl?.on('SIGINT', stop); // Ctrl+C
  const nextLine = (prompt: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(prompt);
      const queued = lines.shift();
      if (queued !== undefined) {
        process.stdout.write(`${queued}\n`);
        resolve(queued);
      } else waiting = resolve;
    });
  const ask: Ask = async (question: Question) => {
    if (!rl) return undefined;
    if (question.fout) console.log(`  Dat lukt niet: ${question.fout}.`);
    const keuzes = question.keuzes ?? [];
    if (keuzes.length > 0 && !question.fout) {
      keuzes.forEach((k, i) => console.log(`  ${String(i + 1).padStart(3)}. ${k.waarde}${k.label !== k.waarde ? ` (${k.label})` : ''}`));
    }
    const suffix = question.standaard !== undefined ? ` [${question.standaard}]` : question.optional ? ' (mag leeg)' : '';
    const answer = (await nextLine(`${question.vraag}${suffix}: `)).trim();
    const number = Number(answer);
    if (keuzes.length > 0 && answer !== '' && Number.isInteger(number) && number >= 1 && number <= keuzes.length) return keuzes[number - 1]!.waarde;
    return answer;
  };
  if (interactive) console.log(`Nieuw: ${soort.lidwoord} "${titel}". Beantwoord een paar vragen (Ctrl+C stopt zonder iets te bewaren).\n`);
  const { values, missing } = await collectValues(soort, titel, fromFlags.values, ask, ctx);
  rl?.off('close', stop);
  rl?.close();
  if (missing.length > 0) fail(missingMessage(soort, titel, missing));

  const slug = newSlug(soort, titel, values, index);
  const relativePath = `${soort.collection}/${slug}${soort.ext}`;
  const fullPath = join(resolve(contentDir), relativePath);
  const displayPath = relative(process.cwd(), fullPath).split('\\').join('/');
  const text = scaffoldText(soort, values, ctx, body);

  // Check the new file together with everything that exists, before writing it.
  const result = checkContent([...files, { path: displayPath, relative: relativePath, text }], { schedule: scheduleChecks(contentDir, today) });
  const own = result.problems.filter((p) => p.file === displayPath);
  const errors = own.filter((p) => p.level === 'fout');
  if (errors.length > 0) {
    fail(`Het bestand is niet gemaakt, want de controle vond problemen:\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}\nGeef de juiste waarden mee en probeer het opnieuw.`);
  }
  if (droog) {
    console.log(`Proefrit (--droog): dit bestand zou ${displayPath} worden. Er is niets bewaard.\n`);
    console.log(text);
    return;
  }
  mkdirSync(join(resolve(contentDir), soort.collection), { recursive: true });
  try {
    writeFileSync(fullPath, text, { flag: 'wx' }); // wx: never overwrite
  } catch {
    fail(`${displayPath} bestaat al. Er is niets overschreven; kies een andere titel.`);
  }
  console.log(`Gemaakt: ${displayPath}`);
  for (const warning of own.filter((p) => p.level === 'waarschuwing')) console.log(`Let op: ${formatProblem(warning)}`);
  console.log(
    [
      '',
      'Volgende stap:',
      `  1. Open ${displayPath} en lees de velden met # ervoor. Wil je er één gebruiken, haal dan "# " weg en vul hem in.`,
      soort.ext === '.md' ? '  2. Schrijf onder de tweede regel met --- een korte tekst voor bezoekers.' : '  2. Vul de beschrijving in als je die hebt.',
      '  3. Controleer met: npm run check',
    ].join('\n'),
  );
}

await main();
