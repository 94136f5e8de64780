/**
 * The content check (DESIGN §4): parses and validates every file of a content
 * folder, checks references and consistency rules, and returns every problem
 * at once. Pure: the caller reads the files and supplies `today`.
 */
import { COLLECTIONS, SiteSchema, collectionLabel, type CollectionDef } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/common.ts';
import { collectRefs } from '../schema-walk.ts';
import { showValue } from '../url-safety.ts';
import { checkBody } from './mdx-safety.ts';
import { lintContent } from './content-lint.ts';
import { bodyPrivacyProblems } from './privacy.ts';
import { formatFieldPath, sortProblems, type Problem } from './problems.ts';
import { RESERVED_PROJECT_SLUGS, isReservedActivitySlug, runRules } from './rules.ts';
import { parseSource, type ParsedSource } from './source.ts';
import { suggest } from './suggest.ts';
import { issuesToProblems, parseOptions } from './zod-messages.ts';

export interface ContentFile {
  /** Path as shown to the editor, e.g. `content/activiteiten/koffie.md`. */
  path: string;
  /** Path relative to the content root, with forward slashes: `activiteiten/koffie.md`. */
  relative: string;
  text: string;
  /** Set by the reader when the file could not be read as text (Dutch, reported as an error). */
  problem?: string | undefined;
}

export interface CheckedEntry {
  collection: CollectionName | 'site';
  slug: string;
  file: string;
  data: unknown;
  /** Parsed output when the schema accepted the entry. */
  value?: unknown;
  body: string;
  source: ParsedSource;
}

export interface CheckResult {
  problems: Problem[];
  entries: CheckedEntry[];
  errorCount: number;
  warningCount: number;
}

/** Extra checks that need the occurrence engine; injected so this module stays small and testable. */
export interface ScheduleChecks {
  /** Dates in `wijzigingen` that the activity's pattern never produces. */
  unmatchedWijzigingen(slug: string, value: unknown): string[];
  /** True when every date of the activity lies before `today`. */
  isEntirelyPast(slug: string, value: unknown): boolean;
}

export interface CheckOptions {
  schedule?: ScheduleChecks;
}

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function collectionOf(relative: string): { def: CollectionDef; slug: string; ext: string } | { error: string } | undefined {
  const parts = relative.split('/');
  if (parts.length !== 2) return undefined;
  const [folder, name] = parts as [string, string];
  const def = COLLECTIONS.find((c) => c.name === folder);
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : '';
  if (!def) return undefined;
  if (!def.extensions.includes(ext)) return { error: `heeft de verkeerde extensie. Gebruik ${def.extensions.join(' of ')}` };
  return { def, slug: name.slice(0, dot), ext };
}

