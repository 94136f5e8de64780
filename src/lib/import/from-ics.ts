/**
 * Activities from an iCalendar file: each series becomes one `ImportItem`
 * with its title, summary, body, place and schedule, and the notes of what
 * could not be taken over exactly.
 */
import type { IsoDate } from '../dates.ts';
import type { ContentIndex } from './content-index.ts';
import { readIcs } from './ics.ts';
import { matchLocation } from './match.ts';
import type { ImportItem } from './plan.ts';
import { mapSchedule } from './schedule-map.ts';
import { splitDescription, startsWithStatusLine, stripStatusPrefix } from './text.ts';

/** Site facts the ICS import needs. */
export interface IcsImportContext {
  index: ContentIndex;
  today: IsoDate;
  horizonEnd: IsoDate;
}

/** Hosts whose links in LOCATION mean an online meeting. */
const ONLINE_LINK = /^https:\/\/\S+$/i;

/** Reads an .ics text into import items; `problems` are about the file as a whole. */
export function itemsFromIcs(source: string, ctx: IcsImportContext): { items: ImportItem[]; problems: string[] } {
  const tz = ctx.index.site.tijdzone;
  const { events, problems } = readIcs(source, tz);
  const locaties = ctx.index.entries.get('locaties') ?? [];
  const matchLocatie = (text: string): string | undefined => {
    const m = matchLocation(text, locaties);
    return m.ok ? m.slug : undefined;
  };
  const items = events.map((ev): ImportItem => {
    const titel = stripStatusPrefix(ev.summary);
    const notes: string[] = [];
    const fields: Record<string, unknown> = {};
    const defaults: Record<string, unknown> = {};
    let unmatchedLocation: string | undefined;
    const place = ev.location?.trim();
    if (place !== undefined && ONLINE_LINK.test(place)) {
      fields.online = place;
    } else if (place !== undefined) {
      const m = matchLocation(place, locaties);
      if (m.ok) fields.locatie = m.slug;
      else {
        unmatchedLocation = place;
        if (m.reason === 'meerdere') notes.push(m.message);
      }
    }
    const schedule = mapSchedule(ev, { tz, today: ctx.today, horizonEnd: ctx.horizonEnd, locatie: fields.locatie as string | undefined, matchLocatie });
    notes.push(...schedule.notes);
    // A first line that only repeats the status ("Gaat niet door. …") is not the summary.
    const description = ev.description !== undefined && startsWithStatusLine(ev.description) ? ev.description.replace(/^[^\n]*\n?/, '') : ev.description;
    const { samenvatting, body } = splitDescription(description);
    if (samenvatting !== undefined) fields.samenvatting = samenvatting;
    else {
      defaults.samenvatting = titel.endsWith('.') ? titel : `${titel}.`;
      notes.push('de bron heeft geen beschrijving; de samenvatting is de titel. Schrijf er een betere samenvatting bij');
    }
    // Only drop a status the source no longer gives; `mergeActivity` removes an old cancellation.
    Object.assign(fields, schedule.fields);
    const url = ev.url !== undefined && /^https:\/\//i.test(ev.url) ? ev.url : undefined;
    return {
      label: titel,
      uid: ev.uid,
      url,
      titel,
      fields,
      defaults,
      ...(body !== '' ? { body } : {}),
      unmatchedLocation,
      notes,
      skip: schedule.skip,
    };
  });
  return { items, problems };
}
