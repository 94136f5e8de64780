/**
 * Turns imported activities into a plan of file changes: which file is new,
 * which existing file (found by `bron.uid`) is updated, which stays the same,
 * and which cannot be imported and why. Every new or changed file is checked
 * with the project's content check, together with the rest of the folder,
 * before the plan allows it to be written.
 *
 * Pure: the caller reads the folder and writes the files.
 */
import { ActiviteitSchema } from '../../schemas/activiteit.ts';
import { checkContent, type ContentFile, type ScheduleChecks } from '../check/check-content.ts';
import { formatProblem } from '../check/problems.ts';
import { isReservedActivitySlug } from '../check/rules.ts';
import { findUnmatchedWijzigingen, type ScheduleSource } from '../recurrence.ts';
import { renderFile } from '../scaffold.ts';
import { slugify, uniqueSlug } from '../slug.ts';
import type { ContentIndex, IndexedEntry } from './content-index.ts';

type Data = Record<string, unknown>;

/** One activity read from a calendar or a spreadsheet. */
export interface ImportItem {
  /** How the report names it: "Buurtsoos" or "regel 4 (Buurtsoos)". */
  label: string;
  /** Identity in the source; stored as `bron.uid`. */
  uid: string;
  /** Link to the event in the source (https only). */
  url?: string | undefined;
  titel: string;
  /** Fields the source decides: they replace what an existing file has. */
  fields: Data;
  /** Fields only filled in when the file does not have them yet. */
  defaults: Data;
  /** Replaces the body of an existing file when set. */
  body?: string | undefined;
  /** Text of the place in the source, when it matched no locatie. */
  unmatchedLocation?: string | undefined;
  /** What could not be taken over exactly, in Dutch. */
  notes: string[];
  /** Set when the item cannot be imported, with the reason. */
  skip?: string | undefined;
}

/** Options given on the command line. */
export interface PlanOptions {
  wijk?: string | undefined;
  organisator?: string | undefined;
  /** Locatie for items whose place is unknown. */
  locatie?: string | undefined;
}

/** What happens to one item. */
export type Actie = 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'overgeslagen' | 'fout';

/** One line of the plan. */
export interface PlannedFile {
  label: string;
  uid: string;
  actie: Actie;
  /** `activiteiten/<slug>.md` for nieuw/bijgewerkt/ongewijzigd. */
  relative?: string;
  /** The new text for nieuw/bijgewerkt. */
  text?: string;
  notes: string[];
  /** Check problems (fout) or the reason it was skipped. */
  problems: string[];
}

/** Schedule and identity fields the import always owns: an update replaces or removes them. */
const OWNED = ['titel', 'datum', 'tijd', 'einddatum', 'data', 'herhaling', 'wijzigingen', 'bron'] as const;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of plain data (key order does not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameData(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameData(a[k], b[k]));
  }
  return false;
}

/** The data of an activity after importing `item` into `existing` (or into nothing). */
export function mergeActivity(existing: Data | undefined, item: ImportItem): Data {
  const bron = { uid: item.uid, ...(item.url !== undefined ? { url: item.url } : {}) };
  const base: Data = existing ? { ...existing } : {};
  for (const key of OWNED) delete base[key];
  if (existing && item.fields.status === undefined && existing.status === 'geannuleerd') {
    // The source no longer says it is cancelled.
    delete base.status;
    delete base.status_toelichting;
  }
  if (item.fields.locatie !== undefined) delete base.online;
  if (item.fields.online !== undefined) delete base.locatie;
  const merged: Data = { ...base, ...item.fields, titel: item.titel, bron };
  for (const [key, value] of Object.entries(item.defaults)) {
    if (merged[key] !== undefined || value === undefined) continue;
    if ((key === 'locatie' && merged.online !== undefined) || (key === 'online' && merged.locatie !== undefined)) continue;
    merged[key] = value;
  }
  return merged;
}

function scheduleChecksFor(index: ContentIndex): ScheduleChecks {
  const options = index.site.schoolvakantieRegio ? { schoolvakantieRegio: index.site.schoolvakantieRegio } : {};
  return {
    unmatchedWijzigingen: (slug, value) => findUnmatchedWijzigingen({ ...(value as Omit<ScheduleSource, 'slug'>), slug }, options),
    isEntirelyPast: () => false, // imported activities in the past are skipped before this
  };
}

/** Existing activities by `bron.uid`. */
function bySourceUid(index: ContentIndex): Map<string, IndexedEntry[]> {
  const map = new Map<string, IndexedEntry[]>();
  for (const entry of index.entries.get('activiteiten') ?? []) {
    const bron = entry.data.bron;
    if (isObject(bron) && typeof bron.uid === 'string') map.set(bron.uid, [...(map.get(bron.uid) ?? []), entry]);
  }
  return map;
}

