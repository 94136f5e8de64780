/** The schedule of an activity: one day, a list of days or a recurring pattern (DESIGN §3.6). */
import { z } from 'zod';
import { DatumSchema, TekstSchema, TijdSchema, WeekdagSchema, ref } from './common.ts';

export const WEEK_VAN_DE_MAAND = ['eerste', 'tweede', 'derde', 'vierde', 'laatste'] as const;
export const WeekVanDeMaandSchema = z.enum(WEEK_VAN_DE_MAAND);

export const HerhalingSchema = z
  .strictObject({
    elke: z
      .enum(['week', '2-weken', 'maand', 'dag'])
      .describe('Hoe vaak: week, 2-weken, maand of dag'),
    dagen: z
      .array(WeekdagSchema)
      .min(1, { error: 'noem minstens één weekdag, bijvoorbeeld [dinsdag]' })
      .optional()
      .describe('Op welke weekdagen, bijvoorbeeld [dinsdag] of [maandag, donderdag]'),
    week_van_de_maand: z
      .union([WeekVanDeMaandSchema, z.array(WeekVanDeMaandSchema).min(1)])
      .optional()
      .describe('Alleen bij elke: maand. Welke week: eerste, tweede, derde, vierde of laatste (of een lijst: [tweede, vierde])'),
    tijd: TijdSchema.optional().describe('Begin- en eindtijd, bijvoorbeeld "10:00-12:00"'),
    vanaf: DatumSchema.describe('Eerste datum van de reeks'),
    tot_en_met: DatumSchema.optional().describe('Laatste datum van de reeks (leeg: zo ver als de agenda vooruit kijkt)'),
    behalve: z.array(DatumSchema).optional().describe('Datums waarop het niet doorgaat'),
    feestdagen: z
      .enum(['overslaan', 'doorgaan'])
      .default('overslaan')
      .describe('Op feestdagen: overslaan (standaard) of doorgaan'),
    schoolvakanties: z
      .enum(['overslaan', 'doorgaan'])
      .default('doorgaan')
      .describe('In schoolvakanties: doorgaan (standaard) of overslaan'),
    extra: z.array(DatumSchema).optional().describe('Losse extra datums'),
  })
  .describe('Terugkerend patroon');

/** One day of a `data:` list. */
export const DagSchema = z.strictObject({
  datum: DatumSchema.describe('Datum'),
  tijd: TijdSchema.optional().describe('Begin- en eindtijd, bijvoorbeeld "10:00-12:00"'),
});

/** A change to one occurrence of a recurring activity. */
export const WijzigingSchema = z.strictObject({
  datum: DatumSchema.describe('De datum die verandert (zoals die in het patroon staat)'),
  status: z.enum(['geannuleerd', 'vol']).optional().describe('geannuleerd of vol'),
  toelichting: TekstSchema.optional().describe('Uitleg voor bezoekers, bijvoorbeeld "Kerstvakantie"'),
  tijd: TijdSchema.optional().describe('Andere tijd op deze datum'),
  locatie: ref('locaties').optional().describe('Andere plek op deze datum'),
  nieuwe_datum: DatumSchema.optional().describe('Verplaatst naar deze datum'),
});

export type Herhaling = z.output<typeof HerhalingSchema>;
export type Wijziging = z.output<typeof WijzigingSchema>;
