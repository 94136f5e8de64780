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
  filterHref,
  matchesFilter,
  statusText,
  weekWindow,
  type AgendaFilter,
  type OccurrenceFacts,
  type TextItem,
} from '../lib/agenda.ts';
import { WEEKDAGEN, addDays, monthOf, weekday } from '../lib/dates.ts';
import { expandOccurrences } from '../lib/recurrence.ts';
import { AGENDA_PER_PAGINA, dayStarts, pageHref, pageParam, paginate, type DayStart } from '../lib/paginate.ts';
import { dayAnchor } from '../lib/agenda-html.ts';

/** The id of a day's heading on an agenda list page (pages import it from here with the rest of the agenda data). */
export { dayAnchor };

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
  /** Other current activities at the same place: at most SAME_PLACE_MAX, the ones that come up first. */
  samePlace: string[];
  /** How many other current activities there are at the same place in total (the locatie page lists them all). */
  samePlaceTotal: number;
}

/**
 * At most this many other activities of the same place on an activity page. Without a limit a busy
 * place makes every one of its activity pages list all the others: O(n) per page and O(n²) in total
 * (a city-wide corpus of 10,000 activities gave 86 KB activity pages).
 */
export const SAME_PLACE_MAX = 8;

/**
 * The days a filter page shows: the window of /agenda/ (this week and next week), because a filter page is
 * /agenda/ with a filter. Further ahead the month pages, the activity pages and the calendar feeds have every
 * date (docs/beslissingen.md §18).
 */
export const filterWindow = (today: string) => weekWindow(today);

/** An agenda list split into pages of AGENDA_PER_PAGINA rows (DESIGN §5: never one huge page). */
export interface PagedAgenda {
  /** URL of page 1; page n is pageHref(base, n). */
  base: string;
  pages: Occurrence[][];
  /** Every day in the list with the page its first row is on. */
  days: DayStart[];
  /** Rows in all pages together. */
  total: number;
}

export interface AgendaData {
  activity(slug: string): ActivityDetail;
  item(o: Occurrence): AgendaItem;
  facts(o: Occurrence): OccurrenceFacts;
  /** Every occurrence of a filter from today to the horizon. */
  filtered(filter: AgendaFilter): Occurrence[];
  /** A filter page's list: the filter's occurrences in filterWindow(today), in pages. */
  filterAgenda(filter: AgendaFilter): PagedAgenda;
  /** A month page's list (`YYYY-MM`): every occurrence that starts in that month from today, in pages. */
  monthAgenda(month: string): PagedAgenda;
  /** Where a day's first row stands on its month page (with the day's anchor), or undefined for a day without rows. */
  dayHref(datum: string): string | undefined;
  filterPages: FilterPage[];
  /**
   * The static paths of the filter routes: `waarde` for /agenda/filter/<soort>/<waarde>/[...pagina], or `gratis` /
   * `toegankelijk` for their own route; one path per page of each filter.
   */
  filterRoutes(route: 'waarde' | 'gratis' | 'toegankelijk'): FilterRoute[];
  textItem(o: Occurrence): TextItem;
}

/** One static path of a filter route: its params and the props FilteredAgenda needs. */
export interface FilterRoute {
  params: { soort?: string; waarde?: string; pagina: string | undefined };
  props: { page: FilterPage; pagina: number };
}

let cached: Promise<AgendaData> | undefined;

/** The agenda helpers for this build (memoised). */
export function getAgendaData(): Promise<AgendaData> {
  cached ??= getSiteData().then(buildAgendaData);
  return cached;
}

/** What page `page` (1-based) of a paged list shows. */
export interface AgendaPageView {
  rows: Occurrence[];
  /** Number of pages of the list. */
  count: number;
  /** The first day on this page began on the page before ("(vervolg)"). */
  continued: boolean;
  /** "Naar een dag" links: a fragment on this page, or the page where the day begins. */
  days: { datum: string; href: string }[];
}

export function agendaPage(list: PagedAgenda, page: number): AgendaPageView {
  const rows = list.pages[page - 1] ?? [];
  const before = list.pages[page - 2];
  return {
    rows,
    count: list.pages.length,
    continued: before !== undefined && before.at(-1)?.datum === rows[0]?.datum,
    days: list.days.map((d) => ({ datum: d.datum, href: `${d.page === page ? '' : pageHref(list.base, d.page)}#${dayAnchor(d.datum)}` })),
  };
}

/** The key of a filter in the filter index: `wijk:beijum`, `gratis`. */
const filterKey = (filter: AgendaFilter) => ('waarde' in filter ? `${filter.soort}:${filter.waarde}` : filter.soort);

