/**
 * Generated projects and programmes (`projecten/<slug>.md`): programmes with
 * numbered deelprojecten, budgets whose stated totals equal the sum of the
 * lines, ambitions that add up to 100, a few years where funding falls short
 * (a warning, as DESIGN §3.8 asks), and measured and derived indicators.
 */
import type { Random } from './random.ts';
import { SlugRegistry, fitSentences, joinDutch, slugify } from './text.ts';
import type { InitiatiefInfo } from './initiatieven.ts';
import type { CorpusContext, World } from './world.ts';
import { personName, THEMAS } from './world.ts';
import { AMBITIES, BEGROTINGSPOSTEN, FINANCIERS, INDICATOREN, PROGRAMMA_NAMEN, PROJECT_ONDERWERPEN, RISICOS } from './words.ts';
import { toMarkdown, type YamlValue } from './yaml.ts';

export interface ProjectInfo {
  slug: string;
  naam: string;
  wijken: string[];
  themas: string[];
  /** Slug of the parent programme, for a deelproject. */
  programma?: string;
  nummer?: number;
  /** Slugs of the deelprojecten, for a programme. */
  deelprojecten: string[];
  waarom: string;
  /** First and last quarter as quarter numbers (year × 4 + quarter − 1). */
  van: number;
  tot: number;
}

/** What the project generator counted, for the summary. */
export interface ProjectStats {
  programmas: number;
  deelprojecten: number;
  metBegroting: number;
  dekkingTekort: number;
  metAmbities: number;
  afgeleideIndicatoren: number;
}

const quarter = (q: number) => `${Math.floor(q / 4)}-Q${(q % 4) + 1}`;

/** Names, wijken and periods of `count` projects; about one in ten is a programme with 3–5 deelprojecten. */
export function planProjecten(ctx: CorpusContext, world: World, count: number): ProjectInfo[] {
  const slugs = new SlugRegistry();
  const nowQ = Number(ctx.vandaag.slice(0, 4)) * 4 + Math.floor((Number(ctx.vandaag.slice(5, 7)) - 1) / 3);
  const result: ProjectInfo[] = [];
  const programmaCount = Math.max(1, Math.min(PROGRAMMA_NAMEN.length, Math.round(count / 10)));
  const wijkNaam = (slug: string) => world.wijken.find((w) => w.slug === slug)!.naam;

  const make = (naam: string, wijken: string[], themas: string[], waarom: string, van: number, tot: number): ProjectInfo => {
    const info: ProjectInfo = { slug: slugs.claim(slugify(naam)), naam, wijken, themas, deelprojecten: [], waarom, van, tot };
    result.push(info);
    return info;
  };

  for (let p = 0; p < programmaCount && result.length < count; p++) {
    const r = ctx.rng(`programma:${p}`);
    const template = PROGRAMMA_NAMEN[p]!;
    const cityWide = !template.includes('{wijk}');
    const wijken = cityWide ? world.wijken.map((w) => w.slug) : [world.wijken[(p * 3) % world.wijken.length]!.slug];
    const naam = template.replace('{wijk}', wijkNaam(wijken[0]!));
    const van = nowQ - r.int(4, 16);
    const programma = make(naam, wijken, [], 'Bewoners, organisaties en de gemeente willen samen werken aan een wijk waar iedereen meedoet.', van, van + r.int(16, 40));
    const deelCount = Math.min(r.int(3, 5), count - result.length);
    const topics = r.sample(PROJECT_ONDERWERPEN, deelCount);
    topics.forEach((topic, n) => {
      const wijk = r.pick(wijken);
      const dvan = programma.van + r.int(0, 6);
      const deel = make(`${topic.naam} ${wijkNaam(wijk)}`, [wijk], [...topic.themas], topic.waarom, dvan, Math.min(programma.tot, dvan + r.int(4, 20)));
      deel.programma = programma.slug;
      deel.nummer = n + 1;
      programma.deelprojecten.push(deel.slug);
      for (const t of topic.themas) if (!programma.themas.includes(t)) programma.themas.push(t);
    });
  }
  for (let i = 0; result.length < count; i++) {
    const r = ctx.rng(`project:${i}`);
    const topic = PROJECT_ONDERWERPEN[(i * 7 + 3) % PROJECT_ONDERWERPEN.length]!;
    const wijk = world.wijken[(i * 5 + 1) % world.wijken.length]!;
    const wijken = r.chance(0.2) && world.wijken.length > 1 ? [wijk.slug, world.wijken[(i * 5 + 2) % world.wijken.length]!.slug] : [wijk.slug];
    const van = nowQ + r.int(-20, 3);
    make(`${topic.naam} ${joinDutch(wijken.map(wijkNaam))}`, wijken, [...topic.themas], topic.waarom, van, van + r.int(2, 16));
  }
  return result;
}

