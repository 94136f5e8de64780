import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, getFeeds } from '../../data/feeds.ts';
import { getSiteData } from '../../data/index.ts';

/** `/agenda/<slug>.ics`: one activity, for every activity (also past ones: an empty calendar). */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return [...data.activiteiten.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, calendar } = await getFeeds();
  const slug = params.slug!;
  const titel = data.activiteiten.get(slug)?.data.titel ?? slug;
  const body = calendar(`${titel} (${data.site.naam})`, [slug], `${data.siteUrl}/agenda/${slug}.ics`);
  return new Response(body, { headers: FEED_HEADERS.ics });
};
