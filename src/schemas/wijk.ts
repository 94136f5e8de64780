/** `content/wijken/<slug>.yaml`: a neighbourhood (DESIGN §3.2). */
import { z } from 'zod';
import { EmailSchema, TekstSchema, TelefoonSchema } from './common.ts';

export const ContactpersoonSchema = z.strictObject({
  naam: TekstSchema.describe('Naam'),
  rol: TekstSchema.optional().describe('Rol, bijvoorbeeld wijkondersteuner'),
  email: EmailSchema.optional().describe('E-mailadres'),
  telefoon: TelefoonSchema.optional().describe('Telefoonnummer'),
  toestemming: z.boolean().optional().describe('true als deze persoon toestemming gaf om persoonlijke gegevens te publiceren'),
});

export const WijkSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van de wijk'),
  gemeente: TekstSchema.optional().describe('Gemeente'),
  gebied: TekstSchema.optional().describe('Groter gebied waar de wijk bij hoort, bijvoorbeeld Oost'),
  beschrijving: TekstSchema.optional().describe('Korte beschrijving van de wijk'),
  postcodes: z
    .array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().regex(/^\d{4}$/, { error: 'moet een postcodegebied van 4 cijfers zijn' })))
    .optional()
    .describe('Postcodegebieden (4 cijfers)'),
  contactpersonen: z.array(ContactpersoonSchema).optional().describe('Contactpersonen voor de wijk, zoals de wijkondersteuner'),
});

export type Wijk = z.output<typeof WijkSchema>;
