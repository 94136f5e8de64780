/**
 * Shared by the browser tests: Debian's Chromium driven by playwright-core, and
 * a built site served by scripts/lib/static-server.ts on 127.0.0.1.
 *
 *   describeWithChromium('search', () => {
 *     let browser: Browser; let site: ServedSite;
 *     beforeAll(async () => { browser = await launchBrowser(); site = await serveSite('dist'); });
 *     afterAll(async () => { await browser?.close(); await site?.close(); });
 *     test('…', async () => { const page = await browser.newPage(); await page.goto(`${site.url}/zoeken/`); });
 *   });
 *
 * Without Chromium the suite is skipped locally and fails in CI (CI set), so a
 * missing browser can never pass unnoticed there. `.ci/run` installs it with apt.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describe, test } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/** Where Debian puts Chromium (apt install chromium); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, offline-friendly headless Chromium in a container. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A built site on a local port; `url` has no trailing slash. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/**
 * `describe` when Chromium is there. Without it: in CI one failing test that says
 * how to install it; locally the suite is skipped.
 */
export function describeWithChromium(name: string, fn: () => void): void {
  if (existsSync(CHROMIUM_PATH)) {
    describe(name, fn);
  } else if (process.env.CI) {
    describe(name, () => {
      test('Chromium is installed', () => {
        throw new Error(`Chromium is missing at ${CHROMIUM_PATH}: install it with "apt-get install chromium" (see .ci/run) or set CHROMIUM_PATH.`);
      });
    });
  } else {
    describe.skip(`${name} (skipped: no Chromium at ${CHROMIUM_PATH})`, fn);
  }
}

/** Starts headless Chromium; close it when done (or use withBrowser). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/** Runs `fn` with a fresh headless Chromium and always closes it. */
export async function withBrowser<T>(fn: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/** Serves a built site folder (e.g. 'dist') on 127.0.0.1 with a free port. */
export async function serveSite(outDir: string): Promise<ServedSite> {
  const { server, url } = await serveStatic(resolve(outDir), 0);
  return {
    url,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
