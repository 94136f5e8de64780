/**
 * Generated activities (`activiteiten/<slug>.md`) with the mix of issue 9:
 * 70 % weekly (some on two days), 10 % every two weeks, 10 % monthly, 10 %
 * one-off (some multi-day, some `data:` lists, a few entirely in the past);
 * 5 % with exceptions, 10 % looking for volunteers, a few cancelled or full.
 *
 * The mix is exact, not sampled: `planMix` deals out fixed quotas and shuffles
 * them, so even a 50-activity corpus has the right proportions.
 */
import { addDays } from '../dates.ts';
import { formatEuro } from '../money.ts';
import type { InitiatiefInfo } from './initiatieven.ts';
import type { ProjectInfo } from './projecten.ts';
import type { Random } from './random.ts';
import { addExceptions, makeSchedule, type LosVorm, type Ritme, type Vorm } from './schedule.ts';
import { SlugRegistry, capitalize, fitSentences, metLidwoord, slugify } from './text.ts';
import type { CorpusContext, LocatieInfo, OrganisatieInfo, World } from './world.ts';
import {
  ACTIVITY_KINDS,
  EVENT_KINDS,
  HULP_GEZOCHT,
  TOELICHTING_ACTIVITEIT_GEANNULEERD,
  TOELICHTING_ACTIVITEIT_VOL,
  type ActivityKind,
  type EventKind,
} from './words.ts';
import { toMarkdown, type YamlValue } from './yaml.ts';

/** What one activity will be, decided before any text is made. */
export interface ActiviteitPlan {
  ritme: Ritme;
  losVorm?: LosVorm;
  tweeDagen: boolean;
  uitzondering: boolean;
  hulp: boolean;
  status?: 'geannuleerd' | 'vol';
  online: boolean;
}

/** What the activity generator counted, for the summary and the tests. */
export interface ActiviteitStats {
  totaal: number;
  ritme: Record<Ritme, number>;
  vorm: Record<Vorm, number>;
  uitzonderingen: number;
  /** Per kind of exception: behalve, extra, geannuleerd, verplaatst, tijd, locatie, vol. */
  uitzonderingSoorten: Record<string, number>;
  hulpGezocht: number;
  geannuleerd: number;
  vol: number;
  online: number;
}

const share = (n: number, fraction: number) => Math.round(n * fraction);

/** Deals out the mix for `n` activities: fixed quotas in a seeded random order. */
export function planMix(r: Random, n: number): ActiviteitPlan[] {
  const week = share(n, 0.7);
  const tweeWeken = share(n, 0.1);
  const maand = share(n, 0.1);
  const los = n - week - tweeWeken - maand;
  const ritmes: Ritme[] = [
    ...Array<Ritme>(week).fill('week'),
    ...Array<Ritme>(tweeWeken).fill('2-weken'),
    ...Array<Ritme>(maand).fill('maand'),
    ...Array<Ritme>(los).fill('los'),
  ];
  const plans: ActiviteitPlan[] = r.shuffle(ritmes).map((ritme) => ({ ritme, tweeDagen: false, uitzondering: false, hulp: false, online: false }));
  const indexes = (pred: (p: ActiviteitPlan) => boolean) => plans.flatMap((p, i) => (pred(p) ? [i] : []));

  const losIdx = r.shuffle(indexes((p) => p.ritme === 'los'));
  const verleden = los === 0 ? 0 : Math.max(1, share(los, 0.1));
  const meerdaags = share(los, 0.15);
  const data = share(los, 0.2);
  losIdx.forEach((i, k) => {
    plans[i]!.losVorm = k < verleden ? 'verleden' : k < verleden + meerdaags ? 'meerdaags' : k < verleden + meerdaags + data ? 'data' : 'datum';
  });
  for (const i of r.sample(indexes((p) => p.ritme === 'week'), share(week, 0.15))) plans[i]!.tweeDagen = true;
  for (const i of r.sample(indexes((p) => p.ritme !== 'los'), share(n, 0.05))) plans[i]!.uitzondering = true;
  for (const i of r.sample(indexes(() => true), share(n, 0.1))) plans[i]!.hulp = true;
  const plain = r.shuffle(indexes((p) => !p.uitzondering && p.losVorm !== 'verleden'));
  const few = n === 0 ? 0 : Math.max(1, share(n, 0.005));
  plain.slice(0, few).forEach((i) => (plans[i]!.status = 'geannuleerd'));
  plain.slice(few, 2 * few).forEach((i) => (plans[i]!.status = 'vol'));
  // Online: not for multi-day events (markets, parties and holiday weeks happen in a place).
  const onlineable = plain.slice(2 * few).filter((i) => plans[i]!.losVorm !== 'meerdaags');
  onlineable.slice(0, share(n, 0.04)).forEach((i) => (plans[i]!.online = true));
  return plans;
}

