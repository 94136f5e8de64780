import type { APIRoute } from 'astro';
import { FEED_HEADERS, agendaJsonStream } from '../data/feeds.ts';

/** `/agenda.json`: every occurrence from today to the horizon (DESIGN §6), written as a stream (see agendaJsonStream). */
export const GET: APIRoute = async () => new Response(await agendaJsonStream(), { headers: FEED_HEADERS.json });
