/** Generated news items (`nieuws/<datum>-<slug>.md`) about initiatives, projects, places and wijken. */
import { addDays } from '../dates.ts';
import type { InitiatiefInfo } from './initiatieven.ts';
import type { ProjectInfo } from './projecten.ts';
import { SlugRegistry, fitSentences, lidwoord, metLidwoord, slugify } from './text.ts';
import type { CorpusContext, World } from './world.ts';
import { GEMEENTE } from './world.ts';
import { ACTIVITY_KINDS, EVENT_KINDS } from './words.ts';
import { toMarkdown, type YamlValue } from './yaml.ts';

/** Writes `count` news items dated up to a year before `vandaag`. */
export function writeNieuws(
  ctx: CorpusContext,
  world: World,
  initiatieven: readonly InitiatiefInfo[],
  projecten: readonly ProjectInfo[],
  count: number,
): void {
  const slugs = new SlugRegistry();
  const wijkNaam = (slug: string) => world.wijken.find((w) => w.slug === slug)!.naam;
  for (let i = 0; i < count; i++) {
    const r = ctx.rng(`nieuws:${i}`);
    const datum = addDays(ctx.vandaag, -r.int(0, 365));
    const soort = r.weighted([
      ['initiatief', initiatieven.length > 0 ? 30 : 0],
      ['project', projecten.length > 0 ? 25 : 0],
      ['activiteit', 20],
      ['terugblik', 15],
      ['plek', 10],
    ] as const);
    let titel: string;
    let samenvatting: string[];
    let alineas: string[];
    const front: Record<string, YamlValue> = {};
    if (soort === 'initiatief') {
      const init = r.pick(initiatieven);
      front.wijken = init.wijken;
      front.initiatief = init.slug;
      const vorm = r.pick(['vrijwilligers', 'geld', 'nieuw'] as const);
      titel =
        vorm === 'vrijwilligers' ? `${init.naam} zoekt vrijwilligers` : vorm === 'geld' ? `Geld uit het wijkbudget voor ${init.naam}` : `${init.naam} gaat van start`;
      samenvatting = [
        vorm === 'vrijwilligers'
          ? `${init.naam} kan wel wat hulp gebruiken. Het initiatief zoekt nieuwe vrijwilligers.`
          : vorm === 'geld'
            ? `${init.naam} krijgt geld uit het wijkbudget. Daarmee kan het initiatief een jaar vooruit.`
            : `In ${wijkNaam(init.wijken[0]!)} is ${init.naam} begonnen.`,
        init.doel,
      ];
      alineas = [
        `## Wat is er aan de hand?\n\n${init.doel} ${r.pick(['Het loopt goed, maar er is meer nodig.', 'Steeds meer buren doen mee.', 'De eerste reacties zijn positief.'])}`,
        `## Hoe kun je meedoen?\n\nStuur een e-mail naar ${init.email}. ${r.pick(['Je bent van harte welkom.', 'Kom eerst eens kijken, dan weet je of het bij je past.'])}`,
      ];
    } else if (soort === 'project') {
      const project = r.pick(projecten);
      front.wijken = project.wijken;
      front.project = project.slug;
      titel = r.pick([`${project.naam}: zo staat het ervoor`, `Nieuwe stap voor ${project.naam}`, `Bewoners praten mee over ${project.naam}`]);
      samenvatting = [`Een update over ${project.naam}.`, r.pick(['Er is veel gebeurd het afgelopen half jaar.', 'De eerste resultaten zijn zichtbaar.', 'Bewoners denken mee over de volgende stap.'])];
      alineas = [
        `## Wat is er gebeurd?\n\n${project.waarom} ${r.pick(['Daar werken we nu een jaar aan.', 'Het project is daar mee aan de slag gegaan.'])} ${r.pick(['Er zijn nieuwe vrijwilligers bij gekomen.', 'Er is een vaste inloop in de wijk.', 'Bewoners hebben zelf plannen gemaakt.'])}`,
        `## Hoe verder?\n\n${r.pick(['Komend half jaar gaan we verder met de plannen.', 'Na de zomer kijken we samen terug.', 'In het voorjaar is er een bijeenkomst voor alle bewoners.'])}`,
      ];
    } else {
      const wijk = r.pick(world.wijken);
      front.wijken = [wijk.slug];
      const plekken = world.locatiesPerWijk.get(wijk.slug) ?? [];
      if (soort === 'plek' && plekken.length > 0) {
        const plek = r.pick(plekken);
        titel = `${plek.naam} weer open na verbouwing`;
        samenvatting = [`${plek.naam} in ${wijk.naam} is verbouwd.`, 'Er is een nieuwe keuken en een grotere zaal.'];
        alineas = [`## Nieuw en fris\n\nDe verbouwing duurde drie maanden. Nu is het gebouw weer open voor iedereen. ${r.pick(['Kom gerust eens kijken.', 'Alle clubs zijn weer terug.'])}`];
      } else if (soort === 'terugblik') {
        const kind = r.pick(EVENT_KINDS);
        titel = `Terugblik: ${kind.woord} in ${wijk.naam}`;
        samenvatting = [`Veel bewoners kwamen naar ${metLidwoord(kind.woord)} in ${wijk.naam}.`, 'Een terugblik met dank aan alle vrijwilligers.'];
        alineas = [`Het was een geslaagde dag. ${kind.zinnen[0]}`, `Dank aan alle vrijwilligers die hielpen. ${r.pick(['Volgend jaar doen we het weer.', 'Heb je ideeën voor de volgende keer? Laat het ons weten.'])}`];
      } else {
        const kind = r.pick(ACTIVITY_KINDS);
        titel = `Nieuw in ${wijk.naam}: ${kind.woord}`;
        samenvatting = [`In ${wijk.naam} is een ${lidwoord(kind.woord) === 'het' ? 'nieuw' : 'nieuwe'} ${kind.woord} begonnen.`, `Je kunt er terecht voor ${kind.wat}.`];
        alineas = [kind.zinnen.slice(0, 2).join(' '), 'Kijk in de agenda wanneer het is. Iedereen is welkom.'];
      }
    }
    const slug = slugs.claim(`${datum}-${slugify(titel, 50)}`);
    const file: Record<string, YamlValue> = {
      titel,
      datum,
      samenvatting: fitSentences(samenvatting, 200),
      ...front,
      auteur: r.pick([`Redactie Wijkwijzer ${GEMEENTE}`, 'Wijkteam', 'Bewonersorganisatie', undefined]),
    };
    ctx.files.push({ path: `nieuws/${slug}.md`, text: toMarkdown(file, alineas.join('\n\n')) });
  }
}
