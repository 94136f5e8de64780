/** /admin/sveltia-package.json: Sveltia's own package.json, so its update check needs no request to unpkg.com. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { sveltiaRoot } from './_cms.ts';

export const GET: APIRoute = () =>
  new Response(readFileSync(join(sveltiaRoot(), 'package.json')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
