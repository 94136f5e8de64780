import type { APIRoute } from 'astro';
import { getSiteData } from '../data/index.ts';

export const GET: APIRoute = async () => {
  const { siteUrl } = await getSiteData();
  const body = ['User-agent: *', 'Disallow: /embed/', 'Disallow: /agenda/print/', 'Disallow: /admin/', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
