/**
 * Agenda view data built from getSiteData(): what one occurrence shows in a
 * list, the facts the no-JS filters test, and the list of filter pages.
 * Memoised per build like getSiteData itself.
 */
import { getSiteData, type SiteData } from './index.ts';
import type { Occurrence } from '../lib/recurrence.ts';
import {
  accessibilityOf,
  buildAgendaText,
  nextDays,
  occurrencesIn,
  formatKosten,
  formatOccurrenceTime,
  isFree,
  matchesFilter,
  statusText,
  type AgendaFilter,
  type OccurrenceFacts,
  type TextItem,
} from '../lib/agenda.ts';
import { WEEKDAGEN, addDays } from '../lib/dates.ts';
import { expandOccurrences } from '../lib/recurrence.ts';

/** Everything a list row shows about one occurrence. */
export interface AgendaItem {
  occurrence: Occurrence;
  slug: string;
  titel: string;
  href: string;
  tijd: string;
  plaats?: { slug: string; naam: string } | undefined;
  online: boolean;
  wijken: { slug: string; naam: string }[];
  gratis: boolean;
  kosten?: string | undefined;
}

/** A filter page: its filter, its Dutch label and the group it belongs to. */
export interface FilterPage {
  filter: AgendaFilter;
  label: string;
  groep: 'Wijk' | 'Thema' | 'Voor wie' | 'Dag van de week' | 'Overig';
  /** Page title and h1. */
  titel: string;
  /** One sentence under the h1. */
  intro: string;
}

/** Derived facts of one activity page. */
export interface ActivityDetail {
  /** The next occurrences (at most 10). */
  next: Occurrence[];
  /** How many occurrences lie in the agenda window in total. */
  total: number;
  /** For an activity whose dates all lie before today: its last occurrence. */
  last: Occurrence | undefined;
  /** Dates the recurring pattern skips or that do not go ahead (for eventSchedule.exceptDate). */
  exceptDates: string[];
  organizer: { naam: string; href: string } | undefined;
  /** Other current activities at the same place. */
  samePlace: string[];
}

export interface AgendaData {
  activity(slug: string): ActivityDetail;
  item(o: Occurrence): AgendaItem;
  facts(o: Occurrence): OccurrenceFacts;
  filtered(filter: AgendaFilter): Occurrence[];
  filterPages: FilterPage[];
  textItem(o: Occurrence): TextItem;
}

let cached: Promise<AgendaData> | undefined;

/** The agenda helpers for this build (memoised). */
export function getAgendaData(): Promise<AgendaData> {
  cached ??= getSiteData().then(buildAgendaData);
  return cached;
}

