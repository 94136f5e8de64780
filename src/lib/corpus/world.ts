/**
 * The fixed frame of a generated corpus: site.yaml, themes, target groups,
 * wijken, places and organisations. Later generators refer to these by slug.
 */
import { TOEGANKELIJKHEID } from '../../schemas/common.ts';
import type { IsoDate } from '../dates.ts';
import type { Regio } from '../school-holidays.ts';
import { createRandom, type Random } from './random.ts';
import { SlugRegistry, joinDutch, phoneNumber, slugify } from './text.ts';
import {
  EIGEN_NAMEN,
  GEBIEDEN,
  KERK_NAMEN,
  LOCATIE_SOORTEN,
  PARK_NAMEN,
  STADSORGANISATIES,
  STRATEN,
  WIJKORGANISATIES,
  WIJK_NAMEN,
  ACHTERNAMEN,
  VOORNAMEN,
} from './words.ts';
import { toYaml, type YamlValue } from './yaml.ts';

/** Name of the fictional gemeente every corpus is set in. */
export const GEMEENTE = 'Groenhaven';
/** Site URL of every corpus. */
export const SITE_URL = 'https://wijkwijzer-groenhaven.nl';

/** One generated file, with its path relative to the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Settings shared by every generator of one corpus. */
export interface CorpusContext {
  seed: number;
  vandaag: IsoDate;
  /** Last day of the agenda window (vandaag + horizon). */
  horizonEinde: IsoDate;
  regio: Regio;
  tz: string;
  horizonMaanden: number;
  files: CorpusFile[];
  /** Organisations and initiatives share one namespace (an organisator may be either). */
  organisatorSlugs: SlugRegistry;
  /** A fresh random stream for one entity. */
  rng(label: string): Random;
}

export interface WijkInfo {
  slug: string;
  naam: string;
  postcodes: string[];
  lat: number;
  lon: number;
}

export interface LocatieInfo {
  slug: string;
  naam: string;
  soort: string;
  wijk: string;
  straat: string;
  toegankelijkheid: string[];
}

export interface OrganisatieInfo {
  slug: string;
  naam: string;
  soort: string;
  email: string;
  website?: string;
  telefoon?: string;
  wijken: string[];
}

export interface World {
  wijken: WijkInfo[];
  locaties: LocatieInfo[];
  organisaties: OrganisatieInfo[];
  /** Places per wijk slug. */
  locatiesPerWijk: Map<string, LocatieInfo[]>;
  /** Organisations working in a wijk, per wijk slug. */
  organisatiesPerWijk: Map<string, OrganisatieInfo[]>;
}

/** The 13 themes of the demo (DESIGN §3.5). */
export const THEMAS: readonly (readonly [string, string, string])[] = [
  ['armoede-en-geldzaken', 'Armoede en geldzaken', 'Hulp als het geld krap is, en rondkomen zonder zorgen.'],
  ['cultuur-en-creativiteit', 'Cultuur en creativiteit', 'Maken, spelen, lezen en kijken: kunst en cultuur in de buurt.'],
  ['eenzaamheid', 'Eenzaamheid', 'Minder alleen zijn: aandacht voor mensen die weinig contact hebben.'],
  ['gezondheid', 'Gezondheid', 'Gezond leven, lichaam en geest, op een manier die bij u past.'],
  ['groen-en-duurzaamheid', 'Groen en duurzaamheid', 'Samen werken aan een groene, schone wijk en minder verspilling.'],
  ['informatie-en-advies', 'Informatie en advies', 'Weten wat er in de wijk is en waar u met een vraag terecht kunt.'],
  ['jong-en-oud', 'Jong en oud', 'Jong en oud doen samen dingen en leren van elkaar.'],
  ['ontmoeting', 'Ontmoeting', 'Elkaar zien en spreken, bij de koffie, in het buurthuis of op straat.'],
  ['opgroeien', 'Opgroeien', 'Kinderen en jongeren kunnen veilig en kansrijk opgroeien in de wijk.'],
  ['sport-en-bewegen', 'Sport en bewegen', 'Sporten en bewegen voor iedereen, op elk niveau.'],
  ['vrijwilligerswerk', 'Vrijwilligerswerk', 'Iets doen voor de buurt of voor een ander, met uw tijd en talent.'],
  ['werk-en-leren', 'Werk en leren', 'Meedoen via werk, een cursus of het ontdekken van uw talent.'],
  ['zorg-en-mantelzorg', 'Zorg en mantelzorg', 'Zorgen voor elkaar, en steun voor wie voor een ander zorgt.'],
];

