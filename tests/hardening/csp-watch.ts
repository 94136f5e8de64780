/**
 * Shared by the hardening browser tests: opens a page of a served site in Chromium and reports everything
 * the Content-Security-Policy blocked (`securitypolicyviolation` events and CSP messages in the console),
 * every dialog a script opened (`alert(1)` from injected code) and every page error. Requests to other
 * hosts are aborted, so a test never depends on the internet (the web editor tries to load fonts).
 */
import type { Browser, Page } from 'playwright-core';

export interface PageReport {
  url: string;
  violations: string[];
  cspConsole: string[];
  dialogs: string[];
  pageErrors: string[];
  /** Requests to other hosts (aborted). */
  external: string[];
}

interface WatchedWindow {
  __cspViolations?: string[];
}

/**
 * Loads `url`, runs `act` (searching, waiting for the editor …), and returns what happened. Nothing here
 * waits a fixed time: `act` waits for what it needs, and the load state is awaited.
 */
export async function watchPage(browser: Browser, url: string, act?: (page: Page) => Promise<void>): Promise<PageReport> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const report: PageReport = { url, violations: [], cspConsole: [], dialogs: [], pageErrors: [], external: [] };
  try {
    await page.route('**/*', (route) => {
      const target = route.request().url();
      if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
      report.external.push(target);
      return route.abort();
    });
    await page.addInitScript(() => {
      const w = window as unknown as WatchedWindow;
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        w.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      });
    });
    page.on('console', (message) => {
      if (/content[\s-]security[\s-]policy/i.test(message.text())) report.cspConsole.push(message.text());
    });
    page.on('dialog', (dialog) => {
      report.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => report.pageErrors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    if (act) await act(page);
    await page.waitForLoadState('networkidle');
    report.violations = await page.evaluate(() => (window as unknown as WatchedWindow).__cspViolations ?? []);
    return report;
  } finally {
    await context.close();
  }
}