/** Amounts in whole hundreds of euros. */
const bedrag = (r: Random, min: number, max: number) => r.int(min / 100, max / 100) * 100;

function ambities(r: Random): Record<string, number> {
  const keys = r.sample(AMBITIES, r.int(2, 4));
  const cuts = r.sample(Array.from({ length: 19 }, (_, i) => (i + 1) * 5), keys.length - 1).sort((a, b) => a - b);
  const result: Record<string, number> = {};
  let previous = 0;
  keys.forEach((key, i) => {
    const next = i < cuts.length ? cuts[i]! : 100;
    result[key] = next - previous;
    previous = next;
  });
  return result;
}

function begroting(r: Random, jaren: string[], tekort: boolean): YamlValue {
  const posten = r.sample(BEGROTINGSPOSTEN, r.int(2, 4)).map((post) => {
    const bedragen: Record<string, number> = {};
    const basis = bedrag(r, 2_000, 60_000);
    for (const jaar of jaren) bedragen[jaar] = Math.max(500, basis + bedrag(r, -1_000, 3_000));
    return { post, bedragen };
  });
  const totaal: Record<string, number> = {};
  for (const jaar of jaren) totaal[jaar] = posten.reduce((sum, p) => sum + p.bedragen[jaar]!, 0);
  // Funding: the first sources pay a share, the last one the rest, so each year is covered exactly …
  const bronnen = r.sample(FINANCIERS, r.int(1, 3));
  const dekking = bronnen.map((bron) => ({ bron, bedragen: {} as Record<string, number>, status: r.chance(0.7) ? 'toegezegd' : 'aangevraagd' }));
  for (const jaar of jaren) {
    let rest = totaal[jaar]!;
    dekking.forEach((d, i) => {
      const share = i === dekking.length - 1 ? rest : Math.floor((rest * r.int(30, 60)) / 100 / 100) * 100;
      d.bedragen[jaar] = share;
      rest -= share;
    });
  }
  // … except in projects with a gap: one year is short, which the check reports as a warning.
  if (tekort) {
    const jaar = r.pick(jaren);
    const laatste = dekking[dekking.length - 1]!;
    laatste.bedragen[jaar] = Math.max(0, laatste.bedragen[jaar]! - bedrag(r, 1_000, Math.max(1_000, Math.min(15_000, laatste.bedragen[jaar]!))));
  }
  return {
    posten: posten.map((p) => ({ post: p.post, bedragen: p.bedragen })),
    dekking: dekking.map((d) => ({ bron: d.bron, bedragen: d.bedragen, status: d.status })),
    totaal: r.chance(0.5) ? totaal : undefined,
  };
}

function meetwaarde(min: number, max: number, eenheid: string, r: Random): number {
  return eenheid === 'cijfer' ? Math.round((min + r.next() * (max - min)) * 10) / 10 : r.int(min, max);
}

