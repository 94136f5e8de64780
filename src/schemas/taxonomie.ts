/** `content/themas/<slug>.yaml` and `content/doelgroepen/<slug>.yaml` (DESIGN §3.5). */
import { z } from 'zod';
import { TekstSchema } from './common.ts';

export const ThemaSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van het thema'),
  beschrijving: TekstSchema.optional().describe('Korte uitleg van het thema'),
});

export const DoelgroepSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van de doelgroep'),
  beschrijving: TekstSchema.optional().describe('Korte uitleg: voor wie is dit'),
});

export type Thema = z.output<typeof ThemaSchema>;
export type Doelgroep = z.output<typeof DoelgroepSchema>;
