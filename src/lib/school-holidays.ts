/**
 * Dutch school holidays (schoolvakanties) per region, as a shipped data table.
 *
 * Never fetched at build time. Add a school year here when the government
 * publishes it (normally a few years ahead).
 *
 * Source: Rijksoverheid, "Overzicht schoolvakanties per schooljaar"
 * (https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar),
 * e.g. …/overzicht-schoolvakanties-2027-2028. Dates run Saturday to Sunday.
 * Meivakantie is the one week OCW fixes for everyone; the optional extra
 * "adviesweek" many schools add is not included. Herfst- and
 * voorjaarsvakantie are OCW's advice dates: schools may deviate.
 *
 * How sure each entry is (field `bron`):
 * - 'rijksoverheid': read on the official Rijksoverheid page.
 *   All of 2027-2028.
 * - 'schoolgidsen': the Rijksoverheid page itself could not be consulted;
 *   the dates are those published by at least two schools in that region
 *   that follow the regional dates, and agree with each other.
 *   All of 2025-2026, and 2026-2027 noord and midden (herfst, voorjaar, zomer)
 *   and kerst 2026-2027. Meivakantie 2026 is the week every school schedule
 *   found contains (schools add the advice week before or after it).
 * - 'onbevestigd': only one school schedule, or derived from a rule.
 *   UNCONFIRMED: 2026-2027 zuid herfst (17-25 okt), voorjaar (6-14 feb) and
 *   zomer (17 jul - 29 aug, the same weeks as midden, which is unusual), and
 *   meivakantie 2027 (1-9 mei, derived from "meivakantie is week 18", which
 *   held for 2025, 2026 and 2028). Check these against the Rijksoverheid page.
 */
import { addDays, type IsoDate } from './dates.ts';

/** A school holiday region. */
export type Regio = 'noord' | 'midden' | 'zuid';

/** The five school holidays. */
export type VakantieSoort = 'herfstvakantie' | 'kerstvakantie' | 'voorjaarsvakantie' | 'meivakantie' | 'zomervakantie';

/** How an entry was confirmed; see the module comment. */
export type VakantieBron = 'rijksoverheid' | 'schoolgidsen' | 'onbevestigd';

/** One school holiday in one region. */
export interface Schoolvakantie {
  schooljaar: string;
  soort: VakantieSoort;
  regio: Regio;
  /** First day (a Saturday). */
  van: IsoDate;
  /** Last day, inclusive (a Sunday). */
  tot_en_met: IsoDate;
  bron: VakantieBron;
}

/** All regions, in the order the government lists them. */
export const REGIOS: readonly Regio[] = ['noord', 'midden', 'zuid'];

/** Display names of the holidays, as residents say them. */
export const VAKANTIE_NAMEN: Readonly<Record<VakantieSoort, string>> = {
  herfstvakantie: 'Herfstvakantie',
  kerstvakantie: 'Kerstvakantie',
  voorjaarsvakantie: 'Voorjaarsvakantie',
  meivakantie: 'Meivakantie',
  zomervakantie: 'Zomervakantie',
};

type Row = readonly [VakantieSoort, Regio | 'heel-nederland', IsoDate, IsoDate, VakantieBron];

