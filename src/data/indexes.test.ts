/**
 * The one-pass indexes of src/data (filter pages, hub agendas, derived counts) must give exactly what a
 * plain scan of the whole agenda gives. Checked on a generated corpus (src/lib/corpus) of a few hundred
 * activities with every schedule kind, moves and cancellations.
 */
import { parse } from 'yaml';
import { describe, expect, test, vi } from 'vitest';
import { generateCorpus, CORPUS_SIZES } from '../lib/corpus/generate.ts';
import { addDays } from '../lib/dates.ts';
import { expandOccurrences } from '../lib/recurrence.ts';
import { filterHref, formatKosten, formatOccurrenceTime, isFree, matchesFilter, occurrencesInMonth } from '../lib/agenda.ts';
import { telAfgeleid, type ActivityFacts, type Afgeleid } from '../lib/project.ts';
import { COLLECTIONS } from '../schemas/index.ts';
import { SiteSchema } from '../schemas/site.ts';
import { buildSiteData, type Loaded, type SiteInput } from './site-data.ts';
import { agendaPage, buildAgendaData, filterWindow, SAME_PLACE_MAX } from './agenda.ts';
import { AGENDA_PER_PAGINA, pageHref } from '../lib/paginate.ts';
import { buildHubData, HUB_DAGEN } from './projects.ts';
import { agendaJsonContext } from './feeds.ts';
import { serializeAgendaJson, toAgendaJsonItem } from '../lib/agenda-json.ts';

// agenda.ts and projects.ts import index.ts, which talks to astro:content; these tests only use the pure builders.
vi.mock('astro:content', () => ({ getCollection: () => [], render: () => ({}) }));
// feeds.ts takes the site data from getSiteData(); here it gets the corpus of this file.
vi.mock('./index.ts', () => ({ getSiteData: async () => data }));

const TODAY = '2026-11-25';

function loadCorpus() {
  const { files } = generateCorpus({ seed: 7, vandaag: TODAY, counts: { ...CORPUS_SIZES.XS, activiteiten: 400 } });
  const collections = new Map<string, Loaded<unknown>[]>();
  let site: unknown;
  for (const file of files) {
    if (file.path === 'site.yaml') {
      site = SiteSchema.parse(parse(file.text));
      continue;
    }
    const [folder, name] = file.path.split('/') as [string, string];
    const def = COLLECTIONS.find((c) => c.name === folder)!;
    const id = name.replace(/\.(mdx?|ya?ml)$/, '');
    const match = def.markdown ? /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(file.text) : null;
    const raw = def.markdown ? parse(match![1]!) : parse(file.text);
    const list = collections.get(folder) ?? [];
    list.push({ id, data: def.schema.parse(raw), body: match?.[2] });
    collections.set(folder, list);
  }
  const get = (name: string) => collections.get(name) ?? [];
  return buildSiteData({
    site,
    today: TODAY,
    siteUrl: undefined,
    wijken: get('wijken'),
    locaties: get('locaties'),
    organisaties: get('organisaties'),
    themas: get('themas'),
    doelgroepen: get('doelgroepen'),
    activiteiten: get('activiteiten'),
    initiatieven: get('initiatieven'),
    projecten: get('projecten'),
    nieuws: get('nieuws'),
  } as SiteInput);
}

const data = loadCorpus();
const agenda = buildAgendaData(data);
const hub = buildHubData(data);
const ids = (list: readonly { id: string }[]) => list.map((o) => o.id);

