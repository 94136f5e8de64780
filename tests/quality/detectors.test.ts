/**
 * The detectors of quality.test.ts catch what they claim to catch: on small pages with known problems they
 * report them, and on the same pages done right they stay silent. (A gate that cannot fail proves nothing.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeWithChromium, launchChromium } from './browser.ts';
import { clippedText, sidewaysOverflow } from './in-page.ts';
import { checkKeyboard } from './keyboard.ts';

const BASE = 'http://fixture.invalid/';
const STYLE = `<style>
  .ww-skiplink { position: absolute; inset-block-start: -10rem; }
  .ww-skiplink:focus { inset-block-start: 0; }
  :focus-visible { outline: 3px solid #000; }
  .stil:focus-visible { outline: none; }
  main:focus { outline: none; }
  .ww-visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
</style>`;
const page = (body: string) => `<!doctype html><html lang="nl"><head><title>Test</title>${STYLE}</head><body>${body}</body></html>`;

describeWithChromium('the quality detectors', () => {
  let browser: Browser;
  let context: BrowserContext;
  let html = '';

  async function load(body: string, width = 1280): Promise<Page> {
    html = page(body);
    const tab = await context.newPage();
    await tab.setViewportSize({ width, height: 700 });
    await tab.goto(BASE);
    return tab;
  }

  beforeAll(async () => {
    browser = await launchChromium();
    context = await browser.newContext();
    await context.route(`${BASE}**`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('checkKeyboard', () => {
    const good = `<a class="ww-skiplink" href="#inhoud">Direct naar de inhoud</a>
      <nav><a href="/a">A</a> <a href="/b">B</a></nav>
      <main id="inhoud" tabindex="-1"><button>Knop</button> <input aria-label="Naam"> <section tabindex="0" aria-label="Tabel">regio</section></main>`;

    test('finds nothing on a page with a skip link, reachable controls and visible focus', async () => {
      const tab = await load(good);
      expect(await checkKeyboard(tab, { label: 'goed', skipLink: true, reload: () => tab.goto(BASE) })).toEqual([]);
      await tab.close();
    });

    test('reports a missing skip link, a control without focus indicator and a link taken out of the Tab order', async () => {
      const tab = await load(`<nav><a href="/a">A</a> <a class="stil" href="/stil">Stil</a> <a href="/weg" tabindex="-1">Weg</a></nav>
        <main id="inhoud" tabindex="-1"><button>Knop</button></main>`);
      const problems = await checkKeyboard(tab, { label: 'fout', skipLink: true, reload: () => tab.goto(BASE) });
      expect(problems).toEqual([
        'fout: de eerste Tab-stop is niet de link "Direct naar de inhoud"',
        'fout: geen zichtbare focus op <a href="/stil"> Stil',
        'fout: niet te bereiken met Tab: <a href="/weg"> Weg',
      ]);
      await tab.close();
    });
  });

  describe('clippedText', () => {
    test('reports text cut off by a fixed height, an ellipsis, and a word running out of its box', async () => {
      const tab = await load(`<main>
        <p style="inline-size: 10em; block-size: 1.2em; overflow: hidden">Een lange zin die over meer regels loopt en daarom wordt afgeknipt.</p>
        <p style="inline-size: 6em; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">Een zin die wordt afgekort</p>
        <p style="inline-size: 3em">Hottentottententententoonstelling</p>
      </main>`);
      expect((await tab.evaluate(clippedText)).map((p) => p.split(':')[0])).toEqual(['afgeknipt', 'afgekort met …', 'tekst steekt buiten het vak']);
      await tab.close();
    });

    test('accepts visually hidden text, scrolling tables and text that wraps', async () => {
      const tab = await load(`<main>
        <span class="ww-visually-hidden">alleen voor schermlezers</span>
        <div style="overflow-x: auto; inline-size: 5em" tabindex="0"><table><tr><td>een brede tabel met veel tekst</td></tr></table></div>
        <p style="inline-size: 10em">Een lange zin die gewoon over meer regels loopt.</p>
      </main>`);
      expect(await tab.evaluate(clippedText)).toEqual([]);
      await tab.close();
    });
  });

  describe('sidewaysOverflow', () => {
    test('measures how much wider than a 320 px window a page is', async () => {
      const tab = await load('<div style="inline-size: 500px">breed</div>', 320);
      expect(await tab.evaluate(sidewaysOverflow)).toBeGreaterThan(150);
      await tab.close();
    });

    test('is 0 for a page that fits', async () => {
      const tab = await load('<p>Past precies.</p>', 320);
      expect(await tab.evaluate(sidewaysOverflow)).toBe(0);
      await tab.close();
    });
  });
});