/** Checks a whole content folder. */
export function checkContent(files: readonly ContentFile[], options: CheckOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const slugs = new Map<CollectionName, Map<string, CheckedEntry>>();
  const unreadable = new Map<CollectionName, Set<string>>();
  for (const c of COLLECTIONS) {
    slugs.set(c.name, new Map());
    unreadable.set(c.name, new Set());
  }
  let siteSeen = false;

  for (const file of files) {
    const rel = file.relative;
    if (IMAGE.test(rel)) continue;
    if (file.problem) {
      problems.push({ level: 'fout', file: file.path, message: file.problem });
      continue;
    }
    if (rel === 'site.yaml' || rel === 'site.yml') {
      siteSeen = true;
      const parsed = parseSource(file.text, false);
      if (!parsed.ok) {
        for (const p of parsed.problems) problems.push({ level: 'fout', file: file.path, line: p.line, message: p.message });
        continue;
      }
      const result = SiteSchema.safeParse(parsed.source.data, parseOptions);
      if (!result.success) problems.push(...issuesToProblems(result.error.issues, SiteSchema, file.path, parsed.source.lineOf));
      for (const rp of runRules('site', parsed.source.data)) {
        problems.push({ level: rp.level, file: file.path, line: parsed.source.lineOf(rp.path), field: formatFieldPath(rp.path) || undefined, message: rp.message });
      }
      entries.push({
        collection: 'site',
        slug: 'site',
        file: file.path,
        data: parsed.source.data,
        ...(result.success ? { value: result.data } : {}),
        body: '',
        source: parsed.source,
      });
      continue;
    }
    const where = collectionOf(rel);
    if (!where) {
      const folder = rel.split('/')[0]!;
      const guess = rel.includes('/') ? suggest(folder, COLLECTIONS.map((c) => c.name)) : undefined;
      if (/\.(md|mdx|ya?ml)$/i.test(rel)) {
        problems.push({
          level: 'waarschuwing',
          file: file.path,
          message: guess
            ? `dit bestand wordt niet gelezen: de map "${folder}" bestaat niet. Bedoel je "${guess}"?`
            : `dit bestand wordt niet gelezen. Zet het in één van de mappen: ${COLLECTIONS.map((c) => c.name).join(', ')}`,
        });
      }
      continue;
    }
    if ('error' in where) {
      problems.push({ level: 'fout', file: file.path, message: `dit bestand ${where.error}` });
      continue;
    }
    const { def, slug } = where;
    if (!SLUG.test(slug)) {
      problems.push({
        level: 'fout',
        file: file.path,
        message: `de bestandsnaam "${slug}" mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld koffie-in-de-komin${where.ext}`,
      });
      continue;
    }
    if ((def.name === 'activiteiten' && isReservedActivitySlug(slug)) || (def.name === 'projecten' && RESERVED_PROJECT_SLUGS.has(slug))) {
      problems.push({
        level: 'fout',
        file: file.path,
        message: `de naam "${slug}" is gereserveerd voor een vaste pagina van de ${def.name === 'projecten' ? 'projecten' : 'agenda'}. Kies een andere bestandsnaam`,
      });
      continue;
    }
    const parsed = parseSource(file.text, def.markdown);
    if (!parsed.ok) {
      for (const p of parsed.problems) problems.push({ level: 'fout', file: file.path, line: p.line, message: p.message });
      // The entry exists even though it cannot be read: references to it are not errors of their own.
      unreadable.get(def.name)!.add(slug);
      continue;
    }
    const { source } = parsed;
    const bucket = slugs.get(def.name)!;
    const previous = bucket.get(slug);
    if (previous) {
      problems.push({
        level: 'fout',
        file: file.path,
        message: `er is al een ${def.label} met de naam "${slug}" (${previous.file}). Geef één van de twee een andere bestandsnaam`,
      });
      continue;
    }
    const result = def.schema.safeParse(source.data, parseOptions);
    if (!result.success) problems.push(...issuesToProblems(result.error.issues, def.schema, file.path, source.lineOf));
    for (const rp of runRules(def.name, source.data)) {
      problems.push({ level: rp.level, file: file.path, line: source.lineOf(rp.path), field: formatFieldPath(rp.path) || undefined, message: rp.message });
    }
    if (def.markdown) {
      // The lockdown: no code, no unsafe HTML, no dangerous links in the text (DESIGN §10).
      for (const finding of checkBody(source.body, { mdx: where.ext === '.mdx', bodyLine: source.bodyLine })) {
        problems.push({ level: finding.level, file: file.path, line: finding.line, message: finding.message });
      }
      const contact = obj(obj(source.data)?.contact);
      for (const finding of bodyPrivacyProblems(source.body, source.bodyLine, contact?.toestemming === true)) {
        problems.push({ level: finding.level, file: file.path, line: finding.line, message: finding.message });
      }
      for (const finding of lintContent(source)) problems.push({ ...finding, file: file.path }); // link texts, alt texts, headings
    }
    const entry: CheckedEntry = {
      collection: def.name,
      slug,
      file: file.path,
      data: source.data,
      ...(result.success ? { value: result.data } : {}),
      body: source.body,
      source: lightSource(file.text, def.markdown, source),
    };
    bucket.set(slug, entry);
    entries.push(entry);
  }

  if (!siteSeen) {
    problems.push({
      level: 'fout',
      file: 'site.yaml',
      message: 'ontbreekt in de map met inhoud. Maak site.yaml aan met minstens naam: en url:',
    });
  }

  checkImages(entries, files, problems);
  checkReferences(entries, slugs, unreadable, problems);
  checkCrossRules(entries, slugs, problems);
  if (options.schedule) checkSchedules(entries, options.schedule, problems);

  const sorted = sortProblems(problems.map(printable));
  return {
    problems: sorted,
    entries,
    errorCount: sorted.filter((p) => p.level === 'fout').length,
    warningCount: sorted.filter((p) => p.level === 'waarschuwing').length,
  };
}

