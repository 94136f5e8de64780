import type { APIRoute } from 'astro';
import { FEED_HEADERS, getFeeds } from '../data/feeds.ts';

/** `/agenda.ics`: every activity of the site (DESIGN §6). */
export const GET: APIRoute = async () => {
  const { data, events, calendar } = await getFeeds();
  const body = calendar(`Agenda ${data.site.naam}`, events.keys(), `${data.siteUrl}/agenda.ics`, `Alle activiteiten van ${data.site.naam}.`);
  return new Response(body, { headers: FEED_HEADERS.ics });
};
