/**
 * Builds the indexes of the whole site from loaded collections. Separate from
 * index.ts (which talks to astro:content) so it can be tested with plain objects.
 */
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Initiatief } from '../schemas/initiatief.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Nieuws } from '../schemas/nieuws.ts';
import type { Organisatie } from '../schemas/organisatie.ts';
import type { Project } from '../schemas/project.ts';
import type { Site } from '../schemas/site.ts';
import type { Doelgroep, Thema } from '../schemas/taxonomie.ts';
import type { Wijk } from '../schemas/wijk.ts';
import { addMonths, monthOf } from '../lib/dates.ts';
import { expandOccurrences, type Occurrence } from '../lib/recurrence.ts';

/** The part of an Astro collection entry we use; `entry` is kept for render(). */
export interface Loaded<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}

export interface Item<T, E = Loaded<T>> {
  slug: string;
  data: T;
  entry: E;
}

export interface SiteInput<E extends Loaded<unknown> = Loaded<unknown>> {
  site: Site;
  today: string;
  siteUrl: string | undefined;
  wijken: Loaded<Wijk>[];
  locaties: Loaded<Locatie>[];
  organisaties: Loaded<Organisatie>[];
  themas: Loaded<Thema>[];
  doelgroepen: Loaded<Doelgroep>[];
  activiteiten: (E & Loaded<Activiteit>)[];
  initiatieven: (E & Loaded<Initiatief>)[];
  projecten: (E & Loaded<Project>)[];
  nieuws: (E & Loaded<Nieuws>)[];
}

type Index<T> = Map<string, Item<T>>;

export interface SiteData {
  site: Site;
  siteUrl: string;
  today: string;
  tz: string;
  /** Last day (inclusive) the agenda shows: today + horizon_maanden. */
  horizonEnd: string;
  wijken: Index<Wijk>;
  locaties: Index<Locatie>;
  organisaties: Index<Organisatie>;
  themas: Index<Thema>;
  doelgroepen: Index<Doelgroep>;
  activiteiten: Index<Activiteit>;
  initiatieven: Index<Initiatief>;
  projecten: Index<Project>;
  nieuws: Index<Nieuws>;
  /** Every occurrence from today to the horizon, sorted by start. */
  occurrences: Occurrence[];
  /** Occurrences per activity slug (within the window). */
  occurrencesByActivity: Map<string, Occurrence[]>;
  /** Dates a recurring activity's pattern skips within the window (holidays, `behalve` …), per slug. */
  skippedByActivity: Map<string, string[]>;
  /** Wijken of an activity: its own wijk/wijken, else its locatie's wijk. */
  activityWijken: Map<string, string[]>;
  /** Activity slugs per wijk, thema, doelgroep, locatie, organisator (organisatie or initiatief) and project. */
  activitiesBy: {
    wijk: Map<string, string[]>;
    thema: Map<string, string[]>;
    doelgroep: Map<string, string[]>;
    locatie: Map<string, string[]>;
    organisator: Map<string, string[]>;
    project: Map<string, string[]>;
  };
  initiativesBy: { wijk: Map<string, string[]>; thema: Map<string, string[]>; project: Map<string, string[]>; organisatie: Map<string, string[]> };
  projectsBy: { wijk: Map<string, string[]>; programma: Map<string, string[]>; organisatie: Map<string, string[]> };
  newsBy: { wijk: Map<string, string[]>; project: Map<string, string[]>; initiatief: Map<string, string[]> };
  /** Activity slugs whose every date lies before today. */
  pastActivities: Set<string>;
  /** Months (YYYY-MM) from this month to the horizon, for the month pages. */
  months: string[];
}

function index<T>(entries: Loaded<T>[]): Index<T> {
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id, 'nl'));
  return new Map(sorted.map((entry) => [entry.id, { slug: entry.id, data: entry.data, entry }]));
}

/**
 * Adds `value` to the list of `key` once. Every index below is filled one entry at a time (all pushes for
 * one activity, initiative, project or news item happen together), so a repeat can only be the list's last
 * element: checking that keeps this O(1), where `includes` made large lists (a thema with thousands of
 * activities) quadratic.
 */
function push(map: Map<string, string[]>, key: string | undefined, value: string) {
  if (!key) return;
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else map.set(key, [value]);
}

const listOf = (one: string | undefined, many: readonly string[] | undefined): string[] => [
  ...(one ? [one] : []),
  ...(many ?? []),
];

