/** Generated resident initiatives (`initiatieven/<slug>.md`). */
import type { Random } from './random.ts';
import { fitSentences, joinDutch, slugify } from './text.ts';
import type { CorpusContext, World } from './world.ts';
import { personName } from './world.ts';
import { FINANCIERING, HULP_GEZOCHT, HULP_TIJD, INITIATIEF_SOORTEN, STRATEN } from './words.ts';
import { toMarkdown, type YamlValue } from './yaml.ts';

export interface InitiatiefInfo {
  slug: string;
  naam: string;
  wijken: string[];
  themas: readonly string[];
  doelgroepen: readonly string[];
  status: 'actief' | 'in-oprichting' | 'gestopt';
  email: string;
  doel: string;
}

/** Names, slugs and wijken of `count` initiatives (files are written by `writeInitiatieven`). */
export function planInitiatieven(ctx: CorpusContext, world: World, count: number): InitiatiefInfo[] {
  const result: InitiatiefInfo[] = [];
  for (let i = 0; i < count; i++) {
    const r = ctx.rng(`initiatief:${i}`);
    const soort = INITIATIEF_SOORTEN[i % INITIATIEF_SOORTEN.length]!;
    const wijk = world.wijken[(i * 7 + Math.floor(i / INITIATIEF_SOORTEN.length)) % world.wijken.length]!;
    const plek = r.chance(0.7) ? wijk.naam : r.pick(STRATEN);
    const naam = soort.naam.replace('{plek}', plek);
    const slug = ctx.organisatorSlugs.claim(slugify(naam), [wijk.slug]);
    const wijken = r.chance(0.15) && world.wijken.length > 1
      ? [wijk.slug, world.wijken[(world.wijken.indexOf(wijk) + 1) % world.wijken.length]!.slug]
      : [wijk.slug];
    const status = r.weighted([['actief', 80], ['in-oprichting', 12], ['gestopt', 8]] as const);
    result.push({ slug, naam, wijken, themas: soort.themas, doelgroepen: soort.doelgroepen, status, email: `info@${slug}.nl`, doel: soort.doel });
  }
  return result;
}

function body(r: Random, info: InitiatiefInfo, wijkNamen: string, hulp: boolean): string {
  const parts = [
    `## Wat doen we?\n\n${info.doel} Het initiatief is ontstaan in ${wijkNamen}, omdat buren merkten dat het nodig was. ` +
      r.pick([
        'Iedereen kan meedoen, ook als je weinig tijd hebt.',
        'We doen het met een vaste groep vrijwilligers en elk jaar komen er nieuwe mensen bij.',
        'Alles wat we doen, bedenken we samen met de buurt.',
      ]),
  ];
  if (info.status === 'gestopt') {
    parts.push('## Gestopt\n\nHet initiatief is gestopt. Er waren te weinig mensen om het werk voort te zetten. Wil je het weer oppakken? Neem dan contact op met de wijkondersteuner.');
  } else if (info.status === 'in-oprichting') {
    parts.push('## We beginnen net\n\nWe zijn nog bezig met de voorbereiding. We zoeken mensen die mee willen denken en een plek om te beginnen.');
  } else if (r.chance(0.7)) {
    parts.push(
      `## Waarom doen we dit?\n\n${r.pick([
        'We willen dat niemand in de buurt er alleen voor staat.',
        'We vinden dat de buurt van ons allemaal is. Daarom zorgen we er samen voor.',
        'Samen iets doen is leuker dan alleen. En je leert je buren kennen.',
      ])} ${r.pick(['Dat lukt al aardig, maar het kan altijd beter.', 'Daar zijn we trots op.', 'Elke week komen er nieuwe mensen bij.'])}`,
    );
  }
  if (hulp) parts.push('## Help je mee?\n\nWe zoeken vrijwilligers. Je hoeft geen ervaring te hebben. Stuur ons een e-mail, dan drinken we eerst een kop koffie.');
  return parts.join('\n\n');
}

/** Writes one Markdown file per initiative; `project` refers to a project in the same wijk when there is one. */
export function writeInitiatieven(
  ctx: CorpusContext,
  world: World,
  initiatieven: readonly InitiatiefInfo[],
  projectenPerWijk: ReadonlyMap<string, readonly { slug: string }[]>,
): void {
  const vandaagJaar = Number(ctx.vandaag.slice(0, 4));
  initiatieven.forEach((info, i) => {
    const r = ctx.rng(`initiatief-tekst:${i}`);
    const wijkNamen = joinDutch(info.wijken.map((s) => world.wijken.find((w) => w.slug === s)!.naam));
    const hulp = info.status !== 'gestopt' && r.chance(0.3);
    const orgs = world.organisatiesPerWijk.get(info.wijken[0]!) ?? [];
    const projecten = projectenPerWijk.get(info.wijken[0]!) ?? [];
    const contact = { naam: r.chance(0.3) ? personName(r) : info.naam, email: info.email };
    const hulpGezocht: YamlValue[] = [];
    if (hulp) {
      for (const wat of r.sample(HULP_GEZOCHT, r.int(1, 2))) {
        hulpGezocht.push({ wat: wat.replace(/^We zoeken /, '').replace(/^(.)/, (c) => c.toUpperCase()).replace(/\.$/, ''), tijd: r.pick(HULP_TIJD), contact: r.chance(0.5) ? { naam: info.naam, email: info.email } : undefined });
      }
    }
    const themas = r.chance(0.3) ? [...info.themas, r.pick(['vrijwilligerswerk', 'jong-en-oud', 'informatie-en-advies'].filter((t) => !info.themas.includes(t)))] : [...info.themas];
    const front: Record<string, YamlValue> = {
      naam: info.naam,
      samenvatting: fitSentences([info.doel, r.pick(['Iedereen is welkom om mee te doen.', 'Het initiatief draait op vrijwilligers uit de buurt.', 'Kom gerust eens kijken.'])], 200),
      status: info.status,
      wijk: info.wijken.length === 1 ? info.wijken[0] : undefined,
      wijken: info.wijken.length > 1 ? info.wijken : undefined,
      themas,
      doelgroepen: [...info.doelgroepen],
      sinds: !r.chance(0.8) ? undefined : info.status === 'in-oprichting' ? vandaagJaar : r.int(vandaagJaar - 12, vandaagJaar - 1),
      organisatie: orgs.length > 0 && r.chance(0.3) ? r.pick(orgs).slug : undefined,
      contact,
      website: r.chance(0.2) ? `https://www.${info.slug}.nl` : undefined,
      financiering: r.chance(0.7) ? r.sample(FINANCIERING, r.int(1, 3)) : undefined,
      hulp_gezocht: hulpGezocht.length > 0 ? hulpGezocht : undefined,
      project: projecten.length > 0 && r.chance(0.2) ? r.pick(projecten).slug : undefined,
    };
    ctx.files.push({ path: `initiatieven/${info.slug}.md`, text: toMarkdown(front, body(r, info, wijkNamen, hulp)) });
  });
}
