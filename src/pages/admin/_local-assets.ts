/**
 * Sveltia CMS fetches its fonts from cdn.jsdelivr.net and its package.json from unpkg.com (an update check).
 * The site makes no third-party requests, so the served copy of the editor points at local copies instead:
 * the same font files from the fontsource npm packages, and Sveltia's own package.json.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** CDN font URL in the Sveltia bundle → local file name under /admin/fonts/ and where npm installed it. */
export const LOCAL_FONTS = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    name: 'material-symbols-outlined.woff2',
    file: () => join(packageDir('@fontsource-variable/material-symbols-outlined'), 'files', 'material-symbols-outlined-latin-wght-normal.woff2'),
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    name: 'noto-mono.woff2',
    file: () => join(packageDir('@fontsource/noto-mono'), 'files', 'noto-mono-latin-400-normal.woff2'),
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    name: 'source-sans-3.woff2',
    file: () => join(packageDir('@fontsource-variable/source-sans-3'), 'files', 'source-sans-3-latin-wght-normal.woff2'),
  },
] as const;

/** Rewrites the bundle so that fonts and the update check stay on this site. */
export function localiseSveltia(code: string): string {
  let out = code;
  for (const font of LOCAL_FONTS) out = out.split(font.cdn).join(`/admin/fonts/${font.name}`);
  // The update check compares with the latest release on unpkg; our local package.json makes it a no-op.
  return out.replace('var NSe=`${iP}/package.json`', 'var NSe=`/admin/sveltia-package.json`');
}