/** The 9 target groups of the demo (DESIGN §3.5). */
export const DOELGROEPEN: readonly (readonly [string, string, string])[] = [
  ['gezinnen', 'Gezinnen', 'Ouders en verzorgers samen met hun kinderen.'],
  ['iedereen', 'Iedereen', 'Voor alle bewoners, jong en oud.'],
  ['jongeren', 'Jongeren', 'Jongeren van ongeveer 12 tot 23 jaar.'],
  ['kinderen', 'Kinderen', 'Kinderen tot ongeveer 12 jaar.'],
  ['mantelzorgers', 'Mantelzorgers', 'Mensen die zorgen voor een naaste, zoals een partner, ouder of kind.'],
  ['mensen-met-een-beperking', 'Mensen met een beperking', 'Mensen met een lichamelijke, verstandelijke of psychische beperking.'],
  ['nieuwkomers', 'Nieuwkomers', 'Mensen die nieuw zijn in Nederland of nieuw in de wijk.'],
  ['ouderen', 'Ouderen', 'Bewoners van ongeveer 65 jaar en ouder.'],
  ['volwassenen', 'Volwassenen', 'Bewoners van ongeveer 23 tot 65 jaar.'],
];

function writeYaml(ctx: CorpusContext, path: string, data: Record<string, YamlValue>): void {
  ctx.files.push({ path, text: toYaml(data) });
}

/** A person's name from the word lists. */
export function personName(rng: Random): string {
  return `${rng.pick(VOORNAMEN)} ${rng.pick(ACHTERNAMEN)}`;
}

/** A Dutch postcode letter pair; SA, SD and SS are not used in the Netherlands. */
function postcodeLetters(rng: Random): string {
  const letters = 'ABCDEFGHJKLMNPRSTVWXZ';
  for (;;) {
    const pair = rng.pick([...letters]) + rng.pick([...letters]);
    if (pair !== 'SA' && pair !== 'SD' && pair !== 'SS') return pair;
  }
}

function writeSite(ctx: CorpusContext, wijken: readonly WijkInfo[]): void {
  writeYaml(ctx, 'site.yaml', {
    naam: `Wijkwijzer ${GEMEENTE}`,
    url: SITE_URL,
    gemeente: GEMEENTE,
    taal: 'nl',
    tijdzone: ctx.tz,
    horizon_maanden: ctx.horizonMaanden,
    schoolvakantie_regio: ctx.regio,
    beschrijving:
      `Wat is er te doen in uw wijk? Op Wijkwijzer ${GEMEENTE} vindt u activiteiten, bewonersinitiatieven en projecten ` +
      `in ${wijken.length} wijken. Van koffie in het buurthuis tot een moestuin om de hoek. Dit is een testverzameling: ` +
      'alle namen en activiteiten zijn verzonnen.',
    contact: { naam: `Redactie Wijkwijzer ${GEMEENTE}`, email: 'redactie@wijkwijzer-groenhaven.nl' },
    menu: [
      { tekst: 'Agenda', url: '/agenda/' },
      { tekst: 'Help mee', url: '/help-mee/' },
      { tekst: 'Initiatieven', url: '/initiatieven/' },
      { tekst: 'Projecten', url: '/projecten/' },
      { tekst: 'Nieuws', url: '/nieuws/' },
    ],
  });
}