/**
 * A problem as it may be printed: control characters and invisible Unicode in values quoted from
 * content are made visible (no terminal escape sequences in CI logs), and very long quotes shortened.
 */
function printable(problem: Problem): Problem {
  return {
    ...problem,
    file: showValue(problem.file, 300),
    ...(problem.field !== undefined ? { field: showValue(problem.field, 120) } : {}),
    message: showValue(problem.message, 600),
  };
}

/** An `afbeelding` must be a file next to (or below) the content file. */
function checkImages(entries: CheckedEntry[], files: readonly ContentFile[], problems: Problem[]) {
  const present = new Set(files.map((f) => f.relative));
  for (const entry of entries) {
    const image = obj(entry.data)?.afbeelding;
    if (typeof image !== 'string' || !/^\.{0,2}\/?[\w./-]+$/.test(image)) continue;
    const folder = entry.collection === 'site' ? '' : `${entry.collection}/`;
    const segments = `${folder}${image.replace(/^\.\//, '')}`.split('/');
    const resolved: string[] = [];
    for (const segment of segments) {
      if (segment === '..') resolved.pop();
      else if (segment !== '.' && segment !== '') resolved.push(segment);
    }
    if (!present.has(resolved.join('/'))) {
      problems.push({
        level: 'fout',
        file: entry.file,
        line: entry.source.lineOf(['afbeelding']),
        field: 'afbeelding',
        message: `het bestand "${image}" bestaat niet. Zet de afbeelding in dezelfde map als dit bestand en schrijf ./naam.jpg`,
      });
    }
  }
}

function checkReferences(
  entries: CheckedEntry[],
  slugs: Map<CollectionName, Map<string, CheckedEntry>>,
  unreadable: Map<CollectionName, Set<string>>,
  problems: Problem[],
) {
  for (const entry of entries) {
    if (entry.collection === 'site') continue;
    const def = COLLECTIONS.find((c) => c.name === entry.collection)!;
    for (const use of collectRefs(def.schema, entry.data)) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(use.value)) continue; // the schema already reported the shape
      const found = use.targets.filter((t) => slugs.get(t as CollectionName)?.has(use.value));
      if (found.length === 0 && use.targets.some((t) => unreadable.get(t as CollectionName)?.has(use.value))) continue;
      if (found.length === 1) continue;
      const line = entry.source.lineOf(use.path);
      const field = formatFieldPath(use.path);
      if (found.length === 0) {
        const candidates = use.targets.flatMap((t) => [...(slugs.get(t as CollectionName)?.keys() ?? [])]);
        const guess = suggest(use.value, candidates);
        const noun = use.targets.map((t) => collectionLabel(t as CollectionName)).join(' of ');
        problems.push({
          level: 'fout',
          file: entry.file,
          line,
          field,
          message: guess
            ? `"${use.value}" bestaat niet als ${noun}. Bedoel je "${guess}"?`
            : `"${use.value}" bestaat niet als ${noun}. Maak ${use.targets[0]}/${use.value} aan of kies een bestaande ${collectionLabel(use.targets[0] as CollectionName)}`,
        });
      } else if (found.length > 1) {
        problems.push({
          level: 'fout',
          file: entry.file,
          line,
          field,
          message: `"${use.value}" is zowel een ${found.map((t) => collectionLabel(t as CollectionName)).join(' als een ')}. Geef één van de twee bestanden een andere naam`,
        });
      }
    }
  }
}