function indicatoren(
  r: Random,
  info: ProjectInfo,
  world: World,
  initiatieven: readonly InitiatiefInfo[],
  vandaagJaar: number,
  stats: ProjectStats,
): YamlValue[] {
  const list: YamlValue[] = [];
  const startJaar = Math.floor(info.van / 4);
  for (const ind of r.sample(INDICATOREN, r.int(1, 3))) {
    const nul = meetwaarde(ind.min, ind.max, ind.eenheid, r);
    const stap = ind.eenheid === 'cijfer' ? 0.2 : Math.max(1, Math.round((ind.max - ind.min) / 10));
    const metingen: YamlValue[] = [];
    let waarde = nul;
    for (let jaar = startJaar + 1; jaar < vandaagJaar && metingen.length < 3; jaar++) {
      waarde = Math.max(0, Math.round((waarde + (ind.richting === 'hoger' ? 1 : -1) * stap * r.int(-1, 2)) * 10) / 10);
      if (ind.eenheid === '%') waarde = Math.min(100, waarde);
      metingen.push({ periode: r.chance(0.2) ? `${jaar}-Q${r.int(1, 4)}` : jaar, waarde });
    }
    list.push({
      naam: ind.naam,
      eenheid: ind.eenheid,
      streefwaarde:
        ind.eenheid === 'cijfer'
          ? 7.5
          : ind.richting === 'hoger'
            ? Math.min(ind.eenheid === '%' ? 100 : Number.POSITIVE_INFINITY, Math.round(nul * 1.2) + 1)
            : Math.max(0, Math.round(nul * 0.7)),
      richting: ind.richting,
      nulmeting: { periode: startJaar, waarde: nul },
      metingen: metingen.length > 0 ? metingen : undefined,
      bron: r.pick(['Wijkmonitor Groenhaven', 'Enquête onder bewoners', 'Registratie van de uitvoerders', 'Gemeente Groenhaven']),
    });
  }
  if (r.chance(0.6)) {
    stats.afgeleideIndicatoren++;
    const telling = r.weighted([['activiteiten-per-week', 50], ['activiteiten-per-maand', 25], ['activiteiten', 25]] as const);
    const wijk = r.pick(info.wijken);
    const plekken = world.locatiesPerWijk.get(wijk) ?? [];
    const inits = initiatieven.filter((i) => i.wijken.includes(wijk));
    const filter = r.weighted([['locatie', 35], ['initiatief', 25], ['thema', 20], ['wijk', 20]] as const);
    const wijkNaam = world.wijken.find((w) => w.slug === wijk)!.naam;
    const per = telling === 'activiteiten-per-week' ? 'per week' : telling === 'activiteiten-per-maand' ? 'per maand' : 'in de agenda';
    let naam: string;
    let afgeleid: Record<string, YamlValue>;
    if (filter === 'locatie' && plekken.length > 0) {
      const plek = r.pick(plekken);
      naam = `Activiteiten ${per} in ${plek.naam}`;
      afgeleid = { telling, locatie: plek.slug };
    } else if (filter === 'initiatief' && inits.length > 0) {
      const init = r.pick(inits);
      naam = `Activiteiten ${per} van ${init.naam}`;
      afgeleid = { telling, initiatief: init.slug };
    } else if (filter === 'thema' && info.themas.length > 0) {
      const thema = r.pick(info.themas);
      naam = `Activiteiten ${per} over ${THEMAS.find(([s]) => s === thema)![1].toLowerCase()}`;
      afgeleid = { telling, thema };
    } else {
      naam = `Activiteiten ${per} in ${wijkNaam}`;
      afgeleid = { telling, wijk };
    }
    list.push({ naam, streefwaarde: telling === 'activiteiten' ? r.int(20, 80) : r.int(3, 25), richting: 'hoger', afgeleid });
  }
  return list;
}