const TABLE: Readonly<Record<string, readonly Row[]>> = {
  '2025-2026': [
    ['herfstvakantie', 'noord', '2025-10-18', '2025-10-26', 'schoolgidsen'],
    ['herfstvakantie', 'midden', '2025-10-18', '2025-10-26', 'schoolgidsen'],
    ['herfstvakantie', 'zuid', '2025-10-11', '2025-10-19', 'schoolgidsen'],
    ['kerstvakantie', 'heel-nederland', '2025-12-20', '2026-01-04', 'schoolgidsen'],
    ['voorjaarsvakantie', 'noord', '2026-02-21', '2026-03-01', 'schoolgidsen'],
    ['voorjaarsvakantie', 'midden', '2026-02-14', '2026-02-22', 'schoolgidsen'],
    ['voorjaarsvakantie', 'zuid', '2026-02-14', '2026-02-22', 'schoolgidsen'],
    ['meivakantie', 'heel-nederland', '2026-04-25', '2026-05-03', 'schoolgidsen'],
    ['zomervakantie', 'noord', '2026-07-04', '2026-08-16', 'schoolgidsen'],
    ['zomervakantie', 'midden', '2026-07-18', '2026-08-30', 'schoolgidsen'],
    ['zomervakantie', 'zuid', '2026-07-11', '2026-08-23', 'schoolgidsen'],
  ],
  '2026-2027': [
    ['herfstvakantie', 'noord', '2026-10-10', '2026-10-18', 'schoolgidsen'],
    ['herfstvakantie', 'midden', '2026-10-17', '2026-10-25', 'schoolgidsen'],
    ['herfstvakantie', 'zuid', '2026-10-17', '2026-10-25', 'onbevestigd'],
    ['kerstvakantie', 'heel-nederland', '2026-12-19', '2027-01-03', 'schoolgidsen'],
    ['voorjaarsvakantie', 'noord', '2027-02-20', '2027-02-28', 'schoolgidsen'],
    ['voorjaarsvakantie', 'midden', '2027-02-20', '2027-02-28', 'schoolgidsen'],
    ['voorjaarsvakantie', 'zuid', '2027-02-06', '2027-02-14', 'onbevestigd'],
    ['meivakantie', 'heel-nederland', '2027-05-01', '2027-05-09', 'onbevestigd'],
    ['zomervakantie', 'noord', '2027-07-10', '2027-08-22', 'schoolgidsen'],
    ['zomervakantie', 'midden', '2027-07-17', '2027-08-29', 'schoolgidsen'],
    ['zomervakantie', 'zuid', '2027-07-17', '2027-08-29', 'onbevestigd'],
  ],
  '2027-2028': [
    ['herfstvakantie', 'noord', '2027-10-16', '2027-10-24', 'rijksoverheid'],
    ['herfstvakantie', 'midden', '2027-10-16', '2027-10-24', 'rijksoverheid'],
    ['herfstvakantie', 'zuid', '2027-10-23', '2027-10-31', 'rijksoverheid'],
    ['kerstvakantie', 'heel-nederland', '2027-12-25', '2028-01-09', 'rijksoverheid'],
    ['voorjaarsvakantie', 'noord', '2028-02-19', '2028-02-27', 'rijksoverheid'],
    ['voorjaarsvakantie', 'midden', '2028-02-26', '2028-03-05', 'rijksoverheid'],
    ['voorjaarsvakantie', 'zuid', '2028-02-26', '2028-03-05', 'rijksoverheid'],
    ['meivakantie', 'heel-nederland', '2028-04-29', '2028-05-07', 'rijksoverheid'],
    ['zomervakantie', 'noord', '2028-07-15', '2028-08-27', 'rijksoverheid'],
    ['zomervakantie', 'midden', '2028-07-08', '2028-08-20', 'rijksoverheid'],
    ['zomervakantie', 'zuid', '2028-07-22', '2028-09-03', 'rijksoverheid'],
  ],
};

/** Every school holiday in the table, one entry per region. */
export const SCHOOLVAKANTIES: readonly Schoolvakantie[] = Object.freeze(
  Object.entries(TABLE).flatMap(([schooljaar, rows]) =>
    rows.flatMap(([soort, regio, van, tot_en_met, bron]) =>
      (regio === 'heel-nederland' ? REGIOS : [regio]).map((r) => ({ schooljaar, soort, regio: r, van, tot_en_met, bron })),
    ),
  ),
);

/**
 * The period the table covers: from the first day after summer 2025 in any
 * region to the last day of summer 2028. Outside it, `schoolHolidayName`
 * cannot know and returns `undefined`; the content check should warn when a
 * rule with `schoolvakanties: overslaan` runs past `tot_en_met`.
 */
export const SCHOOLVAKANTIES_BEREIK = { van: '2025-09-01', tot_en_met: '2028-09-03' } as const;

const namesByRegio = new Map<Regio, Map<IsoDate, string>>();

function namesFor(regio: Regio): Map<IsoDate, string> {
  let names = namesByRegio.get(regio);
  if (names === undefined) {
    names = new Map();
    for (const v of SCHOOLVAKANTIES) {
      if (v.regio !== regio) continue;
      for (let day = v.van; day <= v.tot_en_met; day = addDays(day, 1)) names.set(day, VAKANTIE_NAMEN[v.soort]);
    }
    namesByRegio.set(regio, names);
  }
  return names;
}

/**
 * The name of the school holiday on `date` in `regio`, or `undefined`.
 * One map lookup after the first call per region.
 *
 * @example schoolHolidayName('2026-10-13', 'noord') // 'Herfstvakantie'
 */
export function schoolHolidayName(date: IsoDate, regio: Regio): string | undefined {
  return namesFor(regio).get(date);
}

/** True when the table can say whether `date` is a school holiday. */
export function isCoveredBySchoolHolidays(date: IsoDate): boolean {
  return date >= SCHOOLVAKANTIES_BEREIK.van && date <= SCHOOLVAKANTIES_BEREIK.tot_en_met;
}
