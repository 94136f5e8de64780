/** `content/projecten/<slug>.md`: a project or programme (DESIGN §3.8). */
import { z } from 'zod';
import {
  AfbeeldingSchema,
  ContactSchema,
  MeetPeriodeSchema,
  PeriodeSchema,
  TekstSchema,
  WebsiteSchema,
  ref,
} from './common.ts';

export const PROJECT_STATUS = ['voorbereiding', 'uitvoering', 'afgerond', 'geevalueerd', 'gestopt'] as const;
export const NIVEAU = ['laag', 'middel', 'hoog'] as const;
export const TELLINGEN = ['activiteiten-per-week', 'activiteiten-per-maand', 'activiteiten'] as const;

const JaarBedragenSchema = z
  .record(
    z.string().regex(/^\d{4}$/, { error: 'moet een jaartal zijn, bijvoorbeeld 2021' }),
    z.number({ error: 'moet een bedrag in euro zijn (een getal, zonder €-teken)' }),
  )
  .describe('Bedragen per jaar in euro, bijvoorbeeld { 2020: 42000, 2021: 42000 }');

const PersoonRolSchema = z.strictObject({
  naam: TekstSchema.optional().describe('Naam'),
  rol: TekstSchema.optional().describe('Rol'),
  organisatie: ref('organisaties').optional().describe('Organisatie'),
});

export const BegrotingSchema = z
  .strictObject({
    posten: z
      .array(
        z.strictObject({
          post: TekstSchema.describe('Naam van de kostenpost'),
          bedragen: JaarBedragenSchema,
          toelichting: TekstSchema.optional().describe('Toelichting'),
        }),
      )
      .describe('Kostenposten per jaar'),
    dekking: z
      .array(
        z.strictObject({
          bron: TekstSchema.describe('Wie betaalt'),
          bedragen: JaarBedragenSchema,
          status: z.enum(['toegezegd', 'aangevraagd']).optional().describe('toegezegd of aangevraagd'),
        }),
      )
      .optional()
      .describe('Dekking (financiering) per jaar'),
    totaal: JaarBedragenSchema.optional().describe('Totaal per jaar zoals in het plan staat; wordt vergeleken met de posten'),
  })
  .describe('Begroting');

export const IndicatorSchema = z.strictObject({
  naam: TekstSchema.describe('Wat gemeten wordt'),
  eenheid: TekstSchema.optional().describe('Eenheid, bijvoorbeeld % of aantal'),
  streefwaarde: z.number().optional().describe('Doel'),
  richting: z.enum(['hoger', 'lager']).optional().describe('Is hoger of lager beter?'),
  nulmeting: z
    .strictObject({ periode: MeetPeriodeSchema.describe('Periode'), waarde: z.number().describe('Waarde') })
    .optional()
    .describe('Beginwaarde'),
  metingen: z
    .array(z.strictObject({ periode: MeetPeriodeSchema.describe('Periode'), waarde: z.number().describe('Waarde') }))
    .optional()
    .describe('Metingen'),
  bron: TekstSchema.optional().describe('Waar de cijfers vandaan komen'),
  toelichting: TekstSchema.optional().describe('Uitleg'),
  afgeleid: z
    .strictObject({
      telling: z.enum(TELLINGEN).describe('Wat geteld wordt: ' + TELLINGEN.join(', ')),
      locatie: ref('locaties').optional().describe('Alleen activiteiten op deze plek'),
      initiatief: ref('initiatieven').optional().describe('Alleen activiteiten van dit initiatief'),
      thema: ref('themas').optional().describe('Alleen activiteiten met dit thema'),
      wijk: ref('wijken').optional().describe('Alleen activiteiten in deze wijk'),
    })
    .optional()
    .describe('Berekend uit de agenda in plaats van gemeten'),
});

export const ProjectSchema = z.strictObject({
  naam: TekstSchema.describe('Naam van het project'),
  samenvatting: TekstSchema.describe('Tekst voor de website: waar gaat het project over'),
  status: z.enum(PROJECT_STATUS).describe('voorbereiding, uitvoering, afgerond, geevalueerd of gestopt'),
  code: TekstSchema.optional().describe('Projectcode, bijvoorbeeld 4-BL-NPG'),
  wijken: z.array(ref('wijken')).optional().describe('Wijken'),
  themas: z.array(ref('themas')).optional().describe('Thema’s'),
  programma: ref('projecten').optional().describe('Programma waar dit deelproject bij hoort'),
  nummer: z.number().int().min(1).optional().describe('Nummer van het deelproject binnen het programma'),
  periode: z
    .strictObject({ van: PeriodeSchema.describe('Begin'), tot: PeriodeSchema.optional().describe('Einde') })
    .optional()
    .describe('Looptijd, in kwartalen (2020-Q1) of datums'),
  opdrachtgever: PersoonRolSchema.optional().describe('Opdrachtgever'),
  trekker: PersoonRolSchema.optional().describe('Trekker (projectleider)'),
  partners: z
    .array(z.strictObject({ organisatie: ref('organisaties').describe('Organisatie'), rol: TekstSchema.describe('Rol in het project') }))
    .optional()
    .describe('Partners en hun rol'),
  doelen: z.array(TekstSchema).optional().describe('Concrete resultaten'),
  acties: z.array(TekstSchema).optional().describe('Concrete activiteiten'),
  planning: z
    .array(
      z.strictObject({
        fase: TekstSchema.describe('Naam van de fase'),
        van: PeriodeSchema.describe('Begin'),
        tot: PeriodeSchema.optional().describe('Einde'),
        opbrengst: TekstSchema.optional().describe('Wat de fase oplevert'),
      }),
    )
    .optional()
    .describe('Fasen'),
  ambities: z
    .record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.number().min(0).max(100))
    .optional()
    .describe('Punten per ambitie; samen 100'),
  begroting: BegrotingSchema.optional(),
  indicatoren: z.array(IndicatorSchema).optional().describe('Indicatoren'),
  risicos: z
    .array(
      z.strictObject({
        risico: TekstSchema.describe('Wat kan er misgaan'),
        kans: z.enum(NIVEAU).optional().describe('Kans: laag, middel of hoog'),
        impact: z.enum(NIVEAU).optional().describe('Impact: laag, middel of hoog'),
        maatregel: TekstSchema.optional().describe('Wat we eraan doen'),
        eigenaar: TekstSchema.optional().describe('Wie verantwoordelijk is'),
      }),
    )
    .optional()
    .describe('Risico’s'),
  rapportage: z.enum(['maandelijks', 'per-kwartaal', 'halfjaarlijks', 'jaarlijks']).optional().describe('Hoe vaak er gerapporteerd wordt'),
  contact: ContactSchema.optional(),
  website: WebsiteSchema.optional().describe('Website'),
  afbeelding: AfbeeldingSchema.optional().describe('Afbeelding naast dit bestand'),
  afbeelding_alt: TekstSchema.optional().describe('Beschrijving van de afbeelding'),
});

export type Project = z.output<typeof ProjectSchema>;
export type Begroting = z.output<typeof BegrotingSchema>;
export type Indicator = z.output<typeof IndicatorSchema>;