function emptyStats(): ActiviteitStats {
  return {
    totaal: 0,
    ritme: { week: 0, '2-weken': 0, maand: 0, los: 0 },
    vorm: { week: 0, 'week-twee-dagen': 0, '2-weken': 0, 'maand-n': 0, 'maand-laatste': 0, 'maand-lijst': 0, datum: 0, meerdaags: 0, data: 0, verleden: 0 },
    uitzonderingen: 0,
    uitzonderingSoorten: {},
    hulpGezocht: 0,
    geannuleerd: 0,
    vol: 0,
    online: 0,
  };
}

const kostenZin = (kosten: YamlValue): string | undefined => {
  if (kosten === 'gratis') return 'Meedoen is gratis.';
  if (kosten === 'vrijwillige-bijdrage') return 'Een vrijwillige bijdrage is welkom.';
  if (typeof kosten === 'object' && kosten !== null && !Array.isArray(kosten)) {
    const k = kosten as { bedrag: number; toelichting?: string };
    return `Meedoen kost ${formatEuro(k.bedrag)}${k.toelichting ? `, ${k.toelichting}` : ''}.`;
  }
  return undefined;
};

interface Context {
  ctx: CorpusContext;
  world: World;
  initiatievenPerWijk: Map<string, InitiatiefInfo[]>;
  projectenPerWijk: Map<string, ProjectInfo[]>;
  wijkGewichten: (readonly [string, number])[];
  slugs: SlugRegistry;
  stats: ActiviteitStats;
}

function pickLocatie(r: Random, world: World, wijk: string, plekken: readonly string[] | undefined): LocatieInfo {
  const inWijk = world.locatiesPerWijk.get(wijk) ?? [];
  const pool = inWijk.length > 0 ? inWijk : world.locaties;
  if (plekken && r.chance(0.7)) {
    const fitting = pool.filter((l) => plekken.includes(l.soort));
    if (fitting.length > 0) return r.pick(fitting);
  }
  return r.pick(pool);
}