function makeWijken(ctx: CorpusContext, count: number): WijkInfo[] {
  const rng = ctx.rng('wijken');
  const names = rng.shuffle(WIJK_NAMEN).slice(0, Math.min(count, WIJK_NAMEN.length));
  return names.map((naam, i) => {
    const r = ctx.rng(`wijk:${i}`);
    const slug = slugify(naam);
    // Role addresses without separators: `wijkteam-de-hoven@` would read like a person's name (de = tussenvoegsel).
    const compact = slug.replace(/-/g, '');
    const base = 9710 + 2 * i;
    const wijk: WijkInfo = {
      slug,
      naam,
      postcodes: [String(base), String(base + 1)],
      lat: Math.round((53.2 + (i % 5) * 0.012 + r.next() * 0.004) * 10_000) / 10_000,
      lon: Math.round((6.54 + Math.floor(i / 5) * 0.02 + r.next() * 0.006) * 10_000) / 10_000,
    };
    const gebied = r.pick(GEBIEDEN);
    const contactpersonen: YamlValue[] = [
      { naam: `Wijkteam ${naam}`, rol: 'Wijkteam (Welzijn Groenhaven)', email: `wijkteam-${compact}@welzijn-groenhaven.nl` },
    ];
    if (r.chance(0.6)) {
      contactpersonen.push({ naam: personName(r), rol: 'Wijkondersteuner', email: `wijkondersteuner-${compact}@welzijn-groenhaven.nl`, telefoon: phoneNumber(r) });
    }
    contactpersonen.push({ naam: `Bewonersorganisatie ${naam}`, rol: 'Bewonersorganisatie', email: `info@bewonersorganisatie-${slug}.nl` });
    writeYaml(ctx, `wijken/${slug}.yaml`, {
      naam,
      gemeente: GEMEENTE,
      gebied,
      beschrijving: r.pick([
        `${naam} ligt in ${gebied} van ${GEMEENTE}. Er wonen veel gezinnen en ouderen. Bewoners zetten zich samen in voor een prettige buurt.`,
        `${naam} is een wijk met veel groen en een actieve bewonersorganisatie. Er is een buurthuis waar veel gebeurt.`,
        `In ${naam} wonen mensen uit meer dan veertig landen. De wijk wordt de komende jaren vernieuwd.`,
        `${naam} is een oudere wijk met smalle straten en veel kleine winkels. Buren kennen elkaar hier goed.`,
      ]),
      postcodes: wijk.postcodes,
      contactpersonen,
    });
    return wijk;
  });
}

function makeLocaties(ctx: CorpusContext, count: number, wijken: readonly WijkInfo[]): LocatieInfo[] {
  const rng = ctx.rng('locaties');
  const eigenNamen = rng.shuffle(EIGEN_NAMEN);
  const kerken = rng.shuffle(KERK_NAMEN);
  const slugs = new SlugRegistry();
  const names = new Set<string>();
  const result: LocatieInfo[] = [];
  const soorten = LOCATIE_SOORTEN.map((s) => [s, s.gewicht] as const);
  for (let i = 0; i < count; i++) {
    const r = ctx.rng(`locatie:${i}`);
    const wijk = wijken[i % wijken.length]!;
    // The first place of every wijk is a community centre, so each wijk has somewhere to meet.
    const soort = i < wijken.length ? LOCATIE_SOORTEN[0]! : r.weighted(soorten);
    const straat = r.pick(STRATEN);
    let naam: string;
    switch (soort.soort) {
      case 'kerk':
        naam = kerken[i % kerken.length]!;
        break;
      case 'park':
        naam = `Park ${r.pick(PARK_NAMEN)}`;
        break;
      case 'bibliotheek':
      case 'sporthal':
        naam = `${soort.voorvoegsel} ${wijk.naam}`;
        break;
      case 'buurtkamer':
      case 'tuin':
        naam = `${soort.voorvoegsel} ${straat}`;
        break;
      default:
        naam = `${soort.voorvoegsel} ${eigenNamen[i % eigenNamen.length]!}`;
    }
    if (names.has(naam)) naam = `${naam} ${wijk.naam}`;
    names.add(naam);
    const slug = slugs.claim(slugify(naam), [wijk.slug]);
    const toegankelijkheid = TOEGANKELIJKHEID.filter((t) =>
      r.chance(t === 'rolstoeltoegankelijk' ? 0.7 : t === 'invalidentoilet' ? 0.5 : t === 'hulphond-welkom' ? 0.3 : 0.12),
    );
    const info: LocatieInfo = { slug, naam, soort: soort.soort, wijk: wijk.slug, straat, toegankelijkheid };
    result.push(info);
    const telefoon = r.chance(0.5) ? phoneNumber(r) : undefined;
    writeYaml(ctx, `locaties/${slug}.yaml`, {
      naam,
      adres: `${straat} ${r.int(1, 180)}`,
      postcode: `${r.pick(wijk.postcodes)} ${postcodeLetters(r)}`,
      plaats: GEMEENTE,
      wijk: wijk.slug,
      coordinaten: r.chance(0.8)
        ? { lat: Math.round((wijk.lat + r.next() * 0.01) * 10_000) / 10_000, lon: Math.round((wijk.lon + r.next() * 0.015) * 10_000) / 10_000 }
        : undefined,
      toegankelijkheid: toegankelijkheid.length > 0 ? toegankelijkheid : undefined,
      website: r.chance(0.3) ? `https://www.${slug}.nl` : undefined,
      telefoon,
      email: r.chance(0.4) ? `info@${slug}.nl` : undefined,
      beschrijving: r.pick([
        `Een ontmoetingsplek in ${wijk.naam}. Vrijwilligers houden de deur open.`,
        `Een gebouw met een grote zaal, een keuken en een paar kleine ruimtes. Er is van alles te doen.`,
        `Een rustige plek midden in ${wijk.naam}, dicht bij de bushalte.`,
        `Hier komen clubs, bewoners en organisaties uit ${wijk.naam} samen.`,
      ]),
    });
  }
  return result;
}

