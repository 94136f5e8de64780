/**
 * Search on the built demo site (dist/, built by the global setup with TODAY fixed), in real Chromium:
 * what a resident types and sees on /zoeken/, plus the size budgets of the index and the first query.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SITES } from '../sites.ts';
import { describeWithChromium, launchBrowser, serveSite, type ServedSite } from './helpers.ts';

const DIST = SITES[0].outDir;
const PAGEFIND = join(DIST, 'pagefind');
const KB = 1024;

function folderBytes(dir: string, keep: (path: string) => boolean = () => true): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const stat = statSync(full);
    total += stat.isDirectory() ? folderBytes(full, keep) : keep(full) ? stat.size : 0;
  }
  return total;
}

function indexedPages(): number {
  const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** The indexed text of one page, read from its Pagefind fragment. */
function indexedContent(url: string): string {
  for (const name of readdirSync(join(PAGEFIND, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(PAGEFIND, 'fragment', name))).toString('utf8');
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`${url} is not in the search index`);
}

describe('the search index of the demo site', () => {
  test('is Dutch and stays under 1.5 KB per indexed page', () => {
    const entry = JSON.parse(readFileSync(join(PAGEFIND, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['nl']);
    const pages = indexedPages();
    const total = folderBytes(PAGEFIND);
    // The index proper: word index, fragments, filters and metadata. The rest of dist/pagefind is the fixed
    // search runtime (pagefind.js, WebAssembly, UI bundles) that a site ships whatever its size.
    const index = folderBytes(PAGEFIND, (p) => /\.(pf_index|pf_fragment|pf_filter|pf_meta)$/.test(p));
    console.log(
      `Zoekindex: ${pages} pagina’s; index ${(index / KB).toFixed(0)} KB = ${(index / pages / KB).toFixed(2)} KB per pagina; ` +
        `heel dist/pagefind ${(total / KB).toFixed(0)} KB = ${(total / pages / KB).toFixed(2)} KB per pagina (met de vaste runtime).`,
    );
    expect(pages).toBeGreaterThan(0);
    expect(index / pages).toBeLessThanOrEqual(1.5 * KB);
  });
});

describeWithChromium('search on /zoeken/ in Chromium', () => {
  let browser: Browser;
  let site: ServedSite;

  beforeAll(async () => {
    browser = await launchBrowser();
    site = await serveSite(DIST);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const status = (page: Page) => page.locator('#ww-zoek-status');

  /** Types like a person (focus first, one key at a time) and waits for the announced result. */
  async function search(page: Page, term: string): Promise<string> {
    await page.locator('#ww-zoek-q').pressSequentially(term, { delay: 20 });
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(new RegExp(`(resultaten?|Niets gevonden) voor ‘${term}’`));
    return (await status(page).textContent()) ?? '';
  }

  /** Scrolls every result into view so its details load; returns what each result shows. */
  async function results(page: Page) {
    // A result's details load when it scrolls into view; the loaded item replaces its placeholder.
    const waiting = () =>
      page.evaluate(() => {
        const placeholder = document.querySelector('#ww-zoek-resultaten > li.ww-zoek__result--laden');
        placeholder?.scrollIntoView();
        return placeholder ? 1 : 0;
      });
    await expect.poll(waiting, { timeout: 15_000 }).toBe(0);
    return page.locator('#ww-zoek-resultaten > li').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a')?.getAttribute('href') ?? '',
        title: li.querySelector('a')?.textContent ?? '',
        soort: (li as HTMLElement).dataset.soort ?? '',
        wijken: ((li as HTMLElement).dataset.wijken ?? '').split('|').filter(Boolean),
        facts: li.querySelector('.ww-zoek__facts')?.textContent ?? '',
      })),
    );
  }

  const countOf = (summary: string) => Number(/^(\d+) resultat/.exec(summary)?.[1] ?? 0);

  async function openSearch(): Promise<{ page: Page; requests: string[] }> {
    const page = await (await browser.newContext()).newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' });
    return { page, requests };
  }

  test('"koffie" finds the coffee morning in De Wiershoeck, with soort, wijk and next date', async () => {
    const { page, requests } = await openSearch();
    const summary = await search(page, 'koffie');
    expect(summary).toMatch(/^\d+ resultaten voor ‘koffie’$/);
    const found = await results(page);
    const koffie = found.find((r) => r.href === '/agenda/koffieochtend-wiershoeck/');
    expect(koffie?.title).toBe('Koffieochtend in De Wiershoeck');
    expect(koffie?.facts).toBe('Activiteit · Beijum · volgende keer dinsdag 1 december 2026');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('ww-zoek-q');
    expect(await status(page).getAttribute('aria-live')).toBe('polite');
    expect(new URL(page.url()).searchParams.get('q')).toBe('koffie');
    expect(requests.filter((u) => !u.startsWith(site.url))).toEqual([]);
    await page.context().close();
  });

  test('choosing a wijk narrows the results to that wijk', async () => {
    const { page } = await openSearch();
    const before = countOf(await search(page, 'koffie'));
    const wijk = page.getByRole('group', { name: 'Wijk' }).getByRole('checkbox', { name: /Beijum/ });
    await wijk.check();
    await expect.poll(() => status(page).textContent()).toContain('met de gekozen filters');
    const after = countOf((await status(page).textContent()) ?? '');
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const found = await results(page);
    expect(found).toHaveLength(after);
    for (const r of found) expect(r.wijken, r.href).toContain('Beijum');
    await page.context().close();
  });

  test('Dutch stemming: "wandelingen" finds a page that only says "wandelen"', async () => {
    const target = '/agenda/beweegwandeling-bankjesroute/';
    const content = indexedContent(target).toLowerCase();
    expect(content).toMatch(/\bwandelen\b/);
    expect(content).not.toMatch(/(^|[^a-z])wandeling/);
    const { page } = await openSearch();
    await search(page, 'wandelingen');
    expect((await results(page)).map((r) => r.href)).toContain(target);
    await page.context().close();
  });

  test('a word that is nowhere gives the Dutch zero-results message with a link to the agenda', async () => {
    const { page } = await openSearch();
    expect(await search(page, 'xqzwvbnm')).toBe('Niets gevonden voor ‘xqzwvbnm’. Probeer een ander woord, of kijk in de agenda.');
    expect(await status(page).locator('a').getAttribute('href')).toBe('/agenda/');
    expect(await page.locator('#ww-zoek-resultaten > li').count()).toBe(0);
    await page.context().close();
  });

  test('the search form in the header lands on /zoeken/?q= with results', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${site.url}/`);
    await page.locator('#ww-header-q').fill('koffie');
    await page.locator('#ww-header-q').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=koffie$/);
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor ‘koffie’$/);
    expect(await page.locator('#ww-zoek-q').inputValue()).toBe('koffie');
    expect((await results(page)).map((r) => r.href)).toContain('/agenda/koffieochtend-wiershoeck/');
    await page.context().close();
  });

  test('sorting by date shows only activities, the soonest first', async () => {
    const { page } = await openSearch();
    await search(page, 'koffie');
    await page.getByRole('radio', { name: /op datum/ }).check();
    await expect.poll(() => status(page).textContent()).toContain('eerstvolgende eerst');
    const found = await results(page);
    expect(found.length).toBeGreaterThan(1);
    const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const dates = found.map((r) => {
      expect(r.soort).toBe('activiteit');
      const [, day, month, year] = /volgende keer \S+ (\d+) (\S+) (\d{4})/.exec(r.facts) ?? [];
      return `${year}-${String(MAANDEN.indexOf(month!) + 1).padStart(2, '0')}-${day!.padStart(2, '0')}`;
    });
    expect(dates).toEqual([...dates].sort());
    await page.context().close();
  });

  test('with results and filters on screen the page has no axe violations (WCAG 2.2 AA)', async () => {
    const { page } = await openSearch();
    await search(page, 'koffie');
    await page.getByRole('group', { name: 'Wijk' }).waitFor();
    await results(page);
    const report = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(report.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  test('before any interaction /zoeken/ loads at most 5 KB of script, and no search code', async () => {
    const page = await (await browser.newContext()).newPage();
    const scripts: { url: string; bytes: number }[] = [];
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      scripts.push({ url: response.url(), bytes: (await response.body()).length });
    });
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !(s as HTMLScriptElement).type.includes('json'))
        .reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
    );
    const bytes = scripts.reduce((n, s) => n + s.bytes, inline);
    console.log(`Script voor interactie op /zoeken/: ${bytes} bytes (${scripts.map((s) => `${new URL(s.url).pathname} ${s.bytes}`).join(', ')}; inline ${inline}).`);
    expect(bytes).toBeLessThanOrEqual(5 * KB);
    expect(scripts.filter((s) => s.url.includes('/pagefind/'))).toEqual([]);
    expect(await page.locator('#ww-zoek').isVisible()).toBe(true);
    await page.context().close();
  });

  test('the first query transfers at most 220 KB', async () => {
    const { page } = await openSearch();
    let bytes = 0;
    const files: string[] = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      bytes += sizes.responseBodySize + sizes.responseHeadersSize;
      files.push(`${new URL(request.url()).pathname} ${sizes.responseBodySize}`);
    });
    await search(page, 'koffie');
    // The result details in view load after the count; give them time to arrive.
    await expect.poll(() => page.locator('#ww-zoek-resultaten > li:first-child a').count()).toBe(1);
    await page.waitForTimeout(1000);
    console.log(`Eerste zoekvraag (‘koffie’): ${(bytes / KB).toFixed(1)} KB in ${files.length} bestanden:\n  ${files.join('\n  ')}`);
    expect(bytes).toBeLessThanOrEqual(220 * KB);
    await page.context().close();
  });
});
