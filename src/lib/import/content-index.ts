/**
 * What already exists in a content folder, read leniently: the entries of
 * every collection with their slug and raw data, and the site settings the
 * scaffold and the import need (time zone, horizon). Files that cannot be
 * read are skipped here; the content check reports them.
 */
import type { CollectionName } from '../../schemas/common.ts';
import { COLLECTIONS } from '../../schemas/index.ts';
import type { ContentFile } from '../check/check-content.ts';
import { parseSource } from '../check/source.ts';

/** One existing entry. */
export interface IndexedEntry {
  collection: CollectionName;
  slug: string;
  /** Path relative to the content root, e.g. `activiteiten/koffie.md`. */
  relative: string;
  data: Record<string, unknown>;
  body: string;
}

/** The existing content of a folder. */
export interface ContentIndex {
  entries: Map<CollectionName, IndexedEntry[]>;
  /** Every file name (without extension) per collection folder, also of unreadable files. */
  taken: Map<CollectionName, Set<string>>;
  site: { tijdzone: string; horizonMaanden: number; schoolvakantieRegio?: 'noord' | 'midden' | 'zuid' };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Indexes the files of a content folder (as `readContentFolder` returns them). */
export function indexContent(files: readonly ContentFile[]): ContentIndex {
  const entries = new Map<CollectionName, IndexedEntry[]>();
  const taken = new Map<CollectionName, Set<string>>();
  for (const c of COLLECTIONS) {
    entries.set(c.name, []);
    taken.set(c.name, new Set());
  }
  const site: ContentIndex['site'] = { tijdzone: 'Europe/Amsterdam', horizonMaanden: 6 };
  for (const file of files) {
    if (file.relative === 'site.yaml' || file.relative === 'site.yml') {
      const parsed = parseSource(file.text, false);
      if (parsed.ok && isObject(parsed.source.data)) {
        const d = parsed.source.data;
        if (typeof d.tijdzone === 'string') site.tijdzone = d.tijdzone;
        if (typeof d.horizon_maanden === 'number' && d.horizon_maanden >= 1) site.horizonMaanden = d.horizon_maanden;
        if (d.schoolvakantie_regio === 'noord' || d.schoolvakantie_regio === 'midden' || d.schoolvakantie_regio === 'zuid') {
          site.schoolvakantieRegio = d.schoolvakantie_regio;
        }
      }
      continue;
    }
    const [folder, name, ...rest] = file.relative.split('/');
    if (folder === undefined || name === undefined || rest.length > 0) continue;
    const def = COLLECTIONS.find((c) => c.name === folder);
    const dot = name.lastIndexOf('.');
    if (!def || dot <= 0 || !def.extensions.includes(name.slice(dot).toLowerCase())) continue;
    const slug = name.slice(0, dot);
    taken.get(def.name)!.add(slug);
    const parsed = parseSource(file.text, def.markdown);
    if (!parsed.ok || !isObject(parsed.source.data)) continue;
    entries.get(def.name)!.push({ collection: def.name, slug, relative: file.relative, data: parsed.source.data, body: parsed.source.body });
  }
  return { entries, taken, site };
}

/** The display name of an entry: `naam`, else `titel`, else the slug. */
export function nameOf(entry: IndexedEntry): string {
  const { naam, titel } = entry.data;
  return typeof naam === 'string' ? naam : typeof titel === 'string' ? titel : entry.slug;
}

/** The last day the agenda shows: today plus `months`, clipped to the end of the month (as the site computes it). */
export function horizonEnd(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}
