import type { APIRoute } from 'astro';
import { FEED_HEADERS } from '../data/feeds.ts';
import { getSiteData } from '../data/index.ts';
import { buildRss, formatRfc822, newsRssItems } from '../lib/rss.ts';

/** `/nieuws.xml`: RSS 2.0 of the news, newest first. */
export const GET: APIRoute = async () => {
  const data = await getSiteData();
  const body = buildRss({
    title: `Nieuws ${data.site.naam}`,
    link: `${data.siteUrl}/nieuws/`,
    description: `Nieuws uit de wijken van ${data.site.naam}.`,
    selfUrl: `${data.siteUrl}/nieuws.xml`,
    lastBuildDate: formatRfc822(data.today, '00:00', data.tz),
    ttl: 720,
    items: newsRssItems([...data.nieuws.values()], { siteUrl: data.siteUrl, tz: data.tz }),
  });
  return new Response(body, { headers: FEED_HEADERS.rss });
};
