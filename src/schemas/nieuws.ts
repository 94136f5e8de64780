/** `content/nieuws/<slug>.md`: news and progress updates (DESIGN §3.9). */
import { z } from 'zod';
import { AfbeeldingSchema, DatumSchema, TekstSchema, ref } from './common.ts';

export const NieuwsSchema = z.strictObject({
  titel: TekstSchema.describe('Kop van het bericht'),
  datum: DatumSchema.describe('Datum van het bericht'),
  samenvatting: TekstSchema.max(300, { error: 'is te lang. Maximaal 300 tekens' }).describe('Korte samenvatting'),
  wijken: z.array(ref('wijken')).optional().describe('Wijken'),
  project: ref('projecten').optional().describe('Project waar het bericht over gaat'),
  initiatief: ref('initiatieven').optional().describe('Initiatief waar het bericht over gaat'),
  auteur: TekstSchema.optional().describe('Schrijver'),
  afbeelding: AfbeeldingSchema.optional().describe('Afbeelding naast dit bestand'),
  afbeelding_alt: TekstSchema.optional().describe('Beschrijving van de afbeelding'),
});

export type Nieuws = z.output<typeof NieuwsSchema>;
