/**
 * View data for project, initiative and hub pages, built from getSiteData()
 * and memoised per build like it: upcoming occurrences of a hub, the next date
 * of an activity, who organises it, activity facts for derived indicators and
 * every call for help.
 */
import { getSiteData, type SiteData } from './index.ts';
import type { Occurrence } from '../lib/recurrence.ts';
import { addDays } from '../lib/dates.ts';
import { summarizeSchedule } from '../lib/schedule-summary.ts';
import { collectHulpVragen, groupHulpVragen, pagineerHulpVragen, type HulpContact, type HulpPaginas, type HulpVraagItem } from '../lib/help.ts';
import { telAfgeleid, type ActivityFacts, type Afgeleid, type AfgeleideTelling } from '../lib/project.ts';

/** Days a hub page shows of the agenda; the full filter page shows the rest. */
export const HUB_DAGEN = 30;

/** An organiser (organisatie or initiatief) as a link. */
export interface Organisator {
  naam: string;
  href: string;
  contact?: HulpContact | undefined;
}

export interface HubData {
  /** Occurrences of these activities from today through the next `days` days (optionally only those `where` accepts). */
  upcoming(slugs: Iterable<string> | undefined, days?: number, where?: (o: Occurrence) => boolean): Occurrence[];
  /** The next occurrence of an activity that goes ahead, else its next one at all. */
  nextOccurrence(slug: string): Occurrence | undefined;
  /** The organiser of an activity, looked up among organisaties and initiatieven. */
  organisator(slug: string | undefined): Organisator | undefined;
  /** A derived indicator computed from the agenda. */
  afgeleid(spec: Afgeleid): AfgeleideTelling;
  /** Every open call for help of activities and initiatives. */
  hulpVragen: HulpVraagItem[];
  /** Last day of the hub agenda window. */
  hubTot: string;
}

let cached: Promise<HubData> | undefined;

/** The hub helpers for this build (memoised). */
export function getHubData(): Promise<HubData> {
  cached ??= getSiteData().then(buildHubData);
  return cached;
}

/** The order of data.occurrences: by start, then id. */
const byStart = (x: Occurrence, y: Occurrence) => (x.startIso < y.startIso ? -1 : x.startIso > y.startIso ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Builds the hub helpers from the site data (exported for tests; pages use getHubData). */
export function buildHubData(data: SiteData): HubData {
  const facts = new Map<string, ActivityFacts>();
  for (const [slug, { data: a }] of data.activiteiten) {
    facts.set(slug, { organisator: a.organisator, themas: a.themas ?? [], wijken: data.activityWijken.get(slug) ?? [] });
  }

  const organisator = (slug: string | undefined): Organisator | undefined => {
    if (!slug) return undefined;
    const org = data.organisaties.get(slug);
    if (org) return { naam: org.data.naam, href: `/organisaties/${slug}/`, contact: { naam: org.data.naam, email: org.data.email, telefoon: org.data.telefoon } };
    const ini = data.initiatieven.get(slug);
    if (ini) return { naam: ini.data.naam, href: `/initiatieven/${slug}/`, contact: ini.data.contact };
    return undefined;
  };

  const isLive = (o: Occurrence) => (o.einddatum ?? o.datum) >= data.today;

  const hulpVragen = collectHulpVragen(
    [...data.activiteiten.values()].map(({ slug, data: a }) => ({
      slug,
      titel: a.titel,
      hulp_gezocht: a.hulp_gezocht,
      wanneer: summarizeSchedule({ slug, ...a }, { today: data.today }) || undefined,
      contact: a.contact,
      fallbackContact: organisator(a.organisator)?.contact,
      wijken: data.activityWijken.get(slug) ?? [],
      themas: a.themas,
      actief: !data.pastActivities.has(slug) && a.status !== 'geannuleerd',
    })),
    [...data.initiatieven.values()].map(({ slug, data: i }) => ({
      slug,
      naam: i.naam,
      status: i.status,
      hulp_gezocht: i.hulp_gezocht,
      contact: i.contact,
      wijken: [...(i.wijk ? [i.wijk] : []), ...(i.wijken ?? [])],
      themas: i.themas,
    })),
  );

  const hubTot = addDays(data.today, HUB_DAGEN - 1);

  // Activity slugs a derived count can be limited to without changing it: the activities of its locatie
  // (incl. per-date moves there), initiatief, thema or wijk. Undefined: every activity.
  const candidates = (spec: Afgeleid): readonly string[] | undefined => {
    const lists = [
      spec.locatie === undefined ? undefined : (data.activitiesBy.locatie.get(spec.locatie) ?? []),
      spec.initiatief === undefined ? undefined : (data.activitiesBy.organisator.get(spec.initiatief) ?? []),
      spec.thema === undefined ? undefined : (data.activitiesBy.thema.get(spec.thema) ?? []),
      spec.wijk === undefined ? undefined : (data.activitiesBy.wijk.get(spec.wijk) ?? []),
    ].filter((l): l is string[] => l !== undefined);
    return lists.sort((a, b) => a.length - b.length)[0];
  };
  const afgeleidCache = new Map<string, AfgeleideTelling>();

  return {
    // Gathers the occurrences of the given activities from their own lists (O(their occurrences)), instead
    // of scanning the whole agenda for every hub page; the result has the order of data.occurrences.
    upcoming(slugs, days = HUB_DAGEN, where) {
      const to = addDays(data.today, days - 1);
      const keep = (o: Occurrence) => o.datum <= to && isLive(o) && (!where || where(o));
      if (slugs === undefined) {
        const result: Occurrence[] = [];
        for (const o of data.occurrences) {
          if (o.datum > to) break;
          if (keep(o)) result.push(o);
        }
        return result;
      }
      const result: Occurrence[] = [];
      for (const slug of new Set(slugs)) for (const o of data.occurrencesByActivity.get(slug) ?? []) if (keep(o)) result.push(o);
      return result.sort(byStart);
    },
    nextOccurrence(slug) {
      const list = (data.occurrencesByActivity.get(slug) ?? []).filter(isLive);
      return list.find((o) => o.status !== 'geannuleerd') ?? list[0];
    },
    organisator,
    afgeleid: (spec) => {
      const key = JSON.stringify(spec);
      let telling = afgeleidCache.get(key);
      if (!telling) {
        const slugs = candidates(spec);
        const pool = slugs === undefined ? data.occurrences : slugs.flatMap((slug) => data.occurrencesByActivity.get(slug) ?? []);
        telling = telAfgeleid(spec, pool, facts, data.today, data.horizonEnd);
        afgeleidCache.set(key, telling);
      }
      return telling;
    },
    hulpVragen,
    hubTot,
  };
}

/** Calls for help per page of /help-mee/: a call is about 0.6 KB of HTML. */
export const HULP_PER_PAGINA = 60;

let cachedHulp: Promise<HulpPaginas> | undefined;

/** The pages of /help-mee/: every call grouped by wijk and thema, HULP_PER_PAGINA per page (memoised). */
export function getHulpPaginas(): Promise<HulpPaginas> {
  cachedHulp ??= Promise.all([getSiteData(), getHubData()]).then(([data, hub]) =>
    pagineerHulpVragen(
      groupHulpVragen(hub.hulpVragen, {
        wijk: (s) => data.wijken.get(s)?.data.naam,
        thema: (s) => data.themas.get(s)?.data.naam,
      }),
      HULP_PER_PAGINA,
    ),
  );
  return cachedHulp;
}
