/** /admin/config.yml: the web editor's configuration, generated from the schemas at build time. */
import type { APIRoute } from 'astro';
import { configYaml, siteCmsConfig } from './_cms.ts';

export const GET: APIRoute = async () =>
  new Response(configYaml(await siteCmsConfig()), { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } });
