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
import { collectHulpVragen, type HulpContact, type HulpVraagItem } from '../lib/help.ts';
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

function buildHubData(data: SiteData): HubData {
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

  return {
    upcoming(slugs, days = HUB_DAGEN, where) {
      const set = slugs === undefined ? undefined : new Set(slugs);
      const to = addDays(data.today, days - 1);
      return data.occurrences.filter((o) => (!set || set.has(o.activiteit)) && o.datum <= to && isLive(o) && (!where || where(o)));
    },
    nextOccurrence(slug) {
      const list = (data.occurrencesByActivity.get(slug) ?? []).filter(isLive);
      return list.find((o) => o.status !== 'geannuleerd') ?? list[0];
    },
    organisator,
    afgeleid: (spec) => telAfgeleid(spec, data.occurrences, facts, data.today, data.horizonEnd),
    hulpVragen,
    hubTot,
  };
}
