/** `content/locaties/<slug>.yaml`: a place where activities happen (DESIGN §3.3). */
import { z } from 'zod';
import { EmailSchema, TekstSchema, TelefoonSchema, ToegankelijkheidSchema, WebsiteSchema, ref } from './common.ts';

export const LocatieSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van de plek'),
  adres: TekstSchema.describe('Straat en huisnummer'),
  postcode: z
    .union([z.string(), z.number()])
    .transform((value) => String(value).trim())
    .pipe(z.string().regex(/^[1-9]\d{3} ?[A-Z]{2}$/, { error: (iss) => `"${String(iss.input)}" is geen postcode. Schrijf 1234 AB` }))
    .optional()
    .describe('Postcode, bijvoorbeeld 9736 AB'),
  plaats: TekstSchema.describe('Plaats'),
  wijk: ref('wijken').optional().describe('Wijk waar de plek ligt'),
  coordinaten: z
    .strictObject({
      lat: z.number().min(-90).max(90).describe('Breedtegraad'),
      lon: z.number().min(-180).max(180).describe('Lengtegraad'),
    })
    .optional()
    .describe('Coördinaten voor de link naar OpenStreetMap'),
  toegankelijkheid: ToegankelijkheidSchema.optional(),
  website: WebsiteSchema.optional().describe('Website'),
  telefoon: TelefoonSchema.optional().describe('Telefoonnummer'),
  email: EmailSchema.optional().describe('E-mailadres'),
  beschrijving: TekstSchema.optional().describe('Korte beschrijving van de plek'),
});

export type Locatie = z.output<typeof LocatieSchema>;
