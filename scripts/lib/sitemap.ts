/** Writes dist/sitemap.xml from the built pages, leaving out pages marked noindex (print, embed, 404). */
import { closeSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const NOINDEX = '<meta name="robots" content="noindex"';
const HEAD_END = '</head>';
/** Enough for the `<head>` of every page we build (under 3 KB on the demo); a longer head is read in full. */
const FIRST_BYTES = 16 * 1024;
const first = Buffer.alloc(FIRST_BYTES);

/**
 * Whether a built page says `<meta name="robots" content="noindex">`. That tag is in the `<head>`, so only the
 * first bytes of the file are read, not the body (megabytes on an agenda list).
 */
export function isNoindex(file: string): boolean {
  const fd = openSync(file, 'r');
  let filled = 0;
  try {
    while (filled < FIRST_BYTES) {
      const read = readSync(fd, first, filled, FIRST_BYTES - filled, filled);
      if (read === 0) break;
      filled += read;
    }
  } finally {
    closeSync(fd);
  }
  let html = first.subarray(0, filled);
  let headEnd = html.indexOf(HEAD_END);
  if (headEnd < 0 && filled === FIRST_BYTES) {
    html = readFileSync(file);
    headEnd = html.indexOf(HEAD_END);
  }
  return html.subarray(0, headEnd < 0 ? html.length : headEnd).includes(NOINDEX);
}

/** Returns the number of URLs written. */
export function writeSitemap(distDir: string, siteUrl: string): number {
  const urls: string[] = [];
  const walk = (dir: string) => {
    // Sorted by name as plain strings, like Array.prototype.sort() on the names.
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(join(dir, entry.name));
      } else if (entry.name === 'index.html') {
        if (isNoindex(join(dir, entry.name))) continue;
        const path = relative(distDir, dir).split(sep).join('/');
        urls.push(`${siteUrl.replace(/\/$/, '')}/${path ? `${path}/` : ''}`);
      }
    }
  };
  walk(distDir);
  const body = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  writeFileSync(
    join(distDir, 'sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
  );
  return urls.length;
}