function makeActiviteit(c: Context, i: number, plan: ActiviteitPlan): void {
  const { ctx, world } = c;
  const r = ctx.rng(`activiteit:${i}`);
  const isLos = plan.ritme === 'los';
  // Kind of activity: series and multi-day forms prefer kinds that suit them; online only for kinds that can be.
  let kind: ActivityKind | EventKind;
  if (isLos) {
    let pool: readonly EventKind[] = EVENT_KINDS;
    if (plan.online) pool = pool.filter((k) => k.online);
    if (plan.losVorm === 'data') pool = pool.filter((k) => k.reeks);
    else if (plan.losVorm === 'meerdaags') pool = pool.filter((k) => k.meerdaags);
    else pool = pool.filter((k) => !k.alleenReeks);
    kind = r.pick(pool);
  } else {
    const pool = plan.online ? ACTIVITY_KINDS.filter((k) => k.online) : ACTIVITY_KINDS;
    kind = r.weighted(pool.map((k) => [k, k.gewicht] as const));
  }
  const recurring = isLos ? undefined : (kind as ActivityKind);

  const wijkSlug = r.weighted(c.wijkGewichten);
  const locatie = plan.online ? undefined : pickLocatie(r, world, wijkSlug, recurring?.plekken);
  const woonwijk = locatie?.wijk ?? wijkSlug;
  const woonwijkNaam = world.wijken.find((w) => w.slug === woonwijk)!.naam;

  // Organiser: an initiative of the wijk, or an organisation working there.
  const inits = c.initiatievenPerWijk.get(woonwijk)?.filter((x) => x.status !== 'gestopt') ?? [];
  const orgs = world.organisatiesPerWijk.get(woonwijk) ?? [];
  const organisatorKeuze = r.weighted([['initiatief', inits.length > 0 ? 45 : 0], ['organisatie', orgs.length > 0 ? 50 : 0], ['geen', 5]] as const);
  const organisator: InitiatiefInfo | OrganisatieInfo | undefined =
    organisatorKeuze === 'initiatief' ? r.pick(inits) : organisatorKeuze === 'organisatie' ? r.pick(orgs) : undefined;
  const projecten = c.projectenPerWijk.get(woonwijk) ?? [];

  const made = makeSchedule(r, {
    ritme: plan.ritme,
    ...(plan.losVorm ? { losVorm: plan.losVorm } : {}),
    tweeDagen: plan.tweeDagen,
    lopend: plan.uitzondering,
    kinderen: recurring?.kinderen ?? false,
    tijden: kind.tijden,
    vandaag: ctx.vandaag,
    horizonEinde: ctx.horizonEinde,
  });

  // Title and slug.
  const onderwerp = !recurring && (kind as EventKind).onderwerpen ? ` ${r.pick((kind as EventKind).onderwerpen!)}` : '';
  const dagen = made.schedule.herhaling?.dagen ?? [];
  let titel: string;
  if (plan.online) titel = `Online ${kind.woord}${onderwerp}${r.chance(0.5) ? ` ${woonwijkNaam}` : ''}`;
  else {
    const vorm = r.weighted([['wijk', 30], ['in', 40], ['plek', 15], ['dag', dagen.length === 1 ? 15 : 0]] as const);
    const base = `${kind.titel}${onderwerp}`;
    titel =
      vorm === 'wijk' ? `${base} ${woonwijkNaam}` : vorm === 'in' ? `${base} in ${locatie!.naam}` : vorm === 'plek' ? `${base} ${locatie!.naam}` : `${base} op ${dagen[0]}`;
  }
  titel = capitalize(titel);
  const baseSlug = slugify(titel);
  const slug = c.slugs.claim(baseSlug, [...dagen, woonwijk].filter((a) => !baseSlug.includes(a)));

  // Costs, sign-up, contact.
  const kosten: YamlValue = r.weighted([
    ['gratis', 50],
    ['vrijwillige-bijdrage', 25],
    ['bedrag', 20],
    ['geen', 5],
  ] as const);
  const kostenWaarde: YamlValue =
    kosten === 'bedrag'
      ? { bedrag: r.pick([1, 1.5, 2, 2.5, 3, 5, 7.5, 10]), toelichting: r.weighted([[undefined, 50], ['inclusief koffie en thee', 30], ['voor het materiaal', 20]] as const) }
      : kosten === 'geen'
        ? undefined
        : kosten;
  const contactNaam = organisator?.naam;
  const contactEmail = organisator?.email;
  const contact =
    organisator && r.chance(0.8)
      ? { naam: contactNaam, email: contactEmail, telefoon: 'telefoon' in organisator && r.chance(0.5) ? organisator.telefoon : undefined }
      : undefined;
  const wantsSignup = r.chance(isLos ? 0.5 : 0.15);
  let aanmelden: YamlValue;
  if (wantsSignup) {
    const via = r.weighted([
      [contactEmail ? `mailto:${contactEmail}` : undefined, 50],
      [contact?.telefoon ? `tel:${contact.telefoon.replace(/ /g, '')}` : undefined, 20],
      [organisator && 'website' in organisator && organisator.website ? `${organisator.website}/aanmelden` : undefined, 30],
    ] as const);
    // Sign up a few days before a one-off activity, when that day is still ahead.
    const deadline = made.eersteDatum === undefined ? undefined : addDays(made.eersteDatum, -r.int(2, 7));
    const uiterlijk = deadline !== undefined && deadline > ctx.vandaag && r.chance(0.5) ? deadline : undefined;
    aanmelden = via
      ? { nodig: true, via, uiterlijk, max_deelnemers: r.chance(0.4) ? r.pick([8, 10, 12, 15, 20, 25, 30, 40]) : undefined }
      : { nodig: false };
  } else if (r.chance(0.05)) {
    aanmelden = { nodig: false };
  }
  const aanmeldenNodig = typeof aanmelden === 'object' && aanmelden !== null && (aanmelden as { nodig?: boolean }).nodig === true;

  // Exceptions on a running pattern.
  let wijzigingen: YamlValue;
  let notities: string[] = [];
  const herhaling = made.schedule.herhaling;
  if (plan.uitzondering && herhaling) {
    const andere = (world.locatiesPerWijk.get(woonwijk) ?? []).filter((l) => l.slug !== locatie?.slug);
    const result = addExceptions(r, {
      slug,
      herhaling,
      vandaag: ctx.vandaag,
      horizonEinde: ctx.horizonEinde,
      tz: ctx.tz,
      regio: ctx.regio,
      andereLocaties: andere.map((l) => ({ slug: l.slug, naam: l.naam })),
      woord: kind.woord,
    });
    if (result.wijzigingen.length > 0) wijzigingen = result.wijzigingen.map((w) => ({ ...w }));
    notities = result.notities;
    c.stats.uitzonderingen++;
    for (const s of result.soorten) c.stats.uitzonderingSoorten[s] = (c.stats.uitzonderingSoorten[s] ?? 0) + 1;
  }

  const hulp = plan.hulp ? r.pick(HULP_GEZOCHT) : undefined;
  const statusToelichting =
    plan.status === 'geannuleerd' ? r.pick(TOELICHTING_ACTIVITEIT_GEANNULEERD) : plan.status === 'vol' ? r.pick(TOELICHTING_ACTIVITEIT_VOL) : undefined;

  // Summary: when, what, where, plus one or two practical sentences.
  const waar = locatie ? `in ${locatie.naam}` : 'online';
  const extraZinnen = r
    .shuffle([
      'Iedereen is welkom.',
      aanmeldenNodig ? 'Meld je vooraf aan, want er is beperkt plek.' : 'Aanmelden is niet nodig.',
      kosten === 'gratis' ? 'Meedoen is gratis.' : 'Kom gerust eens kijken.',
      `Voor bewoners van ${woonwijkNaam} en omgeving.`,
    ])
    .slice(0, r.int(1, 2));
  const samenvatting = fitSentences(
    plan.status === 'geannuleerd'
      ? [`Gaat niet door: ${kind.wat} ${waar}.`, statusToelichting!]
      : [`${made.wanneer}${isLos ? ':' : ''} ${kind.wat} ${waar}.`, ...(plan.status === 'vol' ? ['De groep is vol.'] : extraZinnen)],
    200,
  );

  // Body: one to three paragraphs.
  // Two or three of the kind's sentences, in their own order so the text keeps its thread.
  const keep = new Set(r.sample([...kind.zinnen.keys()], r.int(2, 3)));
  const zinnen = kind.zinnen.filter((_, k) => keep.has(k));
  const paragraphs: string[] = [zinnen.join(' ')];
  const tweede: string[] = [];
  if (organisator) tweede.push(`${capitalize(metLidwoord(kind.woord))} is een activiteit van ${organisator.naam}.`);
  if (locatie?.toegankelijkheid.includes('rolstoeltoegankelijk')) tweede.push(`${locatie.naam} is toegankelijk voor rolstoelen.`);
  if (locatie && r.chance(0.4)) tweede.push(`${locatie.naam} ligt aan de ${locatie.straat}.`);
  if (hulp) tweede.push(`Wil je helpen? ${hulp}`);
  const derde: string[] = [];
  const kz = kostenZin(kostenWaarde);
  if (kz) derde.push(kz);
  if (aanmeldenNodig) derde.push('Aanmelden is nodig, want er is beperkt plek.');
  derde.push(...notities);
  if (statusToelichting) derde.push(statusToelichting);
  if (contact) derde.push(`Heb je een vraag? Stuur een e-mail naar ${contact.naam}.`);
  const lengte = r.weighted([[1, 20], [2, 45], [3, 35]] as const);
  if (lengte >= 2 && tweede.length > 0) paragraphs.push(tweede.join(' '));
  if ((lengte >= 3 || notities.length > 0 || statusToelichting) && derde.length > 0) paragraphs.push(derde.join(' '));
  const body =
    paragraphs.length === 3 && r.chance(0.3)
      ? `## Wat doen we?\n\n${paragraphs[0]}\n\n## Wie organiseert het?\n\n${paragraphs[1]}\n\n## Praktisch\n\n${paragraphs[2]}`
      : paragraphs.join('\n\n');

  const wijkVelden: Record<string, YamlValue> = {};
  if (plan.online) {
    const buren = world.wijken.filter((w) => w.slug !== wijkSlug).slice(0, 2).map((w) => w.slug);
    if (r.chance(0.6) || buren.length === 0) wijkVelden.wijk = wijkSlug;
    else wijkVelden.wijken = [wijkSlug, ...buren];
  } else {
    const keuze = r.weighted([['geen', 80], ['wijk', 15], ['wijken', 5]] as const);
    if (keuze === 'wijk') wijkVelden.wijk = woonwijk;
    else if (keuze === 'wijken' && world.wijken.length > 1) {
      wijkVelden.wijken = [woonwijk, world.wijken.find((w) => w.slug !== woonwijk)!.slug];
    }
  }

  const themas = r.chance(0.2) ? [...new Set([...kind.themas, r.pick(['jong-en-oud', 'vrijwilligerswerk', 'gezondheid', 'ontmoeting'])])] : [...kind.themas];
  const front: Record<string, YamlValue> = {
    titel,
    samenvatting,
    ...wijkVelden,
    locatie: locatie?.slug,
    online: plan.online ? `https://online.wijkwijzer-groenhaven.nl/${slug}` : undefined,
    organisator: organisator?.slug,
    project: projecten.length > 0 && r.chance(0.25) ? r.pick(projecten).slug : undefined,
    themas,
    doelgroepen: [...kind.doelgroepen],
    datum: made.schedule.datum,
    tijd: made.schedule.tijd,
    einddatum: made.schedule.einddatum,
    data: made.schedule.data?.map((d) => ({ ...d })),
    herhaling: herhaling ? { ...herhaling } : undefined,
    kosten: kostenWaarde,
    aanmelden,
    toegankelijkheid: r.chance(0.08) ? r.sample(['prikkelarm', 'gebarentaal', 'ringleiding'], r.int(1, 2)) : undefined,
    status: plan.status,
    status_toelichting: statusToelichting,
    wijzigingen,
    hulp_gezocht: hulp,
    contact,
    talen: recurring?.talen && r.chance(0.6) ? ['nl', 'en', r.pick(['ar', 'tr', 'pl', 'ti', 'uk'])] : undefined,
  };
  ctx.files.push({ path: `activiteiten/${slug}.md`, text: toMarkdown(front, body) });

  const s = c.stats;
  s.totaal++;
  s.ritme[plan.ritme]++;
  s.vorm[made.vorm]++;
  if (hulp) s.hulpGezocht++;
  if (plan.status === 'geannuleerd') s.geannuleerd++;
  if (plan.status === 'vol') s.vol++;
  if (plan.online) s.online++;
}

/** Writes `count` activities and returns what it counted. */
export function writeActiviteiten(
  ctx: CorpusContext,
  world: World,
  initiatieven: readonly InitiatiefInfo[],
  projecten: readonly ProjectInfo[],
  count: number,
): ActiviteitStats {
  const initiatievenPerWijk = new Map<string, InitiatiefInfo[]>();
  for (const init of initiatieven) for (const w of init.wijken) initiatievenPerWijk.set(w, [...(initiatievenPerWijk.get(w) ?? []), init]);
  const projectenPerWijk = new Map<string, ProjectInfo[]>();
  for (const p of projecten) for (const w of p.wijken) projectenPerWijk.set(w, [...(projectenPerWijk.get(w) ?? []), p]);
  // Some wijken are busier than others.
  const wijkGewichten = world.wijken.map((w, i) => [w.slug, 1 + (i % 4)] as const);
  const c: Context = { ctx, world, initiatievenPerWijk, projectenPerWijk, wijkGewichten, slugs: new SlugRegistry(), stats: emptyStats() };
  const plans = planMix(ctx.rng('mix'), count);
  plans.forEach((plan, i) => makeActiviteit(c, i, plan));
  return c.stats;
}
