// Wires each content folder to its schema. The content root is CONTENT_DIR (default ./content).
// No logic here: schemas live in src/schemas, and `npm run check` has validated everything before Astro runs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ActiviteitSchema } from './schemas/activiteit.ts';
import { InitiatiefSchema } from './schemas/initiatief.ts';
import { LocatieSchema } from './schemas/locatie.ts';
import { NieuwsSchema } from './schemas/nieuws.ts';
import { OrganisatieSchema } from './schemas/organisatie.ts';
import { ProjectSchema } from './schemas/project.ts';
import { SiteSchema } from './schemas/site.ts';
import { DoelgroepSchema, ThemaSchema } from './schemas/taxonomie.ts';
import { WijkSchema } from './schemas/wijk.ts';

const root = process.env.CONTENT_DIR ?? './content';

/** Glob loader for one folder; the file name is the slug editors reference, kept exactly. */
const folder = (name: string, markdown: boolean) =>
  glob({
    base: join(root, name),
    pattern: markdown ? '*.{md,mdx}' : '*.{yaml,yml}',
    generateId: ({ entry }) => entry.replace(/\.(mdx?|ya?ml)$/, ''),
  });

export const collections = {
  site: defineCollection({
    loader: {
      name: 'wijkwijzer-site',
      load: async ({ store, parseData }) => {
        const filePath = join(root, 'site.yaml');
        const raw = parse(readFileSync(filePath, 'utf8')) as Record<string, unknown>;
        // No filePath: Astro wants it relative to the project, and content may live in its own repository elsewhere.
        store.set({ id: 'site', data: await parseData({ id: 'site', data: raw }) });
      },
    },
    schema: SiteSchema,
  }),
  wijken: defineCollection({ loader: folder('wijken', false), schema: WijkSchema }),
  locaties: defineCollection({ loader: folder('locaties', false), schema: LocatieSchema }),
  organisaties: defineCollection({ loader: folder('organisaties', false), schema: OrganisatieSchema }),
  themas: defineCollection({ loader: folder('themas', false), schema: ThemaSchema }),
  doelgroepen: defineCollection({ loader: folder('doelgroepen', false), schema: DoelgroepSchema }),
  activiteiten: defineCollection({ loader: folder('activiteiten', true), schema: ActiviteitSchema }),
  initiatieven: defineCollection({ loader: folder('initiatieven', true), schema: InitiatiefSchema }),
  projecten: defineCollection({ loader: folder('projecten', true), schema: ProjectSchema }),
  nieuws: defineCollection({ loader: folder('nieuws', true), schema: NieuwsSchema }),
};
