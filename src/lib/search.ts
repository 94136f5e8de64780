/**
 * Search: the facets an indexed page hands to Pagefind (filters, metadata,
 * sort keys) and the Dutch texts of the search page. Pure and free of Astro,
 * so both the pages (at build time) and the browser code (on /zoeken/) use it.
 */
import type { IsoDate } from './dates.ts';

/** The kinds of page in the search index, as the `soort` filter names them (DESIGN §5). */
export const SEARCH_SOORTEN = ['activiteit', 'initiatief', 'project', 'nieuws', 'plek', 'wijk', 'organisatie', 'thema'] as const;
export type SearchSoort = (typeof SEARCH_SOORTEN)[number];

/** The filters of the search page, in the order it shows them, with their Dutch labels. */
export const SEARCH_FILTERS = [
  ['soort', 'Soort'],
  ['wijk', 'Wijk'],
  ['thema', 'Thema'],
  ['doelgroep', 'Doelgroep'],
  ['gratis', 'Gratis'],
] as const;
export type SearchFilterName = (typeof SEARCH_FILTERS)[number][0];

/** The sort key (and metadata key) that holds an activity's next date. */
export const SEARCH_SORT_DATUM = 'datum';

/** What one indexed page tells the search index about itself; names as residents read them. */
export interface SearchFacts {
  soort: SearchSoort;
  wijken?: readonly string[] | undefined;
  themas?: readonly string[] | undefined;
  doelgroepen?: readonly string[] | undefined;
  /** Costs nothing (activities only). */
  gratis?: boolean | undefined;
  /**
   * The next date an activity goes ahead, if it has one, with that date as residents read it
   * (formatDatum). The text comes in ready-made so the browser code stays free of date libraries.
   */
  volgendeDatum?: { datum: IsoDate; tekst: string } | undefined;
}

/** Attribute values for Pagefind: `key:value`, one per element (a value may hold commas). */
export interface SearchRecord {
  filters: string[];
  meta: string[];
  sort: string[];
}

const clean = (values: readonly string[] | undefined): string[] => [
  ...new Set((values ?? []).map((v) => v.trim()).filter((v) => v.length > 0)),
];

/**
 * The Pagefind filters, metadata and sort keys of one page. Filters stay few
 * and coarse (no per-date filter), so the filter index stays small.
 *
 * @example buildSearchRecord({ soort: 'activiteit', wijken: ['Beijum'], volgendeDatum: { datum: '2026-12-01', tekst: 'dinsdag 1 december 2026' } })
 * // { filters: ['soort:activiteit', 'wijk:Beijum'], meta: ['datum:dinsdag 1 december 2026'], sort: ['datum:2026-12-01'] }
 */
export function buildSearchRecord(facts: SearchFacts): SearchRecord {
  const filters = [
    `soort:${facts.soort}`,
    ...clean(facts.wijken).map((w) => `wijk:${w}`),
    ...clean(facts.themas).map((t) => `thema:${t}`),
    ...clean(facts.doelgroepen).map((d) => `doelgroep:${d}`),
    ...(facts.gratis ? ['gratis:ja'] : []),
  ];
  const datum = facts.volgendeDatum;
  return {
    filters,
    meta: datum ? [`${SEARCH_SORT_DATUM}:${datum.tekst}`] : [],
    sort: datum ? [`${SEARCH_SORT_DATUM}:${datum.datum}`] : [],
  };
}

// ---------------------------------------------------------------------------
// Texts of the search page.

/** A value as a label: first letter upper case ('activiteit' → 'Activiteit'). */
export function filterValueLabel(name: string, value: string): string {
  if (name === 'gratis') return value === 'ja' ? 'Alleen gratis' : value;
  return value.charAt(0).toLocaleUpperCase('nl') + value.slice(1);
}

/**
 * The sentence the live region reads after a search. `[AGENDA]` in a zero-results
 * sentence marks where the page puts a link to the agenda.
 *
 * @example resultSummary(3, 'koffie') // '3 resultaten voor ‘koffie’'
 * @example resultSummary(0, 'xqz') // 'Niets gevonden voor ‘xqz’. Probeer een ander woord, of kijk in [AGENDA].'
 */
export function resultSummary(count: number, term: string, options: { filtered?: boolean; sortedByDate?: boolean } = {}): string {
  const q = `‘${term.trim()}’`;
  if (count === 0) {
    return options.filtered
      ? `Niets gevonden voor ${q} met deze filters. Zet een filter uit, probeer een ander woord, of kijk in [AGENDA].`
      : `Niets gevonden voor ${q}. Probeer een ander woord, of kijk in [AGENDA].`;
  }
  const base = `${count} ${count === 1 ? 'resultaat' : 'resultaten'} voor ${q}`;
  const extra = [options.filtered ? 'met de gekozen filters' : '', options.sortedByDate ? 'alleen activiteiten, eerstvolgende eerst' : '']
    .filter(Boolean)
    .join(', ');
  return extra ? `${base} (${extra})` : base;
}

/** The line under a result title: soort, wijken and, for an activity, its next date. */
export function resultFacts(input: { soort?: string | undefined; wijken?: readonly string[] | undefined; datum?: string | undefined }): string {
  const wijken = clean(input.wijken);
  const shown = wijken.length > 3 ? [...wijken.slice(0, 3), `nog ${wijken.length - 3}`] : wijken;
  return [
    input.soort ? filterValueLabel('soort', input.soort) : '',
    shown.join(', '),
    input.datum ? `volgende keer ${input.datum}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
}
