/**
 * Splitting long agenda lists into pages. Pure: no Astro, no clock.
 *
 * A list page of the agenda holds at most a fixed number of rows, so no page grows with the size of the
 * site (DESIGN §5: "the agenda is paginated, never one huge page"). Page 1 lives at the list's own URL,
 * page n at `<url><n>/`: `/agenda/2026/12/`, `/agenda/2026/12/2/`.
 */

/** Rows per agenda page: about 40 KB of HTML, well under the 80 KB a page may weigh. */
export const AGENDA_PER_PAGINA = 100;

/**
 * Rows in a preview of the agenda (the home page, a hub page, an embed): the ones that come first,
 * with a link to the full list.
 */
export const AGENDA_VOORPROEF = 25;

/** Splits `items` into pages of at most `size` items. An empty list gives one empty page. */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  if (items.length === 0) return [[]];
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages;
}

/**
 * The URL of page `n` (1-based) of a list whose first page is `base` (ending in `/`).
 *
 * @example pageHref('/agenda/2026/12/', 1) // '/agenda/2026/12/'
 * @example pageHref('/agenda/2026/12/', 3) // '/agenda/2026/12/3/'
 */
export function pageHref(base: string, n: number): string {
  if (!base.endsWith('/')) throw new Error(`base must end with "/": ${base}`);
  return n <= 1 ? base : `${base}${n}/`;
}

/** The route parameter of page `n` for a `[...pagina]` route: undefined for page 1, else the number as text. */
export function pageParam(n: number): string | undefined {
  return n <= 1 ? undefined : String(n);
}

/**
 * Which page numbers a pager shows: the first, the last, and the pages up to `around` away from the
 * current one; a gap between them is `null` (shown as "…"). Keeps a pager short when a list has
 * hundreds of pages.
 *
 * @example pagerNumbers(7, 20) // [1, null, 5, 6, 7, 8, 9, null, 20]
 */
export function pagerNumbers(current: number, count: number, around = 2): (number | null)[] {
  const shown: (number | null)[] = [];
  let last = 0;
  for (let n = 1; n <= count; n++) {
    if (n === 1 || n === count || Math.abs(n - current) <= around) {
      if (n - last === 2) shown.push(n - 1);
      else if (n - last > 2) shown.push(null);
      shown.push(n);
      last = n;
    }
  }
  return shown;
}

/** The first day each page starts on, with the page number; for "go to a day" links. */
export interface DayStart {
  datum: string;
  page: number;
}

/**
 * For every day in a paged list: the page on which that day's first row stands. Days must be in
 * order (agenda lists are sorted by start).
 */
export function dayStarts<T extends { datum: string }>(pages: readonly (readonly T[])[]): DayStart[] {
  const starts: DayStart[] = [];
  let previous: string | undefined;
  pages.forEach((rows, i) => {
    for (const row of rows) {
      if (row.datum !== previous) starts.push({ datum: row.datum, page: i + 1 });
      previous = row.datum;
    }
  });
  return starts;
}
