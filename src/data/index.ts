/**
 * The one layer that calls getCollection: every collection is loaded once per
 * build process (memoised) and turned into the indexes pages need, so that
 * each page does O(1) look-ups instead of walking collections again
 * (withastro/astro#16297). "Today" comes from TODAY or the build date.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteData, type SiteData } from './site-data.ts';

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [site, wijken, locaties, organisaties, themas, doelgroepen, activiteiten, initiatieven, projecten, nieuws] = await Promise.all([
    getCollection('site'),
    getCollection('wijken'),
    getCollection('locaties'),
    getCollection('organisaties'),
    getCollection('themas'),
    getCollection('doelgroepen'),
    getCollection('activiteiten'),
    getCollection('initiatieven'),
    getCollection('projecten'),
    getCollection('nieuws'),
  ]);
  const siteEntry = site[0];
  if (!siteEntry) throw new Error('site.yaml ontbreekt in de map met inhoud (CONTENT_DIR). Voer npm run check uit.');
  return buildSiteData({
    site: siteEntry.data,
    today: resolveBuildToday(siteEntry.data.tijdzone),
    siteUrl: import.meta.env.SITE,
    wijken,
    locaties,
    organisaties,
    themas,
    doelgroepen,
    activiteiten,
    initiatieven,
    projecten,
    nieuws,
  });
}

/** All content and its indexes, loaded once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

function resolveBuildToday(tz: string): string {
  const fixed = process.env.TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  // The build date in the site's zone: the one place (outside scripts) that reads the clock.
  return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

export type { SiteData };
export type Entry<C extends Parameters<typeof getCollection>[0]> = CollectionEntry<C>;
