/** `content/initiatieven/<slug>.md`: a resident initiative (DESIGN §3.7). */
import { z } from 'zod';
import { AfbeeldingSchema, ContactSchema, DatumSchema, TekstSchema, WebsiteSchema, ref } from './common.ts';

export const INITIATIEF_STATUS = ['actief', 'in-oprichting', 'gestopt'] as const;

/** A volunteer vacancy: what help is wanted, how much time, whom to contact. */
export const HulpVraagSchema = z.strictObject({
  wat: TekstSchema.describe('Welke hulp wordt gezocht'),
  tijd: TekstSchema.optional().describe('Hoeveel tijd het kost, bijvoorbeeld "2 uur per week"'),
  contact: ContactSchema.optional(),
});

export const InitiatiefSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van het initiatief'),
  samenvatting: TekstSchema.max(200, { error: (iss) => `is te lang (${String(iss.input).length} tekens). Maximaal 200 tekens` }).describe(
    'Eén of twee zinnen over het initiatief (maximaal 200 tekens)',
  ),
  status: z.enum(INITIATIEF_STATUS).describe('actief, in-oprichting of gestopt'),
  wijk: ref('wijken').optional().describe('Wijk'),
  wijken: z.array(ref('wijken')).optional().describe('Meerdere wijken'),
  themas: z.array(ref('themas')).optional().describe('Thema’s'),
  doelgroepen: z.array(ref('doelgroepen')).optional().describe('Voor wie'),
  sinds: z
    .union([z.number().int().min(1900).max(2200), DatumSchema], { error: 'moet een jaartal (2019) of een datum zijn' })
    .optional()
    .describe('Sinds wanneer: een jaartal of een datum'),
  organisatie: ref('organisaties').optional().describe('Organisatie achter het initiatief'),
  contact: ContactSchema.optional(),
  website: WebsiteSchema.optional().describe('Website'),
  financiering: z.array(TekstSchema).optional().describe('Hoe het betaald wordt, bijvoorbeeld [wijkbudget]'),
  hulp_gezocht: z.array(HulpVraagSchema).optional().describe('Vrijwilligers gezocht'),
  project: ref('projecten').optional().describe('Project waar het initiatief bij hoort'),
  afbeelding: AfbeeldingSchema.optional().describe('Afbeelding naast dit bestand'),
  afbeelding_alt: TekstSchema.optional().describe('Beschrijving van de afbeelding'),
});

export type Initiatief = z.output<typeof InitiatiefSchema>;
export type HulpVraag = z.output<typeof HulpVraagSchema>;
