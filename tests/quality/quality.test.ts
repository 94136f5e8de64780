/**
 * Quality gates (issue 6, DESIGN §10) on the three built sites, in Debian's Chromium: axe-core finds no WCAG 2.2
 * AA violation on any kind of page; no page scrolls sideways at 320 px; at 200 % text nothing is cut off; the
 * keyboard reaches everything with visible focus; every HTML file is valid; links resolve; content pages carry no
 * script; no page asks anything of another origin. The results are the facts of /toegankelijkheid/: they must
 * equal docs/toegankelijkheid/rapport.json (refresh it with WW_UPDATE_REPORT=1 npm test -- tests/quality).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AccessibilityReport } from '../../src/data/toegankelijkheid.ts';
import { SITES, TEST_TODAY } from '../sites.ts';
import { describeWithChromium, launchChromium, serveSites, type ServedSites, type SiteName } from './browser.ts';
import { clippedText, sidewaysOverflow } from './in-page.ts';
import { checkKeyboard } from './keyboard.ts';
import { PAGE_TYPES, type PageType } from './page-types.ts';
import { REPORT_PATH, readCommittedReport, tools, writeReport } from './report.ts';
import { htmlFilesOf, pagePathOf, type StaticResult } from './static-checks.ts';

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order) that our own house rules ask for too. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Page types walked with the Tab key: header and footer, forms, filters, tables that scroll, an embed. */
const KEYBOARD_PATHS = new Set([
  'demo /',
  'demo /agenda/filter/wijk/selwerd/',
  'demo /agenda/koffieochtend-wiershoeck/',
  'demo /agenda/tekst/',
  'demo /projecten/wijkondersteuner-beijum-lewenborg/',
  'demo /zoeken/',
  'demo /embed/agenda/',
  'heerhugowaard /projecten/meedoen-is-winnen/',
]);
const KEYBOARD_PAGES = PAGE_TYPES.filter((p) => KEYBOARD_PATHS.has(`${p.site} ${p.path}`));

/**
 * Pages that are applications: the web editor's practice page runs Sveltia CMS, a program for editors made
 * elsewhere. Its screens are not part of the 320 px sweep; it is still validated, checked for scripts and loaded
 * for the request log, until `ready` is drawn, its fonts are loaded and the network is quiet.
 */
const APPS = [{ path: /^\/admin\/oefenen\//, ready: '#nc-root > *' }];

const ORIGIN_OF: Record<string, string> = {};
const label = (p: { site: string; path: string }) => (p.site === 'demo' ? p.path : `${p.site} ${p.path}`);

/** Runs `fn` over `items`, `limit` at a time, keeping the order of the results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Runs the static checks (html-validate and friends) in their own process while the browser works. */
function runStaticChecks(): Promise<Record<SiteName, StaticResult>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/quality/run-static-checks.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(JSON.parse(out) as Record<SiteName, StaticResult>);
      else reject(new Error(`static checks failed (${code}):\n${err}`));
    });
  });
}

