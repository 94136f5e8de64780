/**
 * One Dutch sentence that says when an activity takes place, for activity
 * pages, cards and feeds: "elke dinsdag, 10.00 – 12.00 uur, niet op feestdagen".
 *
 * The sentence starts in lower case so it can follow a label ("Wanneer: …");
 * capitalise it when it stands alone.
 */
import {
  WEEKDAGEN,
  formatDatum,
  formatDatumBereik,
  formatDatumKort,
  formatDatumZonderWeekdag,
  formatTijd,
  parseTijd,
  weekday,
  type IsoDate,
} from './dates.ts';
import type { Herhaling, ScheduleSource, WeekVanDeMaand } from './recurrence.ts';

/** Options for `summarizeSchedule`. */
export interface SummaryOptions {
  /** With today, a rule that starts later says "vanaf …". */
  today?: IsoDate | undefined;
}

/** At most this many dates of a `data` list are named one by one. */
const MAX_LISTED_DATES = 4;

const ORDINAL_WORD: Readonly<Record<WeekVanDeMaand, string>> = {
  eerste: 'eerste',
  tweede: 'tweede',
  derde: 'derde',
  vierde: 'vierde',
  laatste: 'laatste',
};

const ORDINAL_SHORT: Readonly<Record<WeekVanDeMaand, string>> = {
  eerste: '1e',
  tweede: '2e',
  derde: '3e',
  vierde: '4e',
  laatste: 'laatste',
};

const ORDINAL_ORDER: readonly WeekVanDeMaand[] = ['eerste', 'tweede', 'derde', 'vierde', 'laatste'];

/**
 * A Dutch list: "a", "a en b", "a, b en c".
 *
 * @example joinNl(['maandag', 'woensdag', 'vrijdag']) // 'maandag, woensdag en vrijdag'
 */
export function joinNl(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

function tijdPart(value: string | undefined): string | undefined {
  const tijd = parseTijd(value);
  return tijd === undefined ? undefined : formatTijd(tijd);
}

function weekdays(h: Herhaling): string {
  const days = [...new Set(h.dagen ?? [])].sort((a, b) => WEEKDAGEN.indexOf(a) - WEEKDAGEN.indexOf(b));
  // Same fallback as the engine: the weekday of `vanaf`.
  return joinNl(days.length > 0 ? days : [WEEKDAGEN[weekday(h.vanaf) - 1]!]);
}

function pattern(h: Herhaling): string {
  switch (h.elke) {
    case 'dag':
      return h.tot_en_met === undefined
        ? 'elke dag'
        : `elke dag van ${formatDatumBereik(h.vanaf, h.tot_en_met, { weekdag: false })}`;
    case 'week':
      return `elke ${weekdays(h)}`;
    case '2-weken':
      return `om de week op ${weekdays(h)}`;
    case 'maand': {
      const raw = h.week_van_de_maand;
      const weeks = [...new Set(raw === undefined ? ['eerste' as const] : Array.isArray(raw) ? raw : [raw])].sort(
        (a, b) => ORDINAL_ORDER.indexOf(a) - ORDINAL_ORDER.indexOf(b),
      );
      // One week reads best as a word ("elke laatste vrijdag"), several as numbers ("elke 2e en 4e dinsdag").
      const ordinals = weeks.length === 1 ? ORDINAL_WORD[weeks[0]!] : joinNl(weeks.map((w) => ORDINAL_SHORT[w]));
      return `elke ${ordinals} ${weekdays(h)} van de maand`;
    }
  }
}

function summarizeRule(h: Herhaling, fallbackTijd: string | undefined, today: IsoDate | undefined): string {
  const parts = [pattern(h)];
  const tijd = tijdPart(h.tijd ?? fallbackTijd);
  if (tijd !== undefined) parts.push(tijd);
  const daily = h.elke === 'dag' && h.tot_en_met !== undefined; // bounds already in the pattern
  if (!daily && today !== undefined && h.vanaf > today) parts.push(`vanaf ${formatDatumZonderWeekdag(h.vanaf)}`);
  if (!daily && h.tot_en_met !== undefined) parts.push(`tot en met ${formatDatumZonderWeekdag(h.tot_en_met)}`);
  // Every weekday can meet a holiday (Easter and Whit Sunday, Ascension Thursday, Christmas on any day),
  // so a recurring rule that skips them always says so.
  if (h.feestdagen !== 'doorgaan') parts.push('niet op feestdagen');
  if (h.schoolvakanties === 'overslaan') parts.push('niet in de schoolvakanties');
  const extra = [...new Set(h.extra ?? [])].sort();
  if (extra.length > 0) parts.push(`ook op ${joinNl(extra.map(formatDatumZonderWeekdag))}`);
  return parts.join(', ');
}

function summarizeList(data: NonNullable<ScheduleSource['data']>): string {
  const entries = [...data].sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
  const first = entries[0];
  const last = entries[entries.length - 1];
  if (first === undefined || last === undefined) return '';
  const times = new Set(entries.map((e) => e.tijd ?? ''));
  const sharedTijd = times.size === 1 ? tijdPart(first.tijd) : undefined;
  const withTijd = (text: string): string => (sharedTijd === undefined ? text : `${text}, ${sharedTijd}`);

  if (entries.length === 1) return withTijd(formatDatum(first.datum));
  if (entries.length > MAX_LISTED_DATES) {
    return withTijd(`${entries.length} data van ${formatDatumBereik(first.datum, last.datum, { weekdag: false })}`);
  }
  const sameYear = first.datum.slice(0, 4) === last.datum.slice(0, 4);
  const dates = entries.map((e) => (sameYear ? formatDatumKort(e.datum) : `${formatDatumKort(e.datum)} ${e.datum.slice(0, 4)}`));
  const listed = sameYear ? `${joinNl(dates)} ${first.datum.slice(0, 4)}` : joinNl(dates);
  return withTijd(`${entries.length} data: ${listed}`);
}

/**
 * When an activity takes place, in one Dutch sentence without a capital.
 * Per-date wijzigingen are not part of it; they show in the agenda.
 *
 * @example summarizeSchedule({ slug: 'k', herhaling: { elke: 'week', dagen: ['dinsdag'], tijd: '10:00-12:00', vanaf: '2026-01-06', feestdagen: 'doorgaan' } })
 * // 'elke dinsdag, 10.00 – 12.00 uur'
 * @example summarizeSchedule({ slug: 'm', datum: '2026-12-05', tijd: '14:00-16:00' })
 * // 'zaterdag 5 december 2026, 14.00 – 16.00 uur'
 */
export function summarizeSchedule(src: ScheduleSource, options: SummaryOptions = {}): string {
  if (src.herhaling !== undefined) return summarizeRule(src.herhaling, src.tijd, options.today);
  if (src.data !== undefined) return summarizeList(src.data);
  if (src.datum === undefined) return '';
  const when =
    src.einddatum !== undefined && src.einddatum > src.datum ? formatDatumBereik(src.datum, src.einddatum) : formatDatum(src.datum);
  const tijd = tijdPart(src.tijd);
  return tijd === undefined ? when : `${when}, ${tijd}`;
}