function makeOrganisaties(ctx: CorpusContext, count: number, wijken: readonly WijkInfo[]): OrganisatieInfo[] {
  const rng = ctx.rng('organisaties');
  const eigenNamen = rng.shuffle(EIGEN_NAMEN);
  const kerken = rng.shuffle(KERK_NAMEN);
  // Candidates in order of importance: the big city-wide ones, every wijk's residents' organisation, then the rest.
  const candidates: { naam: string; soort: string; wijken: string[] }[] = [];
  const allSlugs = wijken.map((w) => w.slug);
  for (const [naam, soort] of STADSORGANISATIES.slice(0, 6)) candidates.push({ naam, soort, wijken: allSlugs });
  for (const w of wijken) candidates.push({ naam: `Bewonersorganisatie ${w.naam}`, soort: 'bewonersorganisatie', wijken: [w.slug] });
  for (const [naam, soort] of STADSORGANISATIES.slice(6)) candidates.push({ naam, soort, wijken: [] });
  for (let round = 0; candidates.length < count + 20 && round < 40; round++) {
    for (let i = 0; i < wijken.length; i++) {
      const w = wijken[i]!;
      const [template, soort] = WIJKORGANISATIES[(round * 7 + i) % WIJKORGANISATIES.length]!;
      const naam = template
        .replace('{wijk}', w.naam)
        .replace('{straat}', STRATEN[(round * 11 + i * 3) % STRATEN.length]!)
        .replace('{eigen}', eigenNamen[(round * 5 + i) % eigenNamen.length]!)
        .replace('{kerk}', kerken[(round + i) % kerken.length]!)
        .replace('{naam}', ACHTERNAMEN[(round * 3 + i) % ACHTERNAMEN.length]!);
      candidates.push({ naam, soort, wijken: [w.slug] });
    }
  }
  const result: OrganisatieInfo[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (result.length >= count) break;
    const base = slugify(c.naam);
    if (seen.has(base)) continue;
    seen.add(base);
    const r = ctx.rng(`organisatie:${result.length}`);
    const slug = ctx.organisatorSlugs.claim(base);
    const domein = `${slug}.nl`;
    const orgWijken = c.wijken.length > 0 ? c.wijken : r.sample(allSlugs, r.int(Math.min(2, allSlugs.length), allSlugs.length));
    orgWijken.sort((a, b) => allSlugs.indexOf(a) - allSlugs.indexOf(b));
    const info: OrganisatieInfo = { slug, naam: c.naam, soort: c.soort, email: `info@${domein}`, wijken: orgWijken };
    if (r.chance(0.8)) info.website = `https://www.${domein}`;
    if (r.chance(0.7)) info.telefoon = phoneNumber(r);
    result.push(info);
    const wijkNamen = orgWijken.map((s) => wijken.find((w) => w.slug === s)!.naam);
    writeYaml(ctx, `organisaties/${slug}.yaml`, {
      naam: c.naam,
      soort: c.soort,
      website: info.website,
      email: info.email,
      telefoon: info.telefoon,
      wijken: orgWijken,
      beschrijving: organisatieBeschrijving(c.soort, c.naam, orgWijken.length === allSlugs.length ? `heel ${GEMEENTE}` : joinDutch(wijkNamen)),
    });
  }
  return result;
}