function body(r: Random, info: ProjectInfo, wijkNamen: string, deelNamen: string[]): string {
  const parts = [
    `## Waarom dit project?\n\n${info.waarom} Dat horen we van bewoners in ${wijkNamen}. ${r.pick([
      'Daarom gaan we er samen mee aan de slag.',
      'Bewoners, organisaties en de gemeente willen daar iets aan doen.',
      'Met dit project pakken we dat stap voor stap aan.',
    ])}`,
    `## Wat gaan we doen?\n\n${r.pick([
      'We beginnen met gesprekken met bewoners. Wat vinden zij belangrijk? Daarna kiezen we samen wat we als eerste doen.',
      'We werken met een vaste groep vrijwilligers en professionals. Zij zijn een bekend gezicht in de wijk.',
      'We zoeken aansluiting bij wat er al is in de wijk, zoals het buurthuis, de school en de bewonersorganisatie.',
    ])} ${r.pick(['Twee keer per jaar laten we weten hoe het gaat.', 'Iedereen die mee wil denken, is welkom.', 'Zo bouwen we aan een wijk waar iedereen meedoet.'])}`,
  ];
  if (deelNamen.length > 0) {
    parts.push(`## Deelprojecten\n\nDit programma bestaat uit ${deelNamen.length} deelprojecten: ${joinDutch(deelNamen)}. Elk deelproject heeft een eigen pagina met de planning en de begroting.`);
  } else if (r.chance(0.6)) {
    parts.push(`## Hoe houden we u op de hoogte?\n\n${r.pick(['Via de wijkkrant en via deze website.', 'Op bewonersavonden en via deze website.', 'In de nieuwsbrief van de bewonersorganisatie en op deze website.'])}`);
  }
  return parts.join('\n\n');
}

