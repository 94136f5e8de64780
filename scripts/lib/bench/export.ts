/**
 * Turns a content folder into plain Markdown for the two baselines (a bare
 * Astro site and Hugo): one file per activity, initiative, project and news
 * item with a title, a summary, a few ready-made fields and the original body.
 * Everything that needs our engine (when an activity takes place, its next
 * dates, names of places) is computed here, once, so the baselines only render.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ActiviteitSchema } from '../../../src/schemas/activiteit.ts';
import { formatKosten, formatOccurrenceTime } from '../../../src/lib/agenda.ts';
import { addMonths, formatDatum } from '../../../src/lib/dates.ts';
import { expandOccurrences } from '../../../src/lib/recurrence.ts';
import { summarizeSchedule } from '../../../src/lib/schedule-summary.ts';

/** The sections of the export and the content folder each comes from. */
export const EXPORT_SECTIONS = { agenda: 'activiteiten', initiatieven: 'initiatieven', projecten: 'projecten', nieuws: 'nieuws' } as const;
export type ExportSection = keyof typeof EXPORT_SECTIONS;

export interface ExportEntry {
  section: ExportSection;
  slug: string;
  title: string;
  samenvatting: string;
  velden: { label: string; waarde: string }[];
  /** Next dates, already formatted (activities only). */
  data: string[];
  body: string;
}

/** Splits a Markdown file into its YAML front matter (parsed) and body. */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parse(match[1] ?? '') as Record<string, unknown> | null) ?? {}, body: match[2] ?? '' };
}

const q = (s: string) => JSON.stringify(s);

/** One export entry as Markdown with YAML front matter (strings in JSON quoting, which YAML reads as is). */
export function toMarkdown(entry: ExportEntry): string {
  const lines = ['---', `title: ${q(entry.title)}`, `samenvatting: ${q(entry.samenvatting)}`, 'velden:'];
  for (const v of entry.velden) lines.push(`  - label: ${q(v.label)}`, `    waarde: ${q(v.waarde)}`);
  if (entry.velden.length === 0) lines[lines.length - 1] = 'velden: []';
  lines.push(entry.data.length === 0 ? 'data: []' : 'data:');
  for (const d of entry.data) lines.push(`  - ${q(d)}`);
  lines.push('---', '', entry.body.trim(), '');
  return lines.join('\n');
}

interface Named {
  naam?: unknown;
  wijk?: unknown;
  adres?: unknown;
  plaats?: unknown;
}

function readYamlFolder(dir: string): Map<string, Named> {
  const map = new Map<string, Named>();
  if (!existsSync(dir)) return map;
  for (const name of readdirSync(dir)) {
    if (!/\.ya?ml$/.test(name)) continue;
    map.set(name.replace(/\.ya?ml$/, ''), (parse(readFileSync(join(dir, name), 'utf8')) as Named | null) ?? {});
  }
  return map;
}

