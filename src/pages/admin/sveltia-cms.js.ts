/** /admin/sveltia-cms.js: the editor application, served from the site itself (installed from npm, no CDN). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { sveltiaRoot } from './_cms.ts';
import { localiseSveltia } from './_local-assets.ts';

export const GET: APIRoute = () => {
  // The source map is not shipped, so drop the comment that points at it.
  const code = localiseSveltia(
    readFileSync(join(sveltiaRoot(), 'dist', 'sveltia-cms.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
  );
  return new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
