/**
 * The three built sites served at once, for the quality tests; Chromium itself comes from the shared browser
 * helpers (tests/browser/helpers.ts: Debian's Chromium via playwright-core, skipped locally without it).
 */
import { launchBrowser, serveSite, type ServedSite } from '../browser/helpers.ts';
import { SITES } from '../sites.ts';

export { describeWithChromium } from '../browser/helpers.ts';

/** Starts Debian's headless Chromium with the shared quiet flags. */
export const launchChromium = launchBrowser;

export type SiteName = (typeof SITES)[number]['name'];

export interface ServedSites {
  /** Base URL (no trailing slash) per site name. */
  url: Record<SiteName, string>;
  close(): Promise<void>;
}

/** Serves every built site on its own free port of 127.0.0.1. */
export async function serveSites(): Promise<ServedSites> {
  const served: ServedSite[] = [];
  const url = {} as Record<SiteName, string>;
  for (const site of SITES) {
    const one = await serveSite(site.outDir);
    served.push(one);
    url[site.name] = one.url;
  }
  return { url, close: () => Promise.all(served.map((s) => s.close())).then(() => undefined) };
}
