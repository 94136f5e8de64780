// /agenda/tekst.txt: the next two weeks as plain text, for newsletters.
import type { APIRoute } from 'astro';
import { getAgendaText } from '../../data/agenda.ts';

export const GET: APIRoute = async () =>
  new Response(await getAgendaText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
