/**
 * Reads values the way people type them in a spreadsheet, an issue form or a
 * terminal (`5-12-2026`, `10.00 - 12.00`, `€ 2,50`, `di en do`) and returns
 * them in the form the content files use, or a Dutch explanation of what is
 * wrong. Shared by `npm run importeer` (CSV) and `npm run nieuw`.
 */
import { isCalendarDate, WEEKDAGEN } from '../../schemas/common.ts';
import { suggest } from '../check/suggest.ts';
import { WEEK_VAN_DE_MAAND } from '../../schemas/herhaling.ts';
import { parseTijd } from '../dates.ts';

/** A parsed value, or why it could not be read. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (message: string): Parsed<never> => ({ ok: false, message });

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as `JJJJ-MM-DD`. Also reads the Dutch order `5-12-2026`,
 * `05/12/2026` and `5.12.2026` (day first, as Dutch Excel writes it).
 *
 * @example parseDatum('5-12-2026') // { ok: true, value: '2026-12-05' }
 */
export function parseDatum(input: string): Parsed<string> {
  const text = input.trim();
  let iso: string | undefined;
  const isoMatch = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (isoMatch) iso = `${isoMatch[1]}-${pad(Number(isoMatch[2]))}-${pad(Number(isoMatch[3]))}`;
  else if (dutch) {
    const year = dutch[3]!.length === 2 ? 2000 + Number(dutch[3]) : Number(dutch[3]);
    iso = `${year}-${pad(Number(dutch[2]))}-${pad(Number(dutch[1]))}`;
  }
  if (iso === undefined) return fail(`"${text}" is geen datum. Schrijf bijvoorbeeld 2026-12-05 of 5-12-2026`);
  if (!isCalendarDate(iso)) return fail(`"${text}" bestaat niet als datum. Controleer dag en maand`);
  return ok(iso);
}