function readMarkdownFolder(dir: string): { slug: string; data: Record<string, unknown>; body: string }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => ({ slug: name.replace(/\.mdx?$/, ''), ...splitFrontMatter(readFileSync(join(dir, name), 'utf8')) }));
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Builds the export entries of a content folder; `today` starts the window of next dates. */
export function buildExport(contentDir: string, today: string): ExportEntry[] {
  const wijken = readYamlFolder(join(contentDir, 'wijken'));
  const locaties = readYamlFolder(join(contentDir, 'locaties'));
  const organisaties = readYamlFolder(join(contentDir, 'organisaties'));
  const initiatieven = readMarkdownFolder(join(contentDir, 'initiatieven'));
  const initiatiefNaam = new Map(initiatieven.map((i) => [i.slug, str(i.data.naam)]));
  const naam = (map: Map<string, Named>, slug: string) => str(map.get(slug)?.naam) ?? slug;
  const field = (label: string, waarde: string | undefined) => (waarde ? [{ label, waarde }] : []);
  const to = `${addMonths(today.slice(0, 7), 6)}-01`;
  const entries: ExportEntry[] = [];

  for (const { slug, data, body } of readMarkdownFolder(join(contentDir, 'activiteiten'))) {
    const parsed = ActiviteitSchema.safeParse(data);
    let wanneer: string | undefined;
    let dates: string[] = [];
    if (parsed.success) {
      const a = parsed.data;
      wanneer = summarizeSchedule({ slug, ...a }, { today }) || undefined;
      dates = expandOccurrences({ slug, ...a }, { from: today, to, tz: 'Europe/Amsterdam' })
        .occurrences.slice(0, 5)
        .map((o) => `${formatDatum(o.datum)}, ${formatOccurrenceTime(o)}`);
    }
    const locatie = str(data.locatie);
    const place = locatie ? locaties.get(locatie) : undefined;
    const wijkSlugs = [...list(data.wijk), ...list(data.wijken)];
    if (wijkSlugs.length === 0 && place && typeof place.wijk === 'string') wijkSlugs.push(place.wijk);
    const organisator = str(data.organisator);
    entries.push({
      section: 'agenda',
      slug,
      title: str(data.titel) ?? slug,
      samenvatting: str(data.samenvatting) ?? '',
      velden: [
        ...field('Wanneer', wanneer),
        ...field('Waar', place ? [str(place.naam), str(place.adres), str(place.plaats)].filter(Boolean).join(', ') : str(data.online) ? 'online' : undefined),
        ...field('Wijk', wijkSlugs.map((w) => naam(wijken, w)).join(', ') || undefined),
        ...field('Kosten', parsed.success ? formatKosten(parsed.data.kosten) : undefined),
        ...field('Organisator', organisator ? (organisaties.has(organisator) ? naam(organisaties, organisator) : initiatiefNaam.get(organisator) ?? organisator) : undefined),
      ],
      data: dates,
      body,
    });
  }
  for (const { slug, data, body } of initiatieven) {
    const organisatie = str(data.organisatie);
    entries.push({
      section: 'initiatieven',
      slug,
      title: str(data.naam) ?? slug,
      samenvatting: str(data.samenvatting) ?? '',
      velden: [
        ...field('Status', str(data.status)),
        ...field('Wijk', [...list(data.wijk), ...list(data.wijken)].map((w) => naam(wijken, w)).join(', ') || undefined),
        ...field('Sinds', str(data.sinds)),
        ...field('Organisatie', organisatie ? naam(organisaties, organisatie) : undefined),
      ],
      data: [],
      body,
    });
  }
  for (const { slug, data, body } of readMarkdownFolder(join(contentDir, 'projecten'))) {
    entries.push({
      section: 'projecten',
      slug,
      title: str(data.naam) ?? slug,
      samenvatting: str(data.samenvatting) ?? '',
      velden: [
        ...field('Status', str(data.status)),
        ...field('Code', str(data.code)),
        ...field('Wijken', list(data.wijken).map((w) => naam(wijken, w)).join(', ') || undefined),
      ],
      data: [],
      body,
    });
  }
  for (const { slug, data, body } of readMarkdownFolder(join(contentDir, 'nieuws'))) {
    const datum = str(data.datum);
    entries.push({
      section: 'nieuws',
      slug,
      title: str(data.titel) ?? slug,
      samenvatting: str(data.samenvatting) ?? '',
      velden: [...field('Datum', datum ? formatDatum(datum) : undefined), ...field('Wijken', list(data.wijken).map((w) => naam(wijken, w)).join(', ') || undefined)],
      data: [],
      body,
    });
  }
  return entries;
}

/** Writes the export to `<outDir>/<section>/<slug>.md` (emptying outDir first) and returns the number of files. */
export function writeExport(entries: readonly ExportEntry[], outDir: string): number {
  rmSync(outDir, { recursive: true, force: true });
  for (const section of Object.keys(EXPORT_SECTIONS)) mkdirSync(join(outDir, section), { recursive: true });
  for (const entry of entries) writeFileSync(join(outDir, entry.section, `${entry.slug}.md`), toMarkdown(entry));
  return entries.length;
}
