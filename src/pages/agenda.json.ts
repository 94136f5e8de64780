import type { APIRoute } from 'astro';
import { FEED_HEADERS, agendaJsonItems } from '../data/feeds.ts';
import { serializeAgendaJson } from '../lib/agenda-json.ts';

/** `/agenda.json`: every occurrence from today to the horizon (DESIGN §6). */
export const GET: APIRoute = async () => new Response(serializeAgendaJson(await agendaJsonItems()), { headers: FEED_HEADERS.json });
