/**
 * The facts of the accessibility statement (/toegankelijkheid/). The automatic checks of tests/quality write
 * them to docs/toegankelijkheid/rapport.json (`WW_UPDATE_REPORT=1 npm test -- tests/quality`) and assert on
 * every test run that the committed file still matches what they measure; this module reads that file at build
 * time and derives the status of the Dutch model statement from it. No astro:* imports: tests use the types too.
 */
import rapport from '../../docs/toegankelijkheid/rapport.json' with { type: 'json' };

/** One tool the checks used. */
export interface ReportTool {
  name: string;
  version: string;
  /** What it checked, in Dutch. */
  purpose: string;
}

/** The outcome of the automatic checks, as tests/quality measures it. */
export interface AccessibilityReport {
  /** Day of the check: the TODAY the tested sites were built with (YYYY-MM-DD). */
  date: string;
  /** The standard tested against. */
  standard: string;
  tools: ReportTool[];
  /** axe-core rule tags that were run. */
  axeTags: string[];
  /** The sites that were built and checked: the demo content and the two examples. */
  sites: { name: string; url: string }[];
  /** One page of every kind; `type` is the Dutch name of the kind of page. */
  pageTypes: { type: string; site: string; path: string }[];
  checks: {
    /** axe-core on every page type. */
    axe: { pages: number; violations: number };
    /** Every page of every site at 320 CSS pixels wide. */
    reflow320: { pagesWithSidewaysScrolling: number };
    /** Every page type with text at 200 %: nothing clipped, no sideways scrolling, text really grows. */
    textZoom200: { pages: number; problems: number };
    /** Skip link, Tab order and visible focus on a set of page types. */
    keyboard: { pages: number; problems: number };
    /** html-validate on every HTML file. */
    htmlErrors: number;
    /** Internal links and #fragments that lead nowhere, over every HTML file. */
    brokenLinks: number;
    /** Scripts on pages that may not have any. */
    unexpectedScripts: number;
    /** Requests to another origin while loading every page, plus such references in the HTML and CSS. */
    thirdPartyRequests: number;
  };
  /** Every problem found, one line each (empty when all checks pass). */
  problems: string[];
}

/**
 * A full manual audit (WCAG-EM, all 50 criteria, by an expert) cannot come from automatic tests. Fill this in
 * when one has been done (`datum`, `rapport` URL, number of criteria not met) or planned (`gepland`, a date within
 * six months); the status follows the rules of the Dutch model (digitoegankelijk.nl).
 */
export interface ManualAudit {
  datum?: string;
  rapport?: string;
  afwijkingen?: number;
  gepland?: string;
}
export const MANUAL_AUDIT: ManualAudit = {};

export type Status = 'A' | 'B' | 'C' | 'D';

export const STATUS_TEXT: Record<Status, string> = {
  A: 'voldoet volledig',
  B: 'voldoet gedeeltelijk',
  C: 'eerste maatregelen genomen',
  D: 'voldoet niet',
};

/**
 * The status of the model statement. A and B need a complete audit of at most three years old (A: no criterion
 * failed); without one, C needs an audit planned within six months, otherwise D. Passing automatic tests never
 * earns A or B on its own: tools find only part of the problems.
 */
export function statusOf(audit: ManualAudit): Status {
  if (audit.datum) return (audit.afwijkingen ?? 0) === 0 ? 'A' : 'B';
  return audit.gepland ? 'C' : 'D';
}

/** Total number of problems the automatic checks found. */
export function problemCount(report: AccessibilityReport): number {
  const c = report.checks;
  return (
    c.axe.violations +
    c.reflow320.pagesWithSidewaysScrolling +
    c.textZoom200.problems +
    c.keyboard.problems +
    c.htmlErrors +
    c.brokenLinks +
    c.unexpectedScripts +
    c.thirdPartyRequests
  );
}

/** The committed report. */
export const report: AccessibilityReport = rapport;

/** One row of the results table on /toegankelijkheid/. */
export interface CheckRow {
  /** The check, in Dutch. */
  controle: string;
  /** Which pages it covered. */
  waar: string;
  /** The outcome as a sentence. */
  uitkomst: string;
  ok: boolean;
}

const tool = (report: AccessibilityReport, name: string) => {
  const found = report.tools.find((t) => t.name === name);
  return found ? `${found.name} ${found.version}` : name;
};
const count = (n: number, one: string, many: string) => (n === 0 ? `geen ${many}` : n === 1 ? `1 ${one}` : `${n} ${many}`);

/** The results of the automatic checks as rows for the statement, in plain Dutch. */
export function checkRows(report: AccessibilityReport): CheckRow[] {
  const c = report.checks;
  return [
    {
      controle: `WCAG-regels met ${tool(report, 'axe-core')}`,
      waar: `${c.axe.pages} soorten pagina's`,
      uitkomst: count(c.axe.violations, 'fout', 'fouten'),
      ok: c.axe.violations === 0,
    },
    {
      controle: 'Smal scherm (320 pixels breed): niet opzij scrollen',
      waar: "alle pagina's",
      uitkomst: count(c.reflow320.pagesWithSidewaysScrolling, "pagina die te breed is", "pagina's die te breed zijn"),
      ok: c.reflow320.pagesWithSidewaysScrolling === 0,
    },
    {
      controle: 'Tekst twee keer zo groot: alles blijft leesbaar',
      waar: `${c.textZoom200.pages} soorten pagina's`,
      uitkomst: count(c.textZoom200.problems, 'probleem', 'problemen'),
      ok: c.textZoom200.problems === 0,
    },
    {
      controle: 'Alleen het toetsenbord: alles bereikbaar met Tab, focus zichtbaar, link "Direct naar de inhoud"',
      waar: `${c.keyboard.pages} soorten pagina's`,
      uitkomst: count(c.keyboard.problems, 'probleem', 'problemen'),
      ok: c.keyboard.problems === 0,
    },
    {
      controle: `Correcte HTML met ${tool(report, 'html-validate')}`,
      waar: "alle pagina's",
      uitkomst: count(c.htmlErrors, 'fout', 'fouten'),
      ok: c.htmlErrors === 0,
    },
    {
      controle: 'Links binnen de site werken',
      waar: "alle pagina's",
      uitkomst: count(c.brokenLinks, 'kapotte link', 'kapotte links'),
      ok: c.brokenLinks === 0,
    },
    {
      controle: 'Geen JavaScript nodig (behalve voor zoeken en de webeditor)',
      waar: "alle pagina's",
      uitkomst: count(c.unexpectedScripts, 'script', 'scripts'),
      ok: c.unexpectedScripts === 0,
    },
    {
      controle: 'Niets laden van andere websites',
      waar: "alle pagina's",
      uitkomst: count(c.thirdPartyRequests, 'verzoek aan een andere website', 'verzoeken aan andere websites'),
      ok: c.thirdPartyRequests === 0,
    },
  ];
}