function buildAgendaData(data: SiteData): AgendaData {
  const items = new Map<string, AgendaItem>();
  const facts = new Map<string, OccurrenceFacts>();

  const item = (o: Occurrence): AgendaItem => {
    let it = items.get(o.id);
    if (it) return it;
    const a = data.activiteiten.get(o.activiteit)?.data;
    const place = o.locatie ? data.locaties.get(o.locatie) : undefined;
    it = {
      occurrence: o,
      slug: o.activiteit,
      titel: a?.titel ?? o.activiteit,
      href: `/agenda/${o.activiteit}/`,
      tijd: formatOccurrenceTime(o),
      plaats: place ? { slug: place.slug, naam: place.data.naam } : undefined,
      online: !place && Boolean(a?.online),
      wijken: (data.activityWijken.get(o.activiteit) ?? []).flatMap((w) => {
        const wijk = data.wijken.get(w);
        return wijk ? [{ slug: w, naam: wijk.data.naam }] : [];
      }),
      gratis: isFree(a?.kosten),
      kosten: formatKosten(a?.kosten),
    };
    items.set(o.id, it);
    return it;
  };

  const factsOf = (o: Occurrence): OccurrenceFacts => {
    let f = facts.get(o.id);
    if (f) return f;
    const a = data.activiteiten.get(o.activiteit)?.data;
    const place = o.locatie ? data.locaties.get(o.locatie)?.data : undefined;
    f = {
      datum: o.datum,
      wijken: data.activityWijken.get(o.activiteit) ?? [],
      themas: a?.themas ?? [],
      doelgroepen: a?.doelgroepen ?? [],
      kosten: a?.kosten,
      toegankelijkheid: accessibilityOf(a?.toegankelijkheid, place?.toegankelijkheid),
    };
    facts.set(o.id, f);
    return f;
  };

  const lower = (text: string) => text.charAt(0).toLocaleLowerCase('nl') + text.slice(1);
  const filterPages: FilterPage[] = [
    ...[...data.wijken.values()].map(
      (w): FilterPage => ({
        filter: { soort: 'wijk', waarde: w.slug },
        label: w.data.naam,
        groep: 'Wijk',
        titel: `Agenda ${w.data.naam}`,
        intro: `Alle activiteiten in de wijk ${w.data.naam}.`,
      }),
    ),
    ...[...data.themas.values()].map(
      (t): FilterPage => ({
        filter: { soort: 'thema', waarde: t.slug },
        label: t.data.naam,
        groep: 'Thema',
        titel: `Agenda: ${lower(t.data.naam)}`,
        intro: `Alle activiteiten over het thema ${lower(t.data.naam)}.`,
      }),
    ),
    ...[...data.doelgroepen.values()].map(
      (d): FilterPage => ({
        filter: { soort: 'doelgroep', waarde: d.slug },
        label: d.data.naam,
        groep: 'Voor wie',
        titel: `Agenda voor ${lower(d.data.naam)}`,
        intro: `Alle activiteiten voor ${lower(d.data.naam)}.`,
      }),
    ),
    ...WEEKDAGEN.map(
      (d): FilterPage => ({
        filter: { soort: 'weekdag', waarde: d },
        label: d,
        groep: 'Dag van de week',
        titel: `Agenda op ${d}`,
        intro: `Alle activiteiten op ${d}.`,
      }),
    ),
    {
      filter: { soort: 'gratis' },
      label: 'Gratis',
      groep: 'Overig',
      titel: 'Gratis activiteiten',
      intro: 'Alle activiteiten waar je niets voor betaalt. Bij activiteiten met een vrijwillige bijdrage geef je wat je wilt; die staan hier niet bij.',
    },
    {
      filter: { soort: 'toegankelijk' },
      label: 'Toegankelijk met een rolstoel',
      groep: 'Overig',
      titel: 'Activiteiten die toegankelijk zijn met een rolstoel',
      intro: 'Alle activiteiten waarvan de organisator of de plek zegt dat je er met een rolstoel goed kunt komen. Twijfel je? Neem dan contact op met de organisator.',
    },
  ];

  const activity = (slug: string): ActivityDetail => {
    const a = data.activiteiten.get(slug)!.data;
    const all = data.occurrencesByActivity.get(slug) ?? [];
    const src = { slug, ...a };
    const region = data.site.schoolvakantie_regio ? { schoolvakantieRegio: data.site.schoolvakantie_regio } : {};
    let last: Occurrence | undefined;
    if (data.pastActivities.has(slug)) {
      // Ten years back is far enough for any archived activity; a daily rule gives ~3650 dates, still cheap.
      const past = expandOccurrences(src, { from: addDays(data.today, -3660), to: addDays(data.today, -1), tz: data.tz, ...region });
      last = past.occurrences.at(-1);
    }
    const exceptDates: string[] = [];
    if (a.herhaling) {
      const { skipped } = expandOccurrences(src, { from: data.today, to: data.horizonEnd, tz: data.tz, ...region });
      exceptDates.push(...skipped.map((x) => x.datum));
      for (const o of all) {
        if (o.status === 'geannuleerd') exceptDates.push(o.oorspronkelijkeDatum ?? o.datum);
        else if (o.oorspronkelijkeDatum) exceptDates.push(o.oorspronkelijkeDatum);
      }
    }
    const orgSlug = a.organisator;
    const organisatie = orgSlug ? data.organisaties.get(orgSlug) : undefined;
    const initiatief = orgSlug ? data.initiatieven.get(orgSlug) : undefined;
    const organizer = organisatie
      ? { naam: organisatie.data.naam, href: `/organisaties/${organisatie.slug}/` }
      : initiatief
        ? { naam: initiatief.data.naam, href: `/initiatieven/${initiatief.slug}/` }
        : undefined;
    const samePlace = a.locatie
      ? (data.activitiesBy.locatie.get(a.locatie) ?? []).filter((other) => other !== slug && !data.pastActivities.has(other))
      : [];
    return { next: all.slice(0, 10), total: all.length, last, exceptDates: [...new Set(exceptDates)].sort(), organizer, samePlace };
  };

  return {
    activity,
    item,
    facts: factsOf,
    filtered: (filter) => data.occurrences.filter((o) => matchesFilter(filter, factsOf(o))),
    filterPages,
    textItem: (o) => {
      const it = item(o);
      return {
        datum: o.datum,
        startIso: o.startIso,
        tijd: it.tijd,
        titel: it.titel,
        plaats: it.plaats?.naam ?? (it.online ? 'online' : undefined),
        status: statusText(o),
        kosten: it.kosten,
        url: `${data.siteUrl}${it.href}`,
      };
    },
  };
}

let cachedText: Promise<string> | undefined;

/** The next two weeks as plain text (the /agenda/tekst/ page and /agenda/tekst.txt share it). */
export function getAgendaText(): Promise<string> {
  cachedText ??= Promise.all([getSiteData(), getAgendaData()]).then(([data, agenda]) => {
    const range = nextDays(data.today, 14);
    const contact = data.site.contact;
    return buildAgendaText({
      siteNaam: data.site.naam,
      siteUrl: data.siteUrl,
      range,
      contact: contact?.email || contact?.telefoon ? `Contact: ${[contact.email, contact.telefoon].filter(Boolean).join(' · ')}` : undefined,
      items: occurrencesIn(data.occurrences, range).map((o) => agenda.textItem(o)),
    });
  });
  return cachedText;
}
