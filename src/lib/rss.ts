/**
 * RSS 2.0 feeds: `/agenda.xml` (upcoming occurrences) and `/nieuws.xml`
 * (news). Pure string building with strict XML escaping; dates are passed
 * in, nothing reads the clock, so rebuilds on one day are byte-identical.
 */
import type { Activiteit } from '../schemas/activiteit.ts';
import type { Locatie } from '../schemas/locatie.ts';
import type { Nieuws } from '../schemas/nieuws.ts';
import { addDays, formatDatum, formatDatumBereik, formatTijd, weekday, zonedIso, type IsoDate } from './dates.ts';
import type { Occurrence } from './recurrence.ts';
import { locationText, summaryFor } from './ics.ts';

// Characters XML 1.0 forbids (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Escapes text for XML element content and attribute values, dropping
 * characters XML 1.0 cannot carry at all.
 *
 * @example escapeXml('Kaas & </script>') // 'Kaas &amp; &lt;/script&gt;'
 */
export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A local date and time as an RFC 822 date (what RSS 2.0 `pubDate` needs),
 * with the zone's offset on that day.
 *
 * @example formatRfc822('2026-11-25', '00:00', 'Europe/Amsterdam') // 'Wed, 25 Nov 2026 00:00:00 +0100'
 */
export function formatRfc822(date: IsoDate, time: string, tz: string): string {
  const iso = zonedIso(date, time, tz);
  const offset = iso.slice(19).replace(':', '');
  return `${DAYS[weekday(date) - 1]}, ${date.slice(8, 10)} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)} ${time}:00 ${offset === 'Z' ? '+0000' : offset}`;
}

/** One `<item>`. */
export interface RssItem {
  title: string;
  link: string;
  guid: string;
  guidIsPermaLink: boolean;
  pubDate: string;
  description?: string;
  categories?: readonly string[];
}

/** One `<channel>`. */
export interface RssChannel {
  title: string;
  /** The HTML page the feed belongs to. */
  link: string;
  description: string;
  /** The feed's own URL (atom:link rel="self"). */
  selfUrl: string;
  lastBuildDate: string;
  /** Minutes a reader may cache the feed. */
  ttl?: number;
  items: readonly RssItem[];
}

function element(name: string, value: string, attributes = ''): string {
  return `<${name}${attributes}>${escapeXml(value)}</${name}>`;
}

/** A complete RSS 2.0 document. */
export function buildRss(channel: RssChannel): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', channel.link),
    element('description', channel.description),
    element('language', 'nl-nl'),
    element('lastBuildDate', channel.lastBuildDate),
    ...(channel.ttl === undefined ? [] : [element('ttl', String(channel.ttl))]),
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
  ];
  for (const item of channel.items) {
    lines.push(
      '<item>',
      element('title', item.title),
      element('link', item.link),
      element('guid', item.guid, ` isPermaLink="${item.guidIsPermaLink ? 'true' : 'false'}"`),
      element('pubDate', item.pubDate),
      ...(item.description === undefined ? [] : [element('description', item.description)]),
      ...(item.categories ?? []).map((c) => element('category', c)),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>');
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// Agenda and news items.

/** Days of upcoming occurrences in `/agenda.xml`: four weeks from today. */
export const AGENDA_RSS_DAYS = 28;

/** Look-ups for agenda items. */
export interface AgendaRssContext {
  siteUrl: string;
  tz: string;
  today: IsoDate;
  activity: (slug: string) => Activiteit | undefined;
  place: (slug: string) => Locatie | undefined;
}

/** When an occurrence is, in Dutch: 'dinsdag 1 december 2026, 10.00 – 12.00 uur'. */
export function occurrenceWhen(o: Occurrence): string {
  const days = o.einddatum === undefined ? formatDatum(o.datum) : formatDatumBereik(o.datum, o.einddatum);
  return o.start === undefined ? days : `${days}, ${formatTijd(o.eind === undefined ? { start: o.start } : { start: o.start, eind: o.eind })}`;
}

function statusSentence(o: Occurrence): string | undefined {
  const note = o.toelichting ? ` ${o.toelichting}` : '';
  switch (o.status) {
    case 'gepland':
      return o.toelichting;
    case 'geannuleerd':
      return `Gaat niet door.${note}`;
    case 'vol':
      return `Vol: er is geen plek meer.${note}`;
    case 'verplaatst':
      return o.oorspronkelijkeDatum === undefined ? `Verplaatst.${note}` : `Verplaatst. Eerst gepland op ${formatDatum(o.oorspronkelijkeDatum)}.${note}`;
  }
}

/**
 * Items for the occurrences that start within four weeks from today (and
 * ones still running today), one per occurrence; `guid` is the occurrence id, `pubDate` the build day.
 */
export function agendaRssItems(occurrences: readonly Occurrence[], ctx: AgendaRssContext): RssItem[] {
  const last = addDays(ctx.today, AGENDA_RSS_DAYS - 1);
  const pubDate = formatRfc822(ctx.today, '00:00', ctx.tz);
  const items: RssItem[] = [];
  for (const o of occurrences) {
    if ((o.einddatum ?? o.datum) < ctx.today || o.datum > last) continue;
    const a = ctx.activity(o.activiteit);
    const titel = a?.titel ?? o.activiteit;
    const where = locationText(o.locatie === undefined ? undefined : ctx.place(o.locatie), a?.online);
    const description = [
      `${occurrenceWhen(o)}.`,
      where === undefined ? undefined : `Waar: ${where}.`,
      statusSentence(o),
      a?.samenvatting,
    ].filter((s): s is string => s !== undefined && s !== '');
    items.push({
      title: `${summaryFor(titel, o.status)} – ${occurrenceWhen(o)}`,
      link: `${ctx.siteUrl}/agenda/${o.activiteit}/`,
      guid: o.id,
      guidIsPermaLink: false,
      pubDate,
      description: description.join(' '),
    });
  }
  return items;
}

/** Items for news, newest first as given; `pubDate` is the news date. */
export function newsRssItems(news: readonly { slug: string; data: Nieuws }[], ctx: { siteUrl: string; tz: string }): RssItem[] {
  return news.map(({ slug, data }) => {
    const link = `${ctx.siteUrl}/nieuws/${slug}/`;
    return {
      title: data.titel,
      link,
      guid: link,
      guidIsPermaLink: true,
      pubDate: formatRfc822(data.datum, '00:00', ctx.tz),
      description: data.samenvatting,
    };
  });
}
