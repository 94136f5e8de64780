import type { APIRoute } from 'astro';
import { FEED_HEADERS } from '../data/feeds.ts';
import { getSiteData } from '../data/index.ts';
import { agendaRssItems, buildRss, formatRfc822 } from '../lib/rss.ts';

/** `/agenda.xml`: RSS 2.0 of the occurrences in the coming four weeks. */
export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const items = agendaRssItems(data.occurrences, {
    siteUrl: data.siteUrl,
    tz: data.tz,
    today: data.today,
    activity: (slug) => data.activiteiten.get(slug)?.data,
    place: (slug) => data.locaties.get(slug)?.data,
  });
  const body = buildRss({
    title: `Agenda ${data.site.naam}`,
    link: `${data.siteUrl}/agenda/`,
    description: `Activiteiten van ${data.site.naam} in de komende vier weken.`,
    selfUrl: `${data.siteUrl}/agenda.xml`,
    lastBuildDate: formatRfc822(data.today, '00:00', data.tz),
    ttl: 720,
    items,
  });
  return new Response(body, { headers: FEED_HEADERS.rss });
};