/** Builds the agenda helpers from the site data (exported for tests; pages use getAgendaData). */
export function buildAgendaData(data: SiteData): AgendaData {
  const facts = new Map<string, OccurrenceFacts>();

  // What a row shows apart from its time is the same for every occurrence of an activity at one place:
  // built once per activity and place, so a row costs one small object.
  type RowBase = Omit<AgendaItem, 'occurrence' | 'tijd'>;
  const bases = new Map<string, Map<string | undefined, RowBase>>();
  const baseOf = (o: Occurrence): RowBase => {
    let perPlace = bases.get(o.activiteit);
    if (!perPlace) bases.set(o.activiteit, (perPlace = new Map()));
    let base = perPlace.get(o.locatie);
    if (!base) {
      const a = data.activiteiten.get(o.activiteit)?.data;
      const place = o.locatie ? data.locaties.get(o.locatie) : undefined;
      base = {
        slug: o.activiteit,
        titel: a?.titel ?? o.activiteit,
        href: `/agenda/${o.activiteit}/`,
        plaats: place ? { slug: place.slug, naam: place.data.naam } : undefined,
        online: !place && Boolean(a?.online),
        wijken: (data.activityWijken.get(o.activiteit) ?? []).flatMap((w) => {
          const wijk = data.wijken.get(w);
          return wijk ? [{ slug: w, naam: wijk.data.naam }] : [];
        }),
        gratis: isFree(a?.kosten),
        kosten: formatKosten(a?.kosten),
      };
      perPlace.set(o.locatie, base);
    }
    return base;
  };

  // Not memoised: a large site has a quarter of a million occurrences, and most rows are shown once (on their
  // month page); keeping them all would hold ~50 MB for the whole build.
  const item = (o: Occurrence): AgendaItem => ({ occurrence: o, tijd: formatOccurrenceTime(o), ...baseOf(o) });

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
        intro: `Activiteiten in de wijk ${w.data.naam}.`,
      }),
    ),
    ...[...data.themas.values()].map(
      (t): FilterPage => ({
        filter: { soort: 'thema', waarde: t.slug },
        label: t.data.naam,
        groep: 'Thema',
        titel: `Agenda: ${lower(t.data.naam)}`,
        intro: `Activiteiten over het thema ${lower(t.data.naam)}.`,
      }),
    ),
    ...[...data.doelgroepen.values()].map(
      (d): FilterPage => ({
        filter: { soort: 'doelgroep', waarde: d.slug },
        label: d.data.naam,
        groep: 'Voor wie',
        titel: `Agenda voor ${lower(d.data.naam)}`,
        intro: `Activiteiten voor ${lower(d.data.naam)}.`,
      }),
    ),
    ...WEEKDAGEN.map(
      (d): FilterPage => ({
        filter: { soort: 'weekdag', waarde: d },
        label: d,
        groep: 'Dag van de week',
        titel: `Agenda op ${d}`,
        intro: `Activiteiten op ${d}.`,
      }),
    ),
    {
      filter: { soort: 'gratis' },
      label: 'Gratis',
      groep: 'Overig',
      titel: 'Gratis activiteiten',
      intro: 'Activiteiten waar je niets voor betaalt. Bij activiteiten met een vrijwillige bijdrage geef je wat je wilt; die staan hier niet bij.',
    },
    {
      filter: { soort: 'toegankelijk' },
      label: 'Toegankelijk met een rolstoel',
      groep: 'Overig',
      titel: 'Activiteiten die toegankelijk zijn met een rolstoel',
      intro: 'Activiteiten waarvan de organisator of de plek zegt dat je er met een rolstoel goed kunt komen. Twijfel je? Neem dan contact op met de organisator.',
    },
  ];

  // Current activities per place, the ones whose next date comes first at the front (then by slug); built
  // once per place, so an activity page takes its neighbours in O(1) instead of filtering the place's list.
  const nextStart = (slug: string) => data.occurrencesByActivity.get(slug)?.[0]?.startIso ?? '\uffff';
  const samePlaceCache = new Map<string, string[]>();
  const samePlaceOf = (locatie: string): string[] => {
    let list = samePlaceCache.get(locatie);
    if (!list) {
      list = (data.activitiesBy.locatie.get(locatie) ?? [])
        .filter((other) => !data.pastActivities.has(other))
        .map((other) => ({ other, next: nextStart(other) }))
        .sort((x, y) => (x.next < y.next ? -1 : x.next > y.next ? 1 : x.other.localeCompare(y.other)))
        .map((x) => x.other);
      samePlaceCache.set(locatie, list);
    }
    return list;
  };

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
      exceptDates.push(...(data.skippedByActivity.get(slug) ?? []));
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
    const atPlace = a.locatie ? samePlaceOf(a.locatie) : [];
    return {
      next: all.slice(0, 10),
      total: all.length,
      last,
      exceptDates: [...new Set(exceptDates)].sort(),
      organizer,
      samePlace: atPlace
        .slice(0, SAME_PLACE_MAX + 1)
        .filter((other) => other !== slug)
        .slice(0, SAME_PLACE_MAX),
      // The place's list holds this activity itself unless it is past.
      samePlaceTotal: Math.max(0, atPlace.length - (data.pastActivities.has(slug) ? 0 : 1)),
    };
  };

  // Every filter page's occurrences, built in one pass over the agenda (instead of one pass per filter page).
  // What decides the filters is the same for every occurrence of an activity at one place (only the weekday
  // differs), so the lists an occurrence goes into are worked out once per activity and place with
  // matchesFilter, and each occurrence is then pushed onto them. Lists keep the order of data.occurrences.
  let byFilter: Map<string, Occurrence[]> | undefined;
  const filterIndex = (): Map<string, Occurrence[]> => {
    if (byFilter) return byFilter;
    const index = new Map<string, Occurrence[]>();
    const listOf = (filter: AgendaFilter) => {
      const key = filterKey(filter);
      let list = index.get(key);
      if (!list) index.set(key, (list = []));
      return list;
    };
    const weekdayLists = WEEKDAGEN.map((waarde) => listOf({ soort: 'weekdag', waarde }));
    const targets = new Map<string, Map<string | undefined, Occurrence[][]>>();
    const targetsOf = (o: Occurrence): Occurrence[][] => {
      let perPlace = targets.get(o.activiteit);
      if (!perPlace) targets.set(o.activiteit, (perPlace = new Map()));
      let lists = perPlace.get(o.locatie);
      if (!lists) {
        const f = factsOf(o);
        const candidates: AgendaFilter[] = [
          ...[...new Set(f.wijken)].map((waarde) => ({ soort: 'wijk' as const, waarde })),
          ...[...new Set(f.themas)].map((waarde) => ({ soort: 'thema' as const, waarde })),
          ...[...new Set(f.doelgroepen)].map((waarde) => ({ soort: 'doelgroep' as const, waarde })),
          { soort: 'gratis' },
          { soort: 'toegankelijk' },
        ];
        lists = candidates.filter((filter) => matchesFilter(filter, f)).map(listOf);
        perPlace.set(o.locatie, lists);
      }
      return lists;
    };
    for (const o of data.occurrences) {
      for (const list of targetsOf(o)) list.push(o);
      weekdayLists[weekday(o.datum) - 1]!.push(o);
    }
    byFilter = index;
    return index;
  };

  const paged = (base: string, list: Occurrence[]): PagedAgenda => {
    const pages = paginate(list, AGENDA_PER_PAGINA);
    return { base, pages, days: dayStarts(pages), total: list.length };
  };

  const filterLast = filterWindow(data.today).to;
  const filterCache = new Map<string, PagedAgenda>();
  const filterAgenda = (filter: AgendaFilter): PagedAgenda => {
    const key = filterKey(filter);
    let result = filterCache.get(key);
    if (!result) {
      const all = filterIndex().get(key) ?? [];
      // Lists are sorted by start, so the window is a prefix.
      let end = 0;
      while (end < all.length && all[end]!.datum <= filterLast) end++;
      result = paged(filterHref(filter), all.slice(0, end));
      filterCache.set(key, result);
    }
    return result;
  };

  // Every month's occurrences in one pass over the agenda (instead of one scan per month page).
  let byMonth: Map<string, PagedAgenda> | undefined;
  const monthIndex = (): Map<string, PagedAgenda> => {
    if (byMonth) return byMonth;
    const lists = new Map<string, Occurrence[]>(data.months.map((m) => [m, []]));
    for (const o of data.occurrences) lists.get(monthOf(o.datum))?.push(o);
    byMonth = new Map([...lists].map(([m, list]) => [m, paged(`/agenda/${m.slice(0, 4)}/${m.slice(5, 7)}/`, list)]));
    return byMonth;
  };
  const emptyMonth = (month: string) => paged(`/agenda/${month.slice(0, 4)}/${month.slice(5, 7)}/`, []);

  let dayIndex: Map<string, string> | undefined;
  const dayHref = (datum: string): string | undefined => {
    if (!dayIndex) {
      dayIndex = new Map();
      for (const month of monthIndex().values()) {
        for (const d of month.days) dayIndex.set(d.datum, `${pageHref(month.base, d.page)}#${dayAnchor(d.datum)}`);
      }
    }
    return dayIndex.get(datum);
  };

  return {
    activity,
    item,
    facts: factsOf,
    filtered: (filter) => filterIndex().get(filterKey(filter)) ?? [],
    filterAgenda,
    monthAgenda: (month) => monthIndex().get(month) ?? emptyMonth(month),
    dayHref,
    filterPages,
    filterRoutes: (route) =>
      filterPages.flatMap((page) => {
        const f = page.filter;
        const fits = route === 'waarde' ? 'waarde' in f : f.soort === route;
        if (!fits) return [];
        return filterAgenda(f).pages.map((_, i) => ({
          params: { ...('waarde' in f ? { soort: f.soort, waarde: f.waarde } : {}), pagina: pageParam(i + 1) },
          props: { page, pagina: i + 1 },
        }));
      }),
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