/**
 * Plans the import of `items` into the content folder `files` (indexed as
 * `index`). `displayRoot` is how paths are shown, e.g. `content`.
 */
export function planImport(
  items: readonly ImportItem[],
  files: readonly ContentFile[],
  index: ContentIndex,
  options: PlanOptions,
  displayRoot: string,
): PlannedFile[] {
  const existingByUid = bySourceUid(index);
  const taken = new Set(index.taken.get('activiteiten'));
  const seenUids = new Set<string>();
  const planned: PlannedFile[] = [];
  const flagDefaults: Data = {
    ...(options.wijk !== undefined ? { wijk: options.wijk } : {}),
    ...(options.organisator !== undefined ? { organisator: options.organisator } : {}),
  };

  for (const item of items) {
    const line: PlannedFile = { label: item.label, uid: item.uid, actie: 'overgeslagen', notes: [...item.notes], problems: [] };
    planned.push(line);
    if (item.skip !== undefined) {
      line.problems.push(item.skip);
      continue;
    }
    if (seenUids.has(item.uid)) {
      line.problems.push(`de UID ${item.uid} komt twee keer voor in het bestand; alleen de eerste is gebruikt`);
      continue;
    }
    seenUids.add(item.uid);
    const matches = existingByUid.get(item.uid) ?? [];
    const existing = matches[0];
    if (matches.length > 1) line.notes.push(`deze bron staat in meer dan één bestand (${matches.map((m) => m.relative).join(', ')}); alleen ${existing!.relative} is bijgewerkt`);
    const defaults: Data = { ...flagDefaults, ...item.defaults };
    if (item.fields.locatie === undefined && item.fields.online === undefined && options.locatie !== undefined) defaults.locatie ??= options.locatie;
    const data = mergeActivity(existing?.data, { ...item, defaults });
    if (data.locatie === undefined && data.online === undefined) {
      line.problems.push(
        item.unmatchedLocation !== undefined
          ? `de plek "${item.unmatchedLocation}" staat niet tussen de locaties. Maak die locatie aan (npm run nieuw -- locatie "…") of geef --locatie <naam> mee`
          : 'er staat geen plek bij. Geef --locatie <naam> mee',
      );
      continue;
    }
    if (data.locatie !== undefined && item.unmatchedLocation !== undefined && item.fields.locatie === undefined) {
      line.notes.push(`de plek "${item.unmatchedLocation}" staat niet tussen de locaties; ${existing?.data.locatie === data.locatie ? 'de locatie uit het bestaande bestand' : `--locatie ${String(data.locatie)}`} is gebruikt`);
    }
    const body = item.body ?? existing?.body ?? '';
    if (existing) {
      line.relative = existing.relative;
      if (sameData(existing.data, data) && existing.body.trim() === body.trim()) {
        line.actie = 'ongewijzigd';
        continue;
      }
      line.actie = 'bijgewerkt';
    } else {
      const slug = uniqueSlug(slugify(item.titel) || 'activiteit', (s) => taken.has(s) || isReservedActivitySlug(s));
      taken.add(slug);
      line.relative = `activiteiten/${slug}.md`;
      line.actie = 'nieuw';
    }
    line.text = renderFile(data, ActiviteitSchema, true, body);
  }

  // Check every new and changed file together with the rest of the folder, before anything is written.
  const changed = planned.filter((p) => p.text !== undefined);
  if (changed.length > 0) {
    const pathOf = (relative: string) => `${displayRoot.replace(/\/$/, '')}/${relative}`;
    const replaced = new Map(changed.map((p) => [p.relative!, p.text!]));
    const candidate: ContentFile[] = files.map((f) => (replaced.has(f.relative) ? { ...f, text: replaced.get(f.relative)! } : f));
    for (const p of changed) {
      if (!files.some((f) => f.relative === p.relative)) candidate.push({ path: pathOf(p.relative!), relative: p.relative!, text: p.text! });
    }
    const result = checkContent(candidate, { schedule: scheduleChecksFor(index) });
    for (const p of changed) {
      const path = candidate.find((f) => f.relative === p.relative)!.path;
      const own = result.problems.filter((problem) => problem.file === path);
      const errors = own.filter((problem) => problem.level === 'fout');
      for (const warning of own.filter((problem) => problem.level === 'waarschuwing')) p.notes.push(`controle: ${formatProblem(warning)}`);
      if (errors.length > 0) {
        p.problems.push(...errors.map((e) => formatProblem(e)));
        p.actie = 'fout';
        delete p.text;
      }
    }
  }
  return planned;
}
