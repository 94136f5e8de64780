/** `content/organisaties/<slug>.yaml`: an organisation (DESIGN §3.4). */
import { z } from 'zod';
import { EmailSchema, TekstSchema, TelefoonSchema, WebsiteSchema, ref } from './common.ts';

export const ORGANISATIE_SOORTEN = [
  'gemeente',
  'welzijn',
  'zorg',
  'bewonersorganisatie',
  'vereniging',
  'kerk',
  'onderwijs',
  'woningcorporatie',
  'ondernemer',
  'fonds',
  'overig',
] as const;

export const OrganisatieSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van de organisatie'),
  soort: z.enum(ORGANISATIE_SOORTEN).describe('Soort organisatie: ' + ORGANISATIE_SOORTEN.join(', ')),
  website: WebsiteSchema.optional().describe('Website'),
  email: EmailSchema.optional().describe('E-mailadres'),
  telefoon: TelefoonSchema.optional().describe('Telefoonnummer'),
  wijken: z.array(ref('wijken')).optional().describe('Wijken waar de organisatie werkt'),
  beschrijving: TekstSchema.optional().describe('Wat de organisatie doet'),
});

export type Organisatie = z.output<typeof OrganisatieSchema>;
