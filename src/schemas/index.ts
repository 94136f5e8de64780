/** The collections of a Wijkwijzer content folder: where they live and which schema checks them. */
import type { z } from 'zod';
import type { CollectionName } from './common.ts';
import { ActiviteitSchema } from './activiteit.ts';
import { InitiatiefSchema } from './initiatief.ts';
import { LocatieSchema } from './locatie.ts';
import { NieuwsSchema } from './nieuws.ts';
import { OrganisatieSchema } from './organisatie.ts';
import { ProjectSchema } from './project.ts';
import { DoelgroepSchema, ThemaSchema } from './taxonomie.ts';
import { WijkSchema } from './wijk.ts';

export interface CollectionDef {
  /** Folder under the content root. */
  name: CollectionName;
  /** File extensions editors may use. */
  extensions: readonly string[];
  /** Whether files are Markdown with front matter (else plain YAML). */
  markdown: boolean;
  schema: z.ZodType;
  /** Dutch singular noun for messages and the scaffold command. */
  label: string;
}

export const COLLECTIONS: readonly CollectionDef[] = [
  { name: 'wijken', extensions: ['.yaml', '.yml'], markdown: false, schema: WijkSchema, label: 'wijk' },
  { name: 'locaties', extensions: ['.yaml', '.yml'], markdown: false, schema: LocatieSchema, label: 'locatie' },
  { name: 'organisaties', extensions: ['.yaml', '.yml'], markdown: false, schema: OrganisatieSchema, label: 'organisatie' },
  { name: 'themas', extensions: ['.yaml', '.yml'], markdown: false, schema: ThemaSchema, label: 'thema' },
  { name: 'doelgroepen', extensions: ['.yaml', '.yml'], markdown: false, schema: DoelgroepSchema, label: 'doelgroep' },
  { name: 'activiteiten', extensions: ['.md', '.mdx'], markdown: true, schema: ActiviteitSchema, label: 'activiteit' },
  { name: 'initiatieven', extensions: ['.md', '.mdx'], markdown: true, schema: InitiatiefSchema, label: 'initiatief' },
  { name: 'projecten', extensions: ['.md', '.mdx'], markdown: true, schema: ProjectSchema, label: 'project' },
  { name: 'nieuws', extensions: ['.md', '.mdx'], markdown: true, schema: NieuwsSchema, label: 'nieuwsbericht' },
];

/** The Dutch singular noun of a collection, for messages: `locaties` → `locatie`. */
export function collectionLabel(name: CollectionName): string {
  return COLLECTIONS.find((c) => c.name === name)?.label ?? name;
}

export { SiteSchema } from './site.ts';
export * from './common.ts';
