/** Writes dist/sitemap.xml from the built pages, leaving out pages marked noindex (print, embed, 404). */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Returns the number of URLs written. */
export function writeSitemap(distDir: string, siteUrl: string): number {
  const urls: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        if (/<meta name="robots" content="noindex"/.test(html)) continue;
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
