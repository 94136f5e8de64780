/**
 * The accessibility report (docs/toegankelijkheid/rapport.json): built from what tests/quality measured, written
 * when WW_UPDATE_REPORT=1, and otherwise compared with the committed file so the statement cannot go stale.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { AccessibilityReport, ReportTool } from '../../src/data/toegankelijkheid.ts';

export const REPORT_PATH = 'docs/toegankelijkheid/rapport.json';

const require = createRequire(import.meta.url);
const versionOf = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** The tools of the checks, with the versions the lock file installed. */
export function tools(): ReportTool[] {
  return [
    { name: 'axe-core', version: versionOf('axe-core'), purpose: 'controleert elke soort pagina op de WCAG-regels die een computer kan testen' },
    { name: 'html-validate', version: versionOf('html-validate'), purpose: 'controleert of de HTML van elke pagina klopt, ook de regels voor toegankelijkheid' },
    { name: 'Playwright', version: versionOf('playwright-core'), purpose: 'bestuurt de browser Chromium: smal scherm, grote tekst en bediening met alleen het toetsenbord' },
  ];
}

/** Reads the committed report, or undefined when there is none yet. */
export function readCommittedReport(): unknown {
  return existsSync(REPORT_PATH) ? (JSON.parse(readFileSync(REPORT_PATH, 'utf8')) as unknown) : undefined;
}

/** Writes the report as the statement page will read it. */
export function writeReport(report: AccessibilityReport): void {
  mkdirSync(dirname(REPORT_PATH), { recursive: true });
  writeFileSync(REPORT_PATH, JSON.stringify(report, null, 2) + '\n');
}