/**
 * What the cross-file rules need of a parsed file, without its YAML document (most of the memory of a parsed
 * file: 380 MB for 10,000 activities, while `npm run build` runs Astro beside the check). The document is
 * parsed again only when a rule reports a problem in this file and needs a line number.
 */
function lightSource(text: string, markdown: boolean, parsed: ParsedSource): ParsedSource {
  const { data, body, bodyLine } = parsed;
  let full: ParsedSource | undefined;
  return {
    data,
    body,
    bodyLine,
    lineOf(path) {
      if (!full) {
        const again = parseSource(text, markdown);
        if (!again.ok) return undefined;
        full = again.source;
      }
      return full.lineOf(path);
    },
  };
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

function checkCrossRules(entries: CheckedEntry[], slugs: Map<CollectionName, Map<string, CheckedEntry>>, problems: Problem[]) {
  const locaties = slugs.get('locaties')!;
  const projecten = slugs.get('projecten')!;
  for (const entry of entries) {
    const data = obj(entry.data);
    if (!data) continue;
    if (entry.collection === 'activiteiten' && data.wijk === undefined && data.wijken === undefined) {
      const place = typeof data.locatie === 'string' ? obj(locaties.get(data.locatie)?.data) : undefined;
      if (typeof data.locatie === 'string' && place && place.wijk === undefined) {
        problems.push({
          level: 'fout',
          file: entry.file,
          line: entry.source.lineOf(['locatie']),
          field: 'wijk',
          message: `ontbreekt, en locatie "${data.locatie}" heeft ook geen wijk. Vul wijk in bij de activiteit of bij de locatie`,
        });
      } else if (typeof data.locatie !== 'string' && data.online !== undefined) {
        problems.push({
          level: 'fout',
          file: entry.file,
          line: entry.source.lineOf(['online']),
          field: 'wijk',
          message: 'ontbreekt. Zeg bij een online activiteit voor welke wijk of wijken die is',
        });
      }
    }
    if (entry.collection === 'projecten' && typeof data.programma === 'string') {
      // Walk up the chain of programmes; a loop would make pages point at each other forever.
      const seen = new Set([entry.slug]);
      let parent: string | undefined = data.programma;
      while (parent) {
        if (seen.has(parent)) {
          problems.push({
            level: 'fout',
            file: entry.file,
            line: entry.source.lineOf(['programma']),
            field: 'programma',
            message: `"${data.programma}" maakt een kring: een project kan niet (via andere projecten) zijn eigen programma zijn`,
          });
          break;
        }
        seen.add(parent);
        const next: unknown = obj(projecten.get(parent)?.data)?.programma;
        parent = typeof next === 'string' ? next : undefined;
      }
    }
  }
}

function checkSchedules(entries: CheckedEntry[], schedule: ScheduleChecks, problems: Problem[]) {
  for (const entry of entries) {
    if (entry.collection !== 'activiteiten' || entry.value === undefined) continue;
    const value = entry.value as { wijzigingen?: { datum: string }[] };
    for (const datum of schedule.unmatchedWijzigingen(entry.slug, entry.value)) {
      const index = value.wijzigingen?.findIndex((w) => w.datum === datum) ?? -1;
      problems.push({
        level: 'fout',
        file: entry.file,
        line: entry.source.lineOf(['wijzigingen', index, 'datum']),
        field: `wijzigingen[${index + 1}].datum`,
        message: `op ${datum} is er volgens het patroon geen bijeenkomst. Kies een datum uit de reeks (let op de weekdag)`,
      });
    }
    if (schedule.isEntirelyPast(entry.slug, entry.value)) {
      problems.push({
        level: 'waarschuwing',
        file: entry.file,
        message: 'alle datums van deze activiteit liggen in het verleden. Ze staat als "afgelopen" op de site; haal het bestand weg of voeg nieuwe datums toe',
      });
    }
  }
}