function organisatieBeschrijving(soort: string, naam: string, gebied: string): string {
  switch (soort) {
    case 'gemeente':
      return `${naam} werkt samen met bewoners aan een prettige leefomgeving in ${gebied}.`;
    case 'welzijn':
      return `${naam} helpt bewoners van ${gebied} met vragen over welzijn, geld, opvoeden en meedoen.`;
    case 'zorg':
      return `${naam} geeft zorg en advies aan bewoners van ${gebied}.`;
    case 'bewonersorganisatie':
      return `${naam} komt op voor de bewoners van ${gebied} en organiseert activiteiten in de buurt.`;
    case 'vereniging':
      return `${naam} is een vereniging van en voor bewoners van ${gebied}. Nieuwe leden zijn welkom.`;
    case 'kerk':
      return `${naam} is een geloofsgemeenschap in ${gebied}. De deuren staan ook open voor buurtactiviteiten.`;
    case 'onderwijs':
      return `${naam} geeft onderwijs en werkt samen met de buurt in ${gebied}.`;
    case 'woningcorporatie':
      return `${naam} verhuurt woningen in ${gebied} en investeert in de leefbaarheid van de buurt.`;
    case 'ondernemer':
      return `${naam} is een ondernemer in ${gebied} die de buurt een warm hart toedraagt.`;
    case 'fonds':
      return `${naam} geeft geld aan initiatieven van bewoners in ${gebied}.`;
    default:
      return `${naam} is actief in ${gebied}.`;
  }
}

/** Writes site.yaml, themes, target groups, wijken, places and organisations; returns what later generators refer to. */
export function makeWorld(ctx: CorpusContext, counts: { wijken: number; locaties: number; organisaties: number }): World {
  for (const [slug, naam, beschrijving] of THEMAS) writeYaml(ctx, `themas/${slug}.yaml`, { naam, beschrijving });
  for (const [slug, naam, beschrijving] of DOELGROEPEN) writeYaml(ctx, `doelgroepen/${slug}.yaml`, { naam, beschrijving });
  const wijken = makeWijken(ctx, counts.wijken);
  writeSite(ctx, wijken);
  const locaties = makeLocaties(ctx, counts.locaties, wijken);
  const organisaties = makeOrganisaties(ctx, counts.organisaties, wijken);
  const locatiesPerWijk = new Map<string, LocatieInfo[]>(wijken.map((w) => [w.slug, []]));
  for (const l of locaties) locatiesPerWijk.get(l.wijk)!.push(l);
  const organisatiesPerWijk = new Map<string, OrganisatieInfo[]>(wijken.map((w) => [w.slug, []]));
  for (const o of organisaties) for (const w of o.wijken) organisatiesPerWijk.get(w)!.push(o);
  return { wijken, locaties, organisaties, locatiesPerWijk, organisatiesPerWijk };
}

/** A context for one corpus; `files` starts empty. */
export function createContext(options: { seed: number; vandaag: IsoDate; horizonEinde: IsoDate; horizonMaanden: number }): CorpusContext {
  return {
    seed: options.seed,
    vandaag: options.vandaag,
    horizonEinde: options.horizonEinde,
    horizonMaanden: options.horizonMaanden,
    regio: 'noord',
    tz: 'Europe/Amsterdam',
    files: [],
    organisatorSlugs: new SlugRegistry(),
    rng: (label) => createRandom(options.seed, label),
  };
}
