/** `content/activiteiten/<slug>.md`: an activity residents can join (DESIGN §3.6). */
import { z } from 'zod';
import {
  AfbeeldingSchema,
  ContactSchema,
  DatumSchema,
  TekstSchema,
  TijdSchema,
  ToegankelijkheidSchema,
  UrlSchema,
  WebsiteSchema,
  ref,
} from './common.ts';
import { DagSchema, HerhalingSchema, WijzigingSchema } from './herhaling.ts';

export const ACTIVITEIT_STATUS = ['gepland', 'geannuleerd', 'verplaatst', 'vol', 'afgelopen'] as const;

export const KostenSchema = z
  .union(
    [
      z.enum(['gratis', 'vrijwillige-bijdrage']),
      z.strictObject({
        bedrag: z.number().min(0).describe('Bedrag in euro, bijvoorbeeld 2.50'),
        toelichting: TekstSchema.optional().describe('Wat het bedrag omvat'),
      }),
    ],
    { error: 'moet gratis, vrijwillige-bijdrage of { bedrag: 2.50 } zijn' },
  )
  .describe('Kosten: gratis, vrijwillige-bijdrage of { bedrag: 2.50, toelichting: … }');

export const AanmeldenSchema = z
  .strictObject({
    nodig: z.boolean().describe('Moeten mensen zich aanmelden? true of false'),
    via: UrlSchema.optional().describe('Hoe aanmelden: https://…, mailto:… of tel:…'),
    uiterlijk: DatumSchema.optional().describe('Uiterlijke datum om je aan te melden'),
    max_deelnemers: z.number().int().min(1).optional().describe('Maximaal aantal deelnemers'),
  })
  .describe('Aanmelden');

export const ActiviteitSchema = z.strictObject({
  titel: TekstSchema.describe('Naam van de activiteit'),
  samenvatting: TekstSchema.max(200, { error: (iss) => `is te lang (${String(iss.input).length} tekens). Maximaal 200 tekens` }).describe(
    'Eén of twee zinnen over de activiteit (maximaal 200 tekens)',
  ),
  wijk: ref('wijken').optional().describe('Wijk (mag leeg als de locatie een wijk heeft)'),
  wijken: z.array(ref('wijken')).optional().describe('Meerdere wijken'),
  locatie: ref('locaties').optional().describe('Plek van de activiteit'),
  online: WebsiteSchema.optional().describe('Link naar de online bijeenkomst (in plaats van een locatie)'),
  organisator: ref('initiatieven', 'organisaties').optional().describe('Wie organiseert: een organisatie of initiatief'),
  project: ref('projecten').optional().describe('Project waar de activiteit bij hoort'),
  themas: z.array(ref('themas')).optional().describe('Thema’s'),
  doelgroepen: z.array(ref('doelgroepen')).optional().describe('Voor wie'),
  datum: DatumSchema.optional().describe('Datum (voor één dag)'),
  tijd: TijdSchema.optional().describe('Begin- en eindtijd, bijvoorbeeld "10:00-12:00"'),
  einddatum: DatumSchema.optional().describe('Laatste dag, bij een activiteit van meer dagen'),
  data: z.array(DagSchema).min(1).optional().describe('Lijst van losse dagen'),
  herhaling: HerhalingSchema.optional(),
  kosten: KostenSchema.optional(),
  aanmelden: AanmeldenSchema.optional(),
  toegankelijkheid: ToegankelijkheidSchema.optional(),
  status: z.enum(ACTIVITEIT_STATUS).default('gepland').describe('gepland, geannuleerd, verplaatst of vol'),
  status_toelichting: TekstSchema.optional().describe('Waarom geannuleerd, verplaatst of vol'),
  wijzigingen: z.array(WijzigingSchema).optional().describe('Wijzigingen op losse datums van een terugkerende activiteit'),
  hulp_gezocht: TekstSchema.optional().describe('Welke hulp van vrijwilligers wordt gezocht'),
  contact: ContactSchema.optional(),
  afbeelding: AfbeeldingSchema.optional().describe('Afbeelding naast dit bestand, bijvoorbeeld ./koffie.jpg'),
  afbeelding_alt: TekstSchema.optional().describe('Beschrijving van de afbeelding voor wie hem niet kan zien'),
  talen: z
    .array(z.string().regex(/^[a-z]{2,3}$/, { error: 'moet een taalcode zijn zoals nl, en of ar' }))
    .optional()
    .describe('Talen die bij de activiteit gesproken worden, bijvoorbeeld [nl, en]'),
  bron: z
    .strictObject({
      uid: TekstSchema.describe('UID uit de oorspronkelijke agenda'),
      url: WebsiteSchema.optional().describe('Link naar de bron'),
    })
    .optional()
    .describe('Ingevuld door npm run importeer; niet zelf aanpassen'),
});

export type Activiteit = z.output<typeof ActiviteitSchema>;
