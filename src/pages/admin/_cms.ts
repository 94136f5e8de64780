/**
 * Build-time helpers for /admin/ (the web editor): the generated configuration for this site and
 * the Sveltia CMS files from node_modules. Not a route (the underscore keeps Astro from serving it).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { stringify } from 'yaml';
import { getSiteData } from '../../data/index.ts';
import { buildCmsConfig, repositoryContentPath, type CmsConfigResult } from '../../lib/cms-config.ts';
import { COLLECTIONS, SiteSchema } from '../../schemas/index.ts';

/** The configuration of the web editor for the site being built. */
export async function siteCmsConfig(): Promise<CmsConfigResult> {
  const data = await getSiteData();
  const contentDir = resolve(process.env.CONTENT_DIR ?? './content');
  const refs = (items: Iterable<{ slug: string; data: { naam: string } }>) => [...items].map((i) => ({ slug: i.slug, naam: i.data.naam }));
  return buildCmsConfig({
    collections: COLLECTIONS,
    siteSchema: SiteSchema,
    site: data.site,
    siteUrl: data.siteUrl,
    contentPath: repositoryContentPath(relative(process.cwd(), contentDir), process.env.CMS_CONTENT_PATH),
    entries: { organisaties: refs(data.organisaties.values()), initiatieven: refs(data.initiatieven.values()) },
  });
}

/** The configuration as Sveltia reads it from /admin/config.yml. */
export function configYaml(result: CmsConfigResult): string {
  const header = [
    '# Configuratie van de webeditor (Sveltia CMS), gemaakt uit de schema’s in src/schemas.',
    '# Niet met de hand aanpassen: dit bestand wordt bij elke bouw van de site opnieuw gemaakt.',
    ...result.notes.map((n) => `# ${n.path}: ${n.note}`),
    '',
  ].join('\n');
  return header + stringify(result.config, { aliasDuplicateObjects: false, lineWidth: 0 });
}

/** Root folder of the installed @sveltia/cms package. */
export function sveltiaRoot(): string {
  const require = createRequire(join(process.cwd(), 'package.json'));
  // The package exports only its API module (npm/index.js); the files we serve sit next to it.
  return dirname(dirname(require.resolve('@sveltia/cms')));
}

export function sveltiaVersion(): string {
  return (JSON.parse(readFileSync(join(sveltiaRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
