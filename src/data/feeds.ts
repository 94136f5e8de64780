/**
 * The feeds' shared, memoised work: each activity's VEVENTs are written once
 * per build and reused by `/agenda.ics`, `/agenda/<slug>.ics` and the wijk
 * and thema calendars, so a filtered feed is a plain selection of the same
 * text and can never disagree with the full one.
 */
import { activityEvents, serializeCalendar, serializeLines, type IcsContext } from '../lib/ics.ts';
import { serializeAgendaJson, toAgendaJsonItem, type AgendaJsonContext } from '../lib/agenda-json.ts';
import { getSiteData, type SiteData } from './index.ts';

/** Headers of each feed type. */
export const FEED_HEADERS = {
  ics: { 'Content-Type': 'text/calendar; charset=utf-8' },
  json: { 'Content-Type': 'application/json; charset=utf-8' },
  rss: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
} as const;

interface Feeds {
  data: SiteData;
  /** Folded VEVENT text per activity slug ('' when it has no dates in the window). */
  events: Map<string, string>;
  calendar: (name: string, slugs: Iterable<string>, source: string, description?: string) => string;
}

let cached: Promise<Feeds> | undefined;

/** The ICS context of the site. */
export function icsContext(data: SiteData): IcsContext {
  return {
    siteUrl: data.siteUrl,
    tz: data.tz,
    today: data.today,
    horizonEnd: data.horizonEnd,
    schoolvakantieRegio: data.site.schoolvakantie_regio,
    place: (slug) => data.locaties.get(slug)?.data,
    themaNaam: (slug) => data.themas.get(slug)?.data.naam,
  };
}

/** The `/agenda.json` context of the site. */
export function agendaJsonContext(data: SiteData): AgendaJsonContext {
  return {
    siteUrl: data.siteUrl,
    activity: (slug) => data.activiteiten.get(slug)?.data,
    place: (slug) => data.locaties.get(slug)?.data,
    wijken: (slug) => data.activityWijken.get(slug) ?? [],
  };
}

async function load(): Promise<Feeds> {
  const data = await getSiteData();
  const ctx = icsContext(data);
  const events = new Map<string, string>();
  for (const [slug, { data: a }] of data.activiteiten) events.set(slug, serializeLines(activityEvents({ ...a, slug }, ctx).lines));
  const calendar = (name: string, slugs: Iterable<string>, source: string, description?: string) => {
    const chosen = [...new Set(slugs)].filter((s) => events.has(s)).sort();
    return serializeCalendar(
      { name, source, tz: data.tz, today: data.today, horizonEnd: data.horizonEnd, ...(description === undefined ? {} : { description }) },
      chosen.map((s) => events.get(s)!),
    );
  };
  return { data, events, calendar };
}

/** Memoised feed material for this build. */
export function getFeeds(): Promise<Feeds> {
  cached ??= load();
  return cached;
}

/** `/agenda.json` items: exactly the site's occurrences (today → horizon), in the site's order. */
export async function agendaJsonItems() {
  const data = await getSiteData();
  const ctx = agendaJsonContext(data);
  return data.occurrences.map((o) => toAgendaJsonItem(o, ctx));
}

/**
 * The body of `/agenda.json` as a stream of UTF-8 chunks of about 4 MB: the same bytes as
 * serializeAgendaJson(agendaJsonItems()), but written item by item while the file is being read. A city-wide
 * agenda has some 200,000 occurrences (a 135 MB file); building every item object, every line and the joined
 * string first cost about 400 MB of memory at once and several seconds.
 */
export async function agendaJsonStream(): Promise<ReadableStream<Uint8Array>> {
  const data = await getSiteData();
  const ctx = agendaJsonContext(data);
  const { occurrences } = data;
  const CHUNK = 4 * 1024 * 1024;
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (occurrences.length === 0) {
        controller.enqueue(new TextEncoder().encode(serializeAgendaJson([])));
        controller.close();
        return;
      }
      const parts: string[] = next === 0 ? ['[\n'] : [];
      let size = 0;
      while (next < occurrences.length && size < CHUNK) {
        const line = `${next === 0 ? '' : ',\n'}${JSON.stringify(toAgendaJsonItem(occurrences[next]!, ctx))}`;
        parts.push(line);
        size += line.length;
        next += 1;
      }
      if (next === occurrences.length) parts.push('\n]\n');
      controller.enqueue(new TextEncoder().encode(parts.join('')));
      if (next === occurrences.length) controller.close();
    },
  });
}
