/** `content/site.yaml`: the site as a whole (DESIGN §3.1). */
import { z } from 'zod';
import { ContactSchema, TekstSchema, WebsiteSchema } from './common.ts';

const KLEUR = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'moet een kleur zijn als #1a5c8a' });

export const SiteSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van de website, bijvoorbeeld "Wijkwijzer Beijum"'),
  url: WebsiteSchema.describe('Webadres van de site, bijvoorbeeld https://beijum.nl (voor feeds en links)'),
  gemeente: TekstSchema.optional().describe('Gemeente waar de wijken liggen'),
  beschrijving: TekstSchema.optional().describe('Korte tekst voor de voorpagina'),
  taal: z.literal('nl').default('nl').describe('Taal van de site (nl)'),
  tijdzone: z.string().default('Europe/Amsterdam').describe('Tijdzone van alle datums en tijden'),
  horizon_maanden: z
    .number()
    .int()
    .min(1)
    .max(24)
    .default(6)
    .describe('Hoeveel maanden vooruit terugkerende activiteiten in de agenda staan (standaard 6)'),
  schoolvakantie_regio: z
    .enum(['noord', 'midden', 'zuid'])
    .optional()
    .describe('Regio voor schoolvakanties: noord, midden of zuid'),
  contact: ContactSchema.optional().describe('Contact met de redactie van de site'),
  menu: z
    .array(
      z.strictObject({
        tekst: TekstSchema.describe('Tekst van de menu-knop'),
        url: z
          .string()
          .regex(/^(\/[\w\-/]*|https:\/\/\S+)$/, { error: 'moet een pad op de site (/agenda/) of een https-adres zijn' })
          .describe('Pad op de site (/agenda/) of https-adres'),
      }),
    )
    .optional()
    .describe('Menu in de kop van de site'),
  thema: z
    .strictObject({
      primair: KLEUR.optional().describe('Hoofdkleur (knoppen, koppen)'),
      accent: KLEUR.optional().describe('Accentkleur'),
      achtergrond: KLEUR.optional().describe('Achtergrondkleur'),
      tekst: KLEUR.optional().describe('Tekstkleur'),
    })
    .optional()
    .describe('Kleuren van de site (optioneel)'),
  cms: z
    .strictObject({
      backend: z.enum(['github', 'gitlab']).describe('Waar de inhoud staat: github of gitlab'),
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/).describe('Repository, bijvoorbeeld wijkraad/beijum-site'),
      branch: z.string().default('main').describe('Branch (standaard main)'),
    })
    .optional()
    .describe('Instellingen van de webeditor op /admin/'),
});

export type Site = z.output<typeof SiteSchema>;