describe('indexes of src/data equal a scan of the whole agenda', () => {
  test('the corpus has moves, cancellations and many occurrences', () => {
    expect(data.occurrences.length).toBeGreaterThan(5000);
    expect(data.occurrences.some((o) => o.oorspronkelijkeDatum)).toBe(true);
    expect(data.occurrences.some((o) => o.status === 'geannuleerd')).toBe(true);
  });

  test('every filter page', () => {
    expect(agenda.filterPages.length).toBeGreaterThan(10);
    for (const page of agenda.filterPages) {
      const scan = data.occurrences.filter((o) => matchesFilter(page.filter, agenda.facts(o)));
      expect(ids(agenda.filtered(page.filter)), JSON.stringify(page.filter)).toEqual(ids(scan));
    }
    expect(agenda.filtered({ soort: 'wijk', waarde: 'bestaat-niet' })).toEqual([]);
  });

  test('paged lists: every page full but the last, together exactly the scan, days on the page where they start', () => {
    const last = filterWindow(data.today).to;
    expect(last).toBe('2026-12-06'); // Wednesday 25 November: through Sunday of next week
    const check = (label: string, paged: ReturnType<typeof agenda.monthAgenda>, scan: typeof data.occurrences, base: string) => {
      expect(paged.base, label).toBe(base);
      expect(paged.total, label).toBe(scan.length);
      expect(ids(paged.pages.flat()), label).toEqual(ids(scan));
      paged.pages.forEach((rows, i) => {
        if (i < paged.pages.length - 1) expect(rows.length, `${label} page ${i + 1}`).toBe(AGENDA_PER_PAGINA);
        else expect(rows.length, label).toBeLessThanOrEqual(AGENDA_PER_PAGINA);
      });
      expect(paged.days.map((d) => d.datum), label).toEqual([...new Set(scan.map((o) => o.datum))]);
      for (const d of paged.days) {
        const first = scan.findIndex((o) => o.datum === d.datum);
        expect(d.page, `${label} ${d.datum}`).toBe(Math.floor(first / AGENDA_PER_PAGINA) + 1);
      }
    };
    let multiPage = 0;
    for (const page of agenda.filterPages) {
      const scan = data.occurrences.filter((o) => o.datum <= last && matchesFilter(page.filter, agenda.facts(o)));
      const paged = agenda.filterAgenda(page.filter);
      check(JSON.stringify(page.filter), paged, scan, filterHref(page.filter));
      if (paged.pages.length > 1) multiPage++;
    }
    expect(multiPage, 'the corpus must have filter lists over more than one page').toBeGreaterThan(3);
    for (const month of data.months) {
      const base = `/agenda/${month.slice(0, 4)}/${month.slice(5, 7)}/`;
      check(month, agenda.monthAgenda(month), occurrencesInMonth(data.occurrences, month), base);
    }
    expect(agenda.monthAgenda(data.months[1]!).pages.length).toBeGreaterThan(5);
    // dayHref: the month page where the day's first row stands, with the day's anchor.
    const dec = agenda.monthAgenda('2026-12');
    const later = dec.days.find((d) => d.page > 1)!;
    expect(agenda.dayHref(later.datum)).toBe(`${pageHref('/agenda/2026/12/', later.page)}#dag-${later.datum}`);
    expect(agenda.dayHref('2031-01-01')).toBeUndefined();
    // One page's view: "(vervolg)" exactly when its first day began on the page before; day links relative to it.
    for (let n = 1; n <= dec.pages.length; n++) {
      const view = agendaPage(dec, n);
      expect(view.rows).toBe(dec.pages[n - 1]);
      expect(view.continued).toBe(n > 1 && dec.pages[n - 2]!.at(-1)!.datum === dec.pages[n - 1]![0]!.datum);
      for (const [i, d] of view.days.entries()) {
        const start = dec.days[i]!;
        expect(d.href).toBe(start.page === n ? `#dag-${start.datum}` : `${pageHref('/agenda/2026/12/', start.page)}#dag-${start.datum}`);
      }
    }
    expect(dec.pages.some((_, i) => agendaPage(dec, i + 1).continued)).toBe(true);
  });

  test('hub agendas of every wijk, thema, locatie and organisator, and the whole site', () => {
    const isLive = (o: { datum: string; einddatum?: string }) => (o.einddatum ?? o.datum) >= data.today;
    const scan = (slugs: Iterable<string> | undefined, days = HUB_DAGEN, where?: (o: (typeof data.occurrences)[number]) => boolean) => {
      const set = slugs === undefined ? undefined : new Set(slugs);
      const to = addDays(data.today, days - 1);
      return data.occurrences.filter((o) => (!set || set.has(o.activiteit)) && o.datum <= to && isLive(o) && (!where || where(o)));
    };
    const groups = [data.activitiesBy.wijk, data.activitiesBy.thema, data.activitiesBy.organisator];
    for (const group of groups) for (const slugs of group.values()) expect(ids(hub.upcoming(slugs))).toEqual(ids(scan(slugs)));
    for (const [place, slugs] of data.activitiesBy.locatie) {
      const where = (o: { locatie?: string }) => o.locatie === place;
      expect(ids(hub.upcoming(slugs, undefined, where))).toEqual(ids(scan(slugs, undefined, where)));
    }
    expect(ids(hub.upcoming(undefined, 14))).toEqual(ids(scan(undefined, 14)));
    expect(hub.upcoming([])).toEqual([]);
  });

  test('derived indicator counts', () => {
    const facts = new Map<string, ActivityFacts>(
      [...data.activiteiten].map(([slug, { data: a }]) => [slug, { organisator: a.organisator, themas: a.themas ?? [], wijken: data.activityWijken.get(slug) ?? [] }]),
    );
    const first = <K>(m: Map<K, unknown>) => [...m.keys()][0]!;
    const specs: Afgeleid[] = [];
    for (const telling of ['activiteiten', 'activiteiten-per-week', 'activiteiten-per-maand'] as const) {
      specs.push(
        { telling },
        { telling, locatie: first(data.activitiesBy.locatie) },
        { telling, initiatief: first(data.initiatieven) },
        { telling, thema: first(data.activitiesBy.thema) },
        { telling, wijk: first(data.activitiesBy.wijk), thema: first(data.activitiesBy.thema) },
      );
    }
    for (const spec of specs) {
      expect(hub.afgeleid(spec), JSON.stringify(spec)).toEqual(telAfgeleid(spec, data.occurrences, facts, data.today, data.horizonEnd));
    }
  });

  test('other activities at the same place: the first ones to come up, at most SAME_PLACE_MAX, and the full count', () => {
    const next = (slug: string) => data.occurrencesByActivity.get(slug)?.[0]?.startIso ?? '\uffff';
    let capped = 0;
    for (const [slug, { data: a }] of data.activiteiten) {
      if (!a.locatie) continue;
      const all = (data.activitiesBy.locatie.get(a.locatie) ?? []).filter((o) => o !== slug && !data.pastActivities.has(o));
      const expected = [...all].sort((x, y) => (next(x) < next(y) ? -1 : next(x) > next(y) ? 1 : x.localeCompare(y))).slice(0, SAME_PLACE_MAX);
      const detail = agenda.activity(slug);
      expect(detail.samePlace, slug).toEqual(expected);
      expect(detail.samePlaceTotal, slug).toBe(all.length);
      if (all.length > SAME_PLACE_MAX) capped += 1;
    }
    expect(capped).toBeGreaterThan(0);
  });

  test('agenda rows: per-activity parts shared, time per occurrence', () => {
    for (const o of data.occurrences.filter((_, i) => i % 7 === 0)) {
      const a = data.activiteiten.get(o.activiteit)!.data;
      const place = o.locatie ? data.locaties.get(o.locatie) : undefined;
      expect(agenda.item(o)).toEqual({
        occurrence: o,
        slug: o.activiteit,
        titel: a.titel,
        href: `/agenda/${o.activiteit}/`,
        tijd: formatOccurrenceTime(o),
        plaats: place ? { slug: place.slug, naam: place.data.naam } : undefined,
        online: !place && Boolean(a.online),
        wijken: (data.activityWijken.get(o.activiteit) ?? []).map((w) => ({ slug: w, naam: data.wijken.get(w)!.data.naam })),
        gratis: isFree(a.kosten),
        kosten: formatKosten(a.kosten),
      });
    }
  });

  test('exception dates of recurring activities come from the one expansion of buildSiteData', () => {
    const region = data.site.schoolvakantie_regio ? { schoolvakantieRegio: data.site.schoolvakantie_regio } : {};
    let withSkips = 0;
    for (const [slug, { data: a }] of data.activiteiten) {
      if (!a.herhaling) continue;
      const { skipped } = expandOccurrences({ slug, ...a }, { from: data.today, to: data.horizonEnd, tz: data.tz, ...region });
      const expected = [...skipped.map((x) => x.datum)];
      for (const o of data.occurrencesByActivity.get(slug) ?? []) {
        if (o.status === 'geannuleerd') expected.push(o.oorspronkelijkeDatum ?? o.datum);
        else if (o.oorspronkelijkeDatum) expected.push(o.oorspronkelijkeDatum);
      }
      expect(agenda.activity(slug).exceptDates, slug).toEqual([...new Set(expected)].sort());
      if (skipped.length > 0) withSkips += 1;
    }
    expect(withSkips).toBeGreaterThan(0);
  });

  test('/agenda.json written as a stream has exactly the bytes of serializeAgendaJson', async () => {
    const { agendaJsonStream } = await import('./feeds.ts');
    const ctx = agendaJsonContext(data);
    const expected = serializeAgendaJson(data.occurrences.map((o) => toAgendaJsonItem(o, ctx)));
    const streamed = await new Response(await agendaJsonStream()).text();
    expect(streamed.length).toBe(expected.length);
    expect(streamed === expected).toBe(true);
  });
});
