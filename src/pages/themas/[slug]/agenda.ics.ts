import type { APIRoute, GetStaticPaths } from 'astro';
import { FEED_HEADERS, getFeeds } from '../../../data/feeds.ts';
import { getSiteData } from '../../../data/index.ts';

/** `/themas/<slug>/agenda.ics`: exactly the activities with one thema. */
export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return [...data.themas.keys()].map((slug) => ({ params: { slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { data, calendar } = await getFeeds();
  const slug = params.slug!;
  const naam = data.themas.get(slug)?.data.naam ?? slug;
  const body = calendar(
    `Agenda thema ${naam} (${data.site.naam})`,
    data.activitiesBy.thema.get(slug) ?? [],
    `${data.siteUrl}/themas/${slug}/agenda.ics`,
    `Activiteiten met het thema ${naam}.`,
  );
  return new Response(body, { headers: FEED_HEADERS.ics });
};