describeWithChromium('quality gates on the built sites', () => {
  let browser: Browser;
  let served: ServedSites;
  let context: BrowserContext;
  const thirdParty: string[] = [];

  /** Each measurement runs once, on first use; the tests and the report share the results. */
  function once<T>(run: () => Promise<T>): () => Promise<T> {
    let result: Promise<T> | undefined;
    return () => (result ??= run());
  }

  async function open(p: { site: SiteName; path: string }, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(served.url[p.site] + p.path, { waitUntil: 'load' });
    return page;
  }

  /** axe-core, then the 200 % text check, on one page of every type. */
  const measurePageTypes = once(async () => {
    const results = await mapLimit(PAGE_TYPES, 2, async (p) => {
      const page = await open(p);
      // Only violations are collected: passes and 'incomplete' details cost time and are not asserted on.
      // options() replaces the whole option object, so it comes before withTags() (which adds runOnly to it).
      const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).analyze();
      const axe = result.violations.flatMap((v) =>
        v.nodes.map((n) => `${label(p)}: ${v.id} (${v.impact ?? '?'}) ${v.help} → ${n.target.join(' ')}`),
      );
      // 200 % text as a browser's font-size setting gives it: the root size doubles. Set through the CSSOM, which
      // the pages' Content-Security-Policy allows (an injected <style> element would be blocked).
      const zoom: string[] = [];
      const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
      const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      if (Math.abs(after / before - 2) > 0.05) zoom.push(`${label(p)}: tekst groeit niet mee (${before}px → ${after}px)`);
      const overflow = await page.evaluate(sidewaysOverflow);
      if (overflow > 0) zoom.push(`${label(p)}: ${overflow} px te breed bij 200 % tekst`);
      zoom.push(...(await page.evaluate(clippedText)).map((c) => `${label(p)}: ${c}`));
      await page.close();
      return { axe, zoom };
    });
    return { axe: results.flatMap((r) => r.axe), zoom: results.flatMap((r) => r.zoom) };
  });

  /** Every page of every site at 320 px (which also fills the request log). */
  const measureReflow = once(async () => {
    const all = SITES.flatMap((site) => htmlFilesOf(site.outDir).map((file) => ({ site: site.name, path: pagePathOf(file) })));
    const appOf = (p: { path: string }) => APPS.find((a) => a.path.test(p.path));
    const isApp = (p: { path: string }) => appOf(p) !== undefined;
    const pages = all.filter((p) => !isApp(p));
    const tabs = await Promise.all([0, 1, 2].map(() => context.newPage()));
    for (const tab of tabs) await tab.setViewportSize({ width: 320, height: 640 });
    const free = [...tabs];
    const problems = await mapLimit(pages, tabs.length, async (p) => {
      const tab = free.pop()!;
      try {
        await tab.goto(served.url[p.site] + p.path, { waitUntil: 'load' });
        const overflow = await tab.evaluate(sidewaysOverflow);
        return overflow > 0 ? [`${label(p)}: ${overflow} px te breed op een scherm van 320 px`] : [];
      } finally {
        free.push(tab);
      }
    });
    await Promise.all(tabs.map((t) => t.close()));
    // An app draws itself, fetches fonts and keeps fetching after 'load'. Load each one alone, in front, and wait
    // until it is drawn, its fonts are in and the network is quiet, so the request log is the same on every run.
    for (const p of all.filter(isApp)) {
      const tab = await context.newPage();
      await tab.bringToFront();
      await tab.goto(served.url[p.site] + p.path, { waitUntil: 'load' });
      await tab.waitForSelector(appOf(p)!.ready, { state: 'attached', timeout: 60_000 });
      await tab.evaluate(() => document.fonts.ready.then(() => undefined));
      await tab.waitForLoadState('networkidle');
      await tab.close();
    }
    return { pages: all.length, problems: problems.flat() };
  });

  /** The skip link, then a full Tab walk with the focus indicator of every stop. */
  const measureKeyboard = once(async () => {
    const problems = await mapLimit(KEYBOARD_PAGES, 2, async (p) => {
      const page = await open(p);
      const out = await checkKeyboard(page, {
        label: label(p),
        skipLink: !p.path.startsWith('/embed/'),
        reload: () => page.goto(served.url[p.site] + p.path, { waitUntil: 'load' }),
      });
      const focusables = await page.evaluate(() => document.querySelectorAll('[data-ww-focus]').length);
      if (focusables < 5) out.push(`${label(p)}: maar ${focusables} elementen om te bedienen gevonden`);
      await page.close();
      return out;
    });
    return problems.flat();
  });

  /** html-validate, scripts, links and foreign references, in a process of their own (started in beforeAll). */
  let staticRun: Promise<Record<SiteName, StaticResult>>;
  const measureStatic = () => staticRun;

  beforeAll(async () => {
    staticRun = runStaticChecks();
    staticRun.catch(() => undefined); // reported by the tests that await it
    served = await serveSites();
    for (const site of SITES) ORIGIN_OF[served.url[site.name]] = site.name;
    browser = await launchChromium();
    context = await browser.newContext({ reducedMotion: 'reduce' });
    context.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url) || Object.keys(ORIGIN_OF).some((o) => url === o || url.startsWith(o + '/'))) return;
      const frame = request.frame().url();
      const origin = Object.keys(ORIGIN_OF).find((o) => frame.startsWith(o + '/'));
      const where = origin ? label({ site: ORIGIN_OF[origin]!, path: frame.slice(origin.length) }) : frame;
      thirdParty.push(`${where}: ${request.method()} ${url}`);
    });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await served?.close();
  });

  /** Generous: a busy CI machine may be slow; on an idle one the whole file takes about a minute. */
  const SLOW = 300_000;

  describe('the built sites in Chromium', () => {
    test('axe-core finds no WCAG 2.2 AA violation on any kind of page', async () => {
      expect((await measurePageTypes()).axe).toEqual([]);
    }, SLOW);

    test('no page scrolls sideways at 320 CSS pixels wide (every page of every site)', async () => {
      const { pages, problems } = await measureReflow();
      expect(pages).toBeGreaterThan(400);
      expect(problems).toEqual([]);
    }, SLOW);

    test('at 200 % text size the text grows, nothing is cut off and nothing scrolls sideways', async () => {
      expect((await measurePageTypes()).zoom).toEqual([]);
    }, SLOW);

    test('the keyboard reaches every link, button and field, with visible focus, starting at the skip link', async () => {
      expect(await measureKeyboard()).toEqual([]);
    }, SLOW);

    test('loading every page asks nothing of another origin, and no HTML or CSS refers to one', async () => {
      await measureReflow();
      const references = Object.values(await measureStatic()).flatMap((s) => s.externalResources);
      expect([...thirdParty, ...references]).toEqual([]);
    }, SLOW);
  });

  describe('the built HTML files', () => {
    test('html-validate (recommended, a11y, document) finds no error in any HTML file', async () => {
      const statics = await measureStatic();
      expect(Object.entries(statics).flatMap(([site, s]) => s.htmlErrors.map((e) => `${site}: ${e}`))).toEqual([]);
    }, SLOW);

    test('every internal link and #fragment resolves', async () => {
      const statics = await measureStatic();
      expect(Object.entries(statics).flatMap(([site, s]) => s.brokenLinks.map((e) => `${site}: ${e}`))).toEqual([]);
    }, SLOW);

    test('only the search page and the web editor carry scripts; content pages have JSON-LD at most', async () => {
      const statics = await measureStatic();
      expect(Object.entries(statics).flatMap(([site, s]) => s.scripts.map((e) => `${site}: ${e}`))).toEqual([]);
    }, SLOW);
  });

  describe('the accessibility statement', () => {
    test(`${REPORT_PATH} holds exactly what this run measured`, async () => {
      const [{ axe, zoom }, reflow, keyboard, statics] = await Promise.all([
        measurePageTypes(),
        measureReflow(),
        measureKeyboard(),
        measureStatic(),
      ]);
      const all = Object.entries(statics);
      const lines = (pick: (s: StaticResult) => string[]) => all.flatMap(([site, s]) => pick(s).map((e) => `${site}: ${e}`));
      const siteUrl = (outDir: string) =>
        /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(readFileSync(join(outDir, 'index.html'), 'utf8'))?.[1] ?? '';
      const html = lines((s) => s.htmlErrors);
      const links = lines((s) => s.brokenLinks);
      const scripts = lines((s) => s.scripts);
      const foreign = [...new Set(thirdParty)].sort().concat(lines((s) => s.externalResources));
      const report: AccessibilityReport = {
        date: TEST_TODAY,
        standard: 'WCAG 2.2 niveau AA',
        tools: tools(),
        axeTags: AXE_TAGS,
        sites: SITES.map((s) => ({ name: s.name, url: siteUrl(s.outDir) })),
        pageTypes: PAGE_TYPES.map((p: PageType) => ({ type: p.soort, site: p.site, path: p.path })),
        checks: {
          axe: { pages: PAGE_TYPES.length, violations: axe.length },
          reflow320: { pagesWithSidewaysScrolling: reflow.problems.length },
          textZoom200: { pages: PAGE_TYPES.length, problems: zoom.length },
          keyboard: { pages: KEYBOARD_PAGES.length, problems: keyboard.length },
          htmlErrors: html.length,
          brokenLinks: links.length,
          unexpectedScripts: scripts.length,
          thirdPartyRequests: foreign.length,
        },
        problems: [...axe, ...reflow.problems, ...zoom, ...keyboard, ...html, ...links, ...scripts, ...foreign].slice(0, 100),
      };
      if (process.env.WW_UPDATE_REPORT === '1') writeReport(report);
      expect(readCommittedReport(), `${REPORT_PATH} is verouderd: draai WW_UPDATE_REPORT=1 npm test -- tests/quality`).toEqual(report);
    }, SLOW);
  });
});