function clock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[:.uh](\d{2}))?\s*(?:u|uur)?$/i.exec(text.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${pad(hours)}:${pad(minutes)}`;
}

/**
 * A start time or start and end time as `"10:00"` / `"10:00-12:00"`. Reads
 * `10.00 - 12.00 uur`, `10u-12u`, `10:00 tot 12:00` and `10-12`.
 *
 * @example parseTijdInput('10.00 tot 12.30 uur') // { ok: true, value: '10:00-12:30' }
 */
export function parseTijdInput(input: string): Parsed<string> {
  const text = input.trim().replace(/\s*uur$/i, '');
  const parts = text.split(/\s*(?:-|–|—|\btot\b)\s*/i).filter((p) => p !== '');
  const start = parts[0] === undefined ? undefined : clock(parts[0]);
  const eind = parts[1] === undefined ? undefined : clock(parts[1]);
  if (start === undefined || parts.length > 2 || (parts[1] !== undefined && eind === undefined)) {
    return fail(`"${input.trim()}" is geen tijd. Schrijf bijvoorbeeld 10:00 of 10:00-12:00`);
  }
  const value = eind === undefined ? start : `${start}-${eind}`;
  if (parseTijd(value) === undefined) return fail(`in "${input.trim()}" ligt de eindtijd niet na de begintijd`);
  return ok(value);
}

const WEEKDAG_ALIAS: Readonly<Record<string, (typeof WEEKDAGEN)[number]>> = Object.fromEntries(
  WEEKDAGEN.flatMap((dag) => [
    [dag, dag],
    [dag.slice(0, 2), dag],
    [dag.slice(0, 3), dag],
    [`${dag}s`, dag], // "dinsdags"
  ]),
);

/**
 * Splits a list typed in one cell on commas, semicolons and slashes; with
 * `words` also on " en ", " & " and " + " ("di en do"). Names such as
 * "Sport en bewegen" are only split by the callers that know the names.
 */
export function splitList(input: string, words = false): string[] {
  return input
    .split(words ? /\s*[,;/]\s*|\s+(?:en|&|\+)\s+/i : /\s*[,;/]\s*/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * Weekdays as the schema wants them. Reads `di`, `dinsdag en donderdag`, `ma/wo/vr`.
 *
 * @example parseDagen('di en do') // { ok: true, value: ['dinsdag', 'donderdag'] }
 */
export function parseDagen(input: string): Parsed<(typeof WEEKDAGEN)[number][]> {
  const dagen: (typeof WEEKDAGEN)[number][] = [];
  for (const part of splitList(input.toLowerCase(), true)) {
    const dag = WEEKDAG_ALIAS[part.replace(/\.$/, '')];
    if (dag === undefined) {
      const guess = suggest(part, WEEKDAGEN);
      return fail(`"${part}" is geen weekdag. ${guess ? `Bedoel je "${guess}"?` : 'Schrijf maandag, dinsdag … zondag'}`);
    }
    if (!dagen.includes(dag)) dagen.push(dag);
  }
  if (dagen.length === 0) return fail('noem minstens één weekdag, bijvoorbeeld dinsdag');
  return ok(dagen);
}

/** How often, for `herhaling.elke`. */
export type Elke = 'week' | '2-weken' | 'maand' | 'dag';

/**
 * The `herhaling` column or answer: `elke week`, `om de week`, `elke 2 weken`,
 * `maandelijks`, `dagelijks` … `undefined` means a one-off (empty or `eenmalig`).
 */
export function parseElke(input: string): Parsed<Elke | undefined> {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'eenmalig' || text === 'nee' || text === 'geen') return ok(undefined);
  if (/^(elke |iedere )?week$|^wekelijks$/.test(text)) return ok('week');
  if (/^(elke |iedere )?(2|twee)[ -]weken$|^om de (twee weken|week)$|^tweewekelijks$|^2-wekelijks$/.test(text)) return ok('2-weken');
  if (/^(elke |iedere )?maand$|^maandelijks$/.test(text)) return ok('maand');
  if (/^(elke |iedere )?dag$|^dagelijks$/.test(text)) return ok('dag');
  return fail(`"${input.trim()}" begrijpen we niet als herhaling. Schrijf elke week, elke 2 weken, elke maand of elke dag (leeg = één keer)`);
}

const WEEK_ALIAS: Readonly<Record<string, (typeof WEEK_VAN_DE_MAAND)[number]>> = {
  eerste: 'eerste', '1e': 'eerste', '1ste': 'eerste', '1': 'eerste',
  tweede: 'tweede', '2e': 'tweede', '2de': 'tweede', '2': 'tweede',
  derde: 'derde', '3e': 'derde', '3de': 'derde', '3': 'derde',
  vierde: 'vierde', '4e': 'vierde', '4de': 'vierde', '4': 'vierde',
  laatste: 'laatste', '-1': 'laatste',
};

/**
 * Which weeks of the month: `tweede en vierde`, `2e/4e`, `laatste`. One week
 * comes back as a word, several as a list (as the schema allows both).
 */
export function parseWeekVanDeMaand(input: string): Parsed<(typeof WEEK_VAN_DE_MAAND)[number] | (typeof WEEK_VAN_DE_MAAND)[number][]> {
  const weeks: (typeof WEEK_VAN_DE_MAAND)[number][] = [];
  for (const part of splitList(input.toLowerCase(), true)) {
    const week = WEEK_ALIAS[part];
    if (week === undefined) return fail(`"${part}" is geen week van de maand. Kies uit: ${WEEK_VAN_DE_MAAND.join(', ')}`);
    if (!weeks.includes(week)) weeks.push(week);
  }
  if (weeks.length === 0) return fail('zeg welke week van de maand, bijvoorbeeld tweede');
  return ok(weeks.length === 1 ? weeks[0]! : weeks);
}

/** What `kosten` can be. */
export type Kosten = 'gratis' | 'vrijwillige-bijdrage' | { bedrag: number; toelichting?: string };

/**
 * Costs: `gratis`, `vrijwillige bijdrage`, `€ 2,50`, `2.50 inclusief koffie`.
 *
 * @example parseKosten('€ 2,50 inclusief koffie') // { ok: true, value: { bedrag: 2.5, toelichting: 'inclusief koffie' } }
 */
export function parseKosten(input: string): Parsed<Kosten> {
  const text = input.trim();
  const lower = text.toLowerCase();
  if (/^(gratis|kosteloos|0|€ ?0([.,]00?)?)$/.test(lower)) return ok('gratis');
  if (/^vrijwillige[ -]bijdrage$/.test(lower)) return ok('vrijwillige-bijdrage');
  const m = /^(?:€|eur|euro)?\s*(\d+(?:[.,]\d{1,2})?)\s*(?:euro|eur)?\s*[,;:(–-]?\s*(.*?)\)?$/i.exec(text);
  if (m) {
    const bedrag = Number(m[1]!.replace(',', '.'));
    const toelichting = m[2]!.trim();
    return ok(toelichting === '' ? { bedrag } : { bedrag, toelichting });
  }
  return fail(`"${text}" begrijpen we niet als kosten. Schrijf gratis, vrijwillige bijdrage of een bedrag zoals 2,50`);
}

/**
 * A way to sign up as a link: an e-mail address becomes `mailto:`, a phone
 * number `tel:`, and https links stay as they are.
 */
export function parseAanmeldenVia(input: string): Parsed<string> {
  const text = input.trim();
  if (/^(https:\/\/|mailto:|tel:)/i.test(text)) return ok(text);
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(text)) return ok(`mailto:${text}`);
  const digits = text.replace(/[\s\-().]/g, '');
  if (/^(\+31|0)\d{9}$/.test(digits)) return ok(`tel:${digits.startsWith('0') ? `+31${digits.slice(1)}` : digits}`);
  if (/^www\./i.test(text)) return ok(`https://${text}`);
  return fail(`"${text}" is geen link, e-mailadres of telefoonnummer om je aan te melden`);
}

/** Yes or no, as typed in Dutch or English. */
export function parseJaNee(input: string): Parsed<boolean> {
  const text = input.trim().toLowerCase();
  if (['ja', 'j', 'true', 'yes', 'y', '1', 'x', 'waar'].includes(text)) return ok(true);
  if (['nee', 'n', 'false', 'no', '0', '', 'onwaar'].includes(text)) return ok(false);
  return fail(`"${input.trim()}" is geen ja of nee`);
}

/** A number with a Dutch or English decimal separator. */
export function parseGetal(input: string): Parsed<number> {
  const text = input.trim().replace(/^€\s*/, '');
  const normalized = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(',', '.');
  const value = Number(normalized);
  return text === '' || Number.isNaN(value) ? fail(`"${input.trim()}" is geen getal`) : ok(value);
}
