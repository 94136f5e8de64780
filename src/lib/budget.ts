/** Budget arithmetic for project pages and the content check (DESIGN §3.8). */

export interface BedragRegel {
  bedragen: Record<string, number>;
}

export interface BegrotingInput {
  posten: (BedragRegel & { post: string })[];
  dekking?: (BedragRegel & { bron: string; status?: 'toegezegd' | 'aangevraagd' | undefined })[] | undefined;
  totaal?: Record<string, number> | undefined;
}

export interface JaarOverzicht {
  jaar: string;
  kosten: number;
  dekking: number;
  /** Costs not covered in this year (0 when covered). */
  tekort: number;
  /** Costs up to and including this year. */
  kostenCumulatief: number;
}

export interface BegrotingOverzicht {
  jaren: JaarOverzicht[];
  totaalKosten: number;
  totaalDekking: number;
  totaalTekort: number;
  /** Coverage per status over all years (toegezegd / aangevraagd / onbekend). */
  dekkingPerStatus: Record<'toegezegd' | 'aangevraagd' | 'onbekend', number>;
  /** Years where a stated `totaal` differs from the sum of the posten. */
  totaalVerschillen: { jaar: string; opgegeven: number; berekend: number; verschil: number }[];
}

/** Sums the amounts of several lines per year. */
export function sumPerYear(lines: readonly BedragRegel[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const line of lines) {
    for (const [year, amount] of Object.entries(line.bedragen)) {
      if (typeof amount === 'number' && Number.isFinite(amount)) sums.set(year, round2((sums.get(year) ?? 0) + amount));
    }
  }
  return sums;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Everything a budget table shows, computed from the lines (never typed twice). */
export function summarizeBegroting(begroting: BegrotingInput): BegrotingOverzicht {
  const kosten = sumPerYear(begroting.posten);
  const dekking = sumPerYear(begroting.dekking ?? []);
  const years = [...new Set([...kosten.keys(), ...dekking.keys()])].sort();
  let cumulative = 0;
  const jaren = years.map((jaar) => {
    const k = kosten.get(jaar) ?? 0;
    const d = dekking.get(jaar) ?? 0;
    cumulative = round2(cumulative + k);
    return { jaar, kosten: k, dekking: d, tekort: Math.max(0, round2(k - d)), kostenCumulatief: cumulative };
  });
  const dekkingPerStatus = { toegezegd: 0, aangevraagd: 0, onbekend: 0 };
  for (const line of begroting.dekking ?? []) {
    const sum = Object.values(line.bedragen).reduce((a, b) => a + b, 0);
    dekkingPerStatus[line.status ?? 'onbekend'] = round2(dekkingPerStatus[line.status ?? 'onbekend'] + sum);
  }
  const totaalVerschillen = Object.entries(begroting.totaal ?? {})
    .map(([jaar, opgegeven]) => {
      const berekend = kosten.get(jaar) ?? 0;
      return { jaar, opgegeven, berekend, verschil: round2(opgegeven - berekend) };
    })
    .filter((row) => row.verschil !== 0)
    .sort((a, b) => a.jaar.localeCompare(b.jaar));
  const totaalKosten = round2(jaren.reduce((a, j) => a + j.kosten, 0));
  const totaalDekking = round2(jaren.reduce((a, j) => a + j.dekking, 0));
  return {
    jaren,
    totaalKosten,
    totaalDekking,
    totaalTekort: round2(jaren.reduce((a, j) => a + j.tekort, 0)),
    dekkingPerStatus,
    totaalVerschillen,
  };
}

/** Start and end date of a period written as a quarter (2020-Q1) or a date. */
export function periodBounds(value: string): { start: string; end: string } | undefined {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value);
  if (quarter) {
    const year = quarter[1]!;
    const q = Number(quarter[2]);
    const startMonth = (q - 1) * 3 + 1;
    const endMonth = startMonth + 2;
    const endDay = [31, 30, 30, 31][q - 1]!;
    return { start: `${year}-${String(startMonth).padStart(2, '0')}-01`, end: `${year}-${String(endMonth).padStart(2, '0')}-${endDay}` };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value };
  return undefined;
}

/** True when a period `van` starts after its `tot` ends. */
export function isPeriodReversed(van: string, tot: string): boolean {
  const a = periodBounds(van);
  const b = periodBounds(tot);
  return Boolean(a && b && a.start > b.end);
}
