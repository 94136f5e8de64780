// Reads the absolute base URL of the site: SITE_URL wins, else `url` from <CONTENT_DIR>/site.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** @returns {string} */
export function readSiteUrl() {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const dir = process.env.CONTENT_DIR ?? './content';
  try {
    const site = parse(readFileSync(join(dir, 'site.yaml'), 'utf8'));
    if (site && typeof site.url === 'string') return site.url;
  } catch {
    // The content check reports a missing or broken site.yaml in Dutch; fall back so the config still loads.
  }
  return 'https://example.org';
}