/** Writes one Markdown file per project and returns what it counted. */
export function writeProjecten(ctx: CorpusContext, world: World, projecten: readonly ProjectInfo[], initiatieven: readonly InitiatiefInfo[]): ProjectStats {
  const stats: ProjectStats = { programmas: 0, deelprojecten: 0, metBegroting: 0, dekkingTekort: 0, metAmbities: 0, afgeleideIndicatoren: 0 };
  const vandaagJaar = Number(ctx.vandaag.slice(0, 4));
  const nowQ = vandaagJaar * 4 + Math.floor((Number(ctx.vandaag.slice(5, 7)) - 1) / 3);
  const gemeente = world.organisaties.find((o) => o.soort === 'gemeente') ?? world.organisaties[0]!;
  const welzijn = world.organisaties.filter((o) => o.soort === 'welzijn');
  projecten.forEach((info, i) => {
    const r = ctx.rng(`project-tekst:${i}`);
    if (info.deelprojecten.length > 0) stats.programmas++;
    if (info.programma !== undefined) stats.deelprojecten++;
    const wijkNamen = joinDutch(info.wijken.map((s) => world.wijken.find((w) => w.slug === s)!.naam));
    const status =
      info.tot < nowQ ? (r.chance(0.1) ? 'gestopt' : r.chance(0.5) ? 'geevalueerd' : 'afgerond') : info.van > nowQ ? 'voorbereiding' : 'uitvoering';
    const partnersPool = [...new Set(info.wijken.flatMap((w) => world.organisatiesPerWijk.get(w) ?? []))];
    const partners = r.sample(partnersPool, r.int(2, 5)).map((o) => ({
      organisatie: o.slug,
      rol: r.pick(['uitvoerder', 'samenwerkingspartner', 'financier', 'levert vrijwilligers', 'stelt een ruimte beschikbaar', 'denkt mee']),
    }));
    const jaren: string[] = [];
    for (let y = Math.floor(info.van / 4); y <= Math.floor(info.tot / 4) && jaren.length < 5; y++) jaren.push(String(y));
    const metBegroting = r.chance(0.8);
    const tekort = metBegroting && r.chance(0.1);
    if (metBegroting) stats.metBegroting++;
    if (tekort) stats.dekkingTekort++;
    const metAmbities = r.chance(0.6);
    if (metAmbities) stats.metAmbities++;
    const fase1 = Math.min(info.tot, info.van + 1);
    const planning: YamlValue[] = [
      { fase: 'Voorbereiding', van: quarter(info.van), tot: quarter(fase1), opbrengst: 'Plan van aanpak en een groep bewoners die meedenkt' },
      { fase: 'Uitvoering', van: quarter(fase1), tot: quarter(info.tot), opbrengst: r.pick(['Activiteiten in de wijk', 'Vrijwilligers aan het werk', 'Een vaste plek in de wijk']) },
      { fase: 'Evaluatie', van: quarter(info.tot), tot: quarter(info.tot), opbrengst: 'Een verslag van wat het project heeft opgeleverd' },
    ];
    const trekkerOrg = welzijn.length > 0 ? r.pick(welzijn) : gemeente;
    const deelNamen = info.deelprojecten.map((slug) => projecten.find((p) => p.slug === slug)!.naam);
    const front: Record<string, YamlValue> = {
      naam: info.naam,
      code: r.chance(0.7) ? `GH-${String(i + 1).padStart(3, '0')}` : undefined,
      samenvatting: fitSentences(
        [
          `${info.naam} ${info.deelprojecten.length > 0 ? 'is een programma' : 'is een project'} in ${wijkNamen}.`,
          info.waarom,
          r.pick(['Bewoners denken mee en doen mee.', 'We werken samen met organisaties uit de buurt.', 'Zo wordt de wijk sterker.']),
        ],
        200,
      ),
      status,
      wijken: info.wijken,
      themas: info.themas.length > 0 ? info.themas : undefined,
      programma: info.programma,
      nummer: info.nummer,
      periode: { van: quarter(info.van), tot: quarter(info.tot) },
      opdrachtgever: { naam: personName(r), rol: r.pick(['Gebiedsmanager', 'Wijkwethouder', 'Beleidsadviseur']), organisatie: gemeente.slug },
      trekker: { naam: personName(r), rol: 'Projectleider', organisatie: trekkerOrg.slug },
      partners: partners.length > 0 ? partners : undefined,
      doelen: r.sample(
        [
          `Meer bewoners van ${wijkNamen} doen mee aan activiteiten in de buurt.`,
          'Bewoners weten beter waar ze met hun vragen terecht kunnen.',
          `Er zijn minstens ${r.int(5, 30)} nieuwe vrijwilligers actief.`,
          'Bewoners voelen zich meer thuis in hun wijk.',
          'Organisaties in de wijk werken beter samen.',
        ],
        r.int(2, 4),
      ),
      acties: r.sample(
        [
          'We organiseren elke maand een bijeenkomst voor bewoners.',
          'We gaan langs de deuren om te vragen wat bewoners belangrijk vinden.',
          'We werven en trainen vrijwilligers.',
          'We maken afspraken met scholen, zorg en welzijn over samenwerking.',
          'We delen onze ervaringen in de wijkkrant en op deze website.',
        ],
        r.int(2, 4),
      ),
      planning,
      ambities: metAmbities ? ambities(r) : undefined,
      begroting: metBegroting ? begroting(r, jaren, tekort) : undefined,
      indicatoren: indicatoren(r, info, world, initiatieven, vandaagJaar, stats),
      risicos: r.chance(0.7)
        ? r.sample(RISICOS, r.int(1, 3)).map(([risico, maatregel]) => ({
            risico,
            kans: r.pick(['laag', 'middel', 'hoog']),
            impact: r.pick(['laag', 'middel', 'hoog']),
            maatregel,
            eigenaar: r.pick([gemeente.naam, trekkerOrg.naam, 'Projectleider']),
          }))
        : undefined,
      rapportage: r.pick(['per-kwartaal', 'halfjaarlijks', 'jaarlijks']),
      contact: { naam: `Projectteam ${info.naam}`, email: `${slugify(info.naam, 40).replace(/-/g, '')}@${gemeente.slug}.nl` },
    };
    ctx.files.push({ path: `projecten/${info.slug}.md`, text: toMarkdown(front, body(r, info, wijkNamen, deelNamen)) });
  });
  return stats;
}