/** Builds every index once. O(n) in the number of entries plus occurrences. */
export function buildSiteData(input: SiteInput): SiteData {
  const { site, today } = input;
  const tz = site.tijdzone;
  const horizonEnd = addDaysToMonthHorizon(today, site.horizon_maanden);
  const data: SiteData = {
    site,
    siteUrl: (input.siteUrl ?? site.url).replace(/\/$/, ''),
    today,
    tz,
    horizonEnd,
    wijken: index(input.wijken),
    locaties: index(input.locaties),
    organisaties: index(input.organisaties),
    themas: index(input.themas),
    doelgroepen: index(input.doelgroepen),
    activiteiten: index(input.activiteiten),
    initiatieven: index(input.initiatieven),
    projecten: index(input.projecten),
    nieuws: new Map(
      [...input.nieuws]
        .sort((a, b) => b.data.datum.localeCompare(a.data.datum) || a.id.localeCompare(b.id))
        .map((entry) => [entry.id, { slug: entry.id, data: entry.data, entry }]),
    ),
    occurrences: [],
    occurrencesByActivity: new Map(),
    skippedByActivity: new Map(),
    activityWijken: new Map(),
    activitiesBy: { wijk: new Map(), thema: new Map(), doelgroep: new Map(), locatie: new Map(), organisator: new Map(), project: new Map() },
    initiativesBy: { wijk: new Map(), thema: new Map(), project: new Map(), organisatie: new Map() },
    projectsBy: { wijk: new Map(), programma: new Map(), organisatie: new Map() },
    newsBy: { wijk: new Map(), project: new Map(), initiatief: new Map() },
    pastActivities: new Set(),
    months: [],
  };

  const options = { from: today, to: horizonEnd, tz, ...(site.schoolvakantie_regio ? { schoolvakantieRegio: site.schoolvakantie_regio } : {}) };
  for (const [slug, { data: a }] of data.activiteiten) {
    const wijken = listOf(a.wijk, a.wijken);
    const placeWijk = a.locatie ? data.locaties.get(a.locatie)?.data.wijk : undefined;
    const resolved = wijken.length > 0 ? wijken : placeWijk ? [placeWijk] : [];
    data.activityWijken.set(slug, resolved);
    for (const w of resolved) push(data.activitiesBy.wijk, w, slug);
    for (const t of a.themas ?? []) push(data.activitiesBy.thema, t, slug);
    for (const d of a.doelgroepen ?? []) push(data.activitiesBy.doelgroep, d, slug);
    push(data.activitiesBy.locatie, a.locatie, slug);
    for (const w of a.wijzigingen ?? []) if (w.locatie) push(data.activitiesBy.locatie, w.locatie, slug);
    push(data.activitiesBy.organisator, a.organisator, slug);
    push(data.activitiesBy.project, a.project, slug);
    const { occurrences, skipped } = expandOccurrences({ slug, ...a }, options);
    data.occurrencesByActivity.set(slug, occurrences);
    if (a.herhaling) data.skippedByActivity.set(slug, skipped.map((x) => x.datum));
    data.occurrences.push(...occurrences);
    if (occurrences.length === 0 && isBefore(lastDate(a), today)) data.pastActivities.add(slug);
  }
  data.occurrences.sort((x, y) => x.startIso.localeCompare(y.startIso) || x.id.localeCompare(y.id));

  for (const [slug, { data: i }] of data.initiatieven) {
    for (const w of listOf(i.wijk, i.wijken)) push(data.initiativesBy.wijk, w, slug);
    for (const t of i.themas ?? []) push(data.initiativesBy.thema, t, slug);
    push(data.initiativesBy.project, i.project, slug);
    push(data.initiativesBy.organisatie, i.organisatie, slug);
  }
  for (const [slug, { data: p }] of data.projecten) {
    for (const w of p.wijken ?? []) push(data.projectsBy.wijk, w, slug);
    push(data.projectsBy.programma, p.programma, slug);
    for (const partner of p.partners ?? []) push(data.projectsBy.organisatie, partner.organisatie, slug);
    push(data.projectsBy.organisatie, p.opdrachtgever?.organisatie, slug);
    push(data.projectsBy.organisatie, p.trekker?.organisatie, slug);
  }
  for (const children of data.projectsBy.programma.values()) {
    children.sort((a, b) => (data.projecten.get(a)?.data.nummer ?? 99) - (data.projecten.get(b)?.data.nummer ?? 99) || a.localeCompare(b));
  }
  for (const [slug, { data: n }] of data.nieuws) {
    for (const w of n.wijken ?? []) push(data.newsBy.wijk, w, slug);
    push(data.newsBy.project, n.project, slug);
    push(data.newsBy.initiatief, n.initiatief, slug);
  }
  for (let month = monthOf(today); month <= monthOf(horizonEnd); month = addMonths(month, 1)) data.months.push(month);
  return data;
}

/** today + n months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
function addDaysToMonthHorizon(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

function lastDate(a: Activiteit): string {
  if (a.herhaling) return a.herhaling.tot_en_met ?? '9999-12-31';
  if (a.data) return a.data.map((d) => d.datum).sort().at(-1) ?? '0000-01-01';
  return a.einddatum ?? a.datum ?? '0000-01-01';
}

const isBefore = (a: string, b: string) => a < b;
