import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, getFeeds } from '../../../data/feeds.ts';
import { getSiteData } from '../../../data/index.ts';

/** `/wijken/<slug>/agenda.ics`: exactly the activities of one wijk. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return [...data.wijken.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, calendar } = await getFeeds();
  const slug = params.slug!;
  const naam = data.wijken.get(slug)?.data.naam ?? slug;
  const body = calendar(
    `Agenda ${naam} (${data.site.naam})`,
    data.activitiesBy.wijk.get(slug) ?? [],
    `${data.siteUrl}/wijken/${slug}/agenda.ics`,
    `Activiteiten in de wijk ${naam}.`,
  );
  return new Response(body, { headers: FEED_HEADERS.ics });
};
