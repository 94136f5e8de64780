/**
 * The HTML of an agenda list (occurrences grouped by day), as one string. Pure: no Astro, no clock.
 *
 * Month and filter pages hold 100 rows each, and a large site has thousands of such pages; rendering each
 * row as Astro components cost ~60 µs, a string built here a fraction of that (bench/results/README.md).
 * Every text and attribute value goes through escapeXml; hrefs are site paths built from validated slugs.
 * The markup is what src/components/agenda/AgendaList.astro documents; its styles are global (ww-agenda).
 */
import { capitalize, statusLabel } from './agenda.ts';
import { escapeXml as esc } from './charts/svg.ts';
import { formatDatum } from './dates.ts';
import type { Occurrence } from './recurrence.ts';

/** What one row shows: the fields of src/data/agenda.ts's AgendaItem that the list uses. */
export interface AgendaRow {
  occurrence: Pick<Occurrence, 'datum' | 'start' | 'startIso' | 'status' | 'oorspronkelijkeDatum' | 'toelichting'>;
  href: string;
  titel: string;
  /** The time as residents read it: '10.00 – 12.00 uur'. */
  tijd: string;
  plaats?: { naam: string } | undefined;
  online: boolean;
  wijken: readonly { naam: string }[];
  gratis: boolean;
}

export interface AgendaDay {
  datum: string;
  rows: readonly AgendaRow[];
}

export interface AgendaListOptions {
  headingLevel: 2 | 3;
  /** Add the wijken to each row's meta line. */
  showWijk: boolean;
  /** Open activity links in a new window (embeds). */
  newWindow: boolean;
  /** Give each day heading the id `dag-<datum>`. */
  dayIds: boolean;
  /** The first day continues from the previous page: its heading says "(vervolg)". */
  continued: boolean;
  /** Shown when there are no days. */
  emptyText: string;
}

/** The id of a day's heading: `dag-2026-12-01`. */
export const dayAnchor = (datum: string) => `dag-${datum}`;

/** One row (`<li>`). */
export function renderAgendaRow(row: AgendaRow, options: Pick<AgendaListOptions, 'showWijk' | 'newWindow'>): string {
  const o = row.occurrence;
  const label = statusLabel(o);
  const wijken = options.showWijk ? row.wijken.map((w) => w.naam).join(', ') : '';
  const meta = [row.plaats?.naam, row.online ? 'Online' : '', wijken, row.gratis ? 'gratis' : ''].filter(Boolean).join(' · ');
  const link = options.newWindow
    ? `<a href="${esc(row.href)}" target="_blank" rel="noopener">${esc(row.titel)}<span class="ww-visually-hidden"> (opent in nieuw venster)</span></a>`
    : `<a href="${esc(row.href)}">${esc(row.titel)}</a>`;
  let status = '';
  if (label) {
    const was =
      o.status === 'verplaatst' && o.oorspronkelijkeDatum
        ? ` (was <time datetime="${esc(o.oorspronkelijkeDatum)}">${esc(formatDatum(o.oorspronkelijkeDatum))}</time>)`
        : '';
    const note = o.toelichting ? `: ${esc(o.toelichting)}` : '';
    status = `<p class="ww-agenda__status"><strong>${esc(label)}</strong>${was}${note}</p>`;
  }
  return (
    `<li class="ww-agenda__item ww-agenda__item--${esc(o.status)}">` +
    `<p class="ww-agenda__time"><time datetime="${esc(o.start ? o.startIso : o.datum)}">${esc(row.tijd)}</time></p>` +
    `<div class="ww-agenda__body"><p class="ww-agenda__title">${link}</p>${status}` +
    (meta ? `<p class="ww-agenda__meta">${esc(meta)}</p>` : '') +
    `</div></li>`
  );
}

/** A whole list: a heading per day and a `<ul>` of rows, or the empty text. */
export function renderAgendaList(days: readonly AgendaDay[], options: AgendaListOptions): string {
  if (days.length === 0) return `<p class="ww-agenda__empty">${esc(options.emptyText)}</p>`;
  const h = options.headingLevel === 3 ? 'h3' : 'h2';
  let html = '<div class="ww-agenda">';
  days.forEach((day, i) => {
    const id = options.dayIds ? ` id="${esc(dayAnchor(day.datum))}"` : '';
    const vervolg = options.continued && i === 0 ? ' (vervolg)' : '';
    html += `<div class="ww-agenda__day"><${h} class="ww-agenda__date"${id}><time datetime="${esc(day.datum)}">${esc(capitalize(formatDatum(day.datum)))}</time>${vervolg}</${h}>`;
    html += '<ul class="ww-agenda__list ww-list-plain">';
    for (const row of day.rows) html += renderAgendaRow(row, options);
    html += '</ul></div>';
  });
  return `${html}</div>`;
}
