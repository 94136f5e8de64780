/**
 * Building blocks shared by every content schema: dates, times, slugs,
 * references, URLs, contact details and the fixed vocabularies of DESIGN §3.10.
 *
 * Every schema here accepts what an editor writes in YAML and what Astro's
 * js-yaml parser produces from it (js-yaml turns `2026-12-05` into a Date at
 * UTC midnight; we turn it back into the calendar date it was written as).
 */
import { z } from 'zod';
import { classifyUrl, isEmailAddress, showValue } from '../lib/url-safety.ts';

/** Metadata that schema walkers (reference check, CMS config) read. */
export interface WwMeta {
  /** Collections a reference may point at, in order of preference. */
  ref?: readonly CollectionName[];
  /** Short Dutch label for forms; defaults to the field name. */
  label?: string;
}

export type CollectionName =
  | 'wijken'
  | 'locaties'
  | 'organisaties'
  | 'themas'
  | 'doelgroepen'
  | 'activiteiten'
  | 'initiatieven'
  | 'projecten'
  | 'nieuws';

/** Registry for our own field metadata, kept apart from zod's global one. */
export const wwRegistry = z.registry<WwMeta>();

const dateFromYaml = (value: unknown): unknown =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date in the site's time zone, `YYYY-MM-DD`. */
export const DatumSchema = z.preprocess(
  dateFromYaml,
  z
    .string({ error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-12-05' })
    .regex(DATE_PATTERN, { error: 'moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-12-05' })
    .refine(isCalendarDate, {
      error: (iss) => `"${String(iss.input)}" bestaat niet als datum. Controleer dag en maand`,
    }),
);

const TIME = '([01]\\d|2[0-3]):[0-5]\\d';
/** Pattern of a start time with an optional end time, `10:00` or `10:00-12:00`. */
export const TIJD_PATTERN = new RegExp(`^${TIME}(-${TIME})?$`);

/** A start time or a start and end time, `"10:00"` or `"10:00-12:00"` (24 hours). */
export const TijdSchema = z
  .string({ error: 'moet een tijd zijn tussen aanhalingstekens, bijvoorbeeld "10:00-12:00"' })
  .transform((value) => value.replace(/\s+/g, '').replace(/[–—]/g, '-').replace(/\./g, ':'))
  .pipe(
    z
      .string()
      .regex(TIJD_PATTERN, {
        error: (iss) =>
          `"${String(iss.input)}" is geen geldige tijd. Schrijf "10:00" of "10:00-12:00" (24 uur, tussen aanhalingstekens)`,
      })
      .refine((value) => {
        const [start, end] = value.split('-');
        return !end || end > start!;
      }, { error: 'de eindtijd moet na de begintijd liggen' }),
  );

/** A quarter `2020-Q1` or a date `2020-03-15`. */
export const PeriodeSchema = z.preprocess(
  dateFromYaml,
  z
    .string({ error: 'moet een kwartaal (2020-Q1) of een datum (2020-03-15) zijn' })
    .regex(/^\d{4}-(Q[1-4]|\d{2}-\d{2})$/, {
      error: (iss) => `"${String(iss.input)}" is geen kwartaal of datum. Schrijf bijvoorbeeld 2020-Q1 of 2020-03-15`,
    })
    .refine((v) => /Q/.test(v) || isCalendarDate(v), {
      error: (iss) => `"${String(iss.input)}" bestaat niet als datum`,
    }),
);

/** A year (2022) or a period label like "2022-Q3" for indicator measurements. */
export const MeetPeriodeSchema = z.union([
  z.number().int().min(1900).max(2200),
  z.string().regex(/^\d{4}(-(Q[1-4]|H[12]|\d{2}))?$/),
], { error: 'moet een jaar (2022) of een periode (2022-Q3) zijn' });

/** The file name of an entry without extension: lower case letters, digits and hyphens. */
export const SlugSchema = z
  .string({ error: 'moet een naam uit kleine letters, cijfers en streepjes zijn' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: (iss) =>
      `"${String(iss.input)}" is geen geldige verwijzing. Gebruik de bestandsnaam zonder extensie, in kleine letters met streepjes`,
  });

/** A reference to an entry of one of the given collections (checked to exist by the content check). */
export function ref(...collections: CollectionName[]) {
  return SlugSchema.clone().register(wwRegistry, { ref: collections });
}

/** Refusals that are about the kind of link, not about something hidden in it: these keep the plain message. */
const PLAIN_REFUSALS = new Set(['leeg', 'relatief', 'onbekend-schema', 'ongeldig']);

/**
 * A link an editor may publish: `https://…`, `mailto:…` or `tel:…` (src/lib/url-safety.ts decides).
 * `http://` passes, and the content check warns about it (rule in src/lib/check/rules.ts).
 */
export const UrlSchema = z
  .string({ error: 'moet een link zijn die begint met https://, mailto: of tel:' })
  .trim()
  .superRefine((value, ctx) => {
    const result = classifyUrl(value);
    if (result.ok) return;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message:
        PLAIN_REFUSALS.has(result.reason) && result.reason !== 'ongeldig'
          ? `"${showValue(value)}" is geen toegestane link. Gebruik een adres dat begint met https://, mailto: of tel:`
          : result.message,
    });
  });

/** An absolute web address `https://…` (`http://` passes with a warning from the content check). */
export const WebsiteSchema = z
  .string({ error: 'moet een webadres zijn dat begint met https://' })
  .trim()
  .superRefine((value, ctx) => {
    const result = classifyUrl(value);
    if (result.ok && (result.kind === 'https' || result.kind === 'http')) return;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message:
        result.ok || PLAIN_REFUSALS.has(result.reason)
          ? `"${showValue(value)}" is geen geldig webadres. Begin met https://`
          : result.message,
    });
  });

/** An e-mail address, `naam@voorbeeld.nl` (see isEmailAddress). */
export const EmailSchema = z
  .string({ error: 'moet een e-mailadres zijn' })
  .trim()
  .superRefine((value, ctx) => {
    if (isEmailAddress(value)) return;
    const shown = `"${showValue(value)}"`;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message: /^mailto:/i.test(value)
        ? `${shown}: schrijf alleen het e-mailadres, zonder mailto: ervoor`
        : /[<>"']/.test(value)
          ? `${shown} is geen geldig e-mailadres. Haal de haakjes en aanhalingstekens weg, zodat alleen naam@voorbeeld.nl overblijft`
          : `${shown} is geen geldig e-mailadres`,
    });
  });

/** A Dutch phone number: 050 123 4567, 0413-123456, +31 50 123 4567, +31 (0)50 123 4567, 0800 1234 or 14 050. */
export const TelefoonSchema = z
  .union([z.string(), z.number()], { error: 'moet een telefoonnummer zijn, bijvoorbeeld 050 123 4567' })
  .transform((value) => String(value).trim())
  .refine(isDutchPhoneNumber, {
    error: (iss) =>
      `"${showValue(String(iss.input))}" is geen geldig Nederlands telefoonnummer. Schrijf bijvoorbeeld 050 123 4567 of +31 50 123 4567`,
  });

/**
 * True when `value` looks like a Dutch phone number: 10 digits starting with 0, +31 or 0031 with 9
 * digits (a `(0)` after the country code is fine), 0800/0900 numbers, or a municipality's 14 0xx.
 * Only spaces, hyphens, dots and brackets may separate the digits.
 */
export function isDutchPhoneNumber(value: string): boolean {
  if (!/^[+\d(][\d ().-]*$/.test(value)) return false;
  let digits = value.replace(/[ ().-]/g, '');
  if (/^14\d{3}$/.test(digits)) return true; // gemeente number: 14 050
  if (/^0[89]00\d{4,7}$/.test(digits)) return true;
  digits = digits.replace(/^(\+|00)310?(?=[1-9])/, '+31');
  if (/^\+31[1-9]\d{8}$/.test(digits)) return true;
  return /^0[1-9]\d{8}$/.test(digits);
}

/** How to reach a person or team about this entry. */
export const ContactSchema = z
  .strictObject({
    naam: z.string().min(1).optional().describe('Naam van de contactpersoon of het team'),
    email: EmailSchema.optional().describe('E-mailadres'),
    telefoon: TelefoonSchema.optional().describe('Telefoonnummer'),
    toestemming: z
      .boolean()
      .optional()
      .describe('Zet op true als deze persoon toestemming gaf om een persoonlijk nummer of adres te publiceren'),
  })
  .describe('Contactgegevens');

/** Accessibility facts (DESIGN §3.10). */
export const TOEGANKELIJKHEID = [
  'rolstoeltoegankelijk',
  'invalidentoilet',
  'ringleiding',
  'lift',
  'parkeren-dichtbij',
  'prikkelarm',
  'gebarentaal',
  'hulphond-welkom',
] as const;
export const ToegankelijkheidSchema = z
  .array(z.enum(TOEGANKELIJKHEID))
  .describe('Toegankelijkheid: ' + TOEGANKELIJKHEID.join(', '));

export const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export const WeekdagSchema = z.enum(WEEKDAGEN);

/** A non-empty line of text. */
export const TekstSchema = z.string({ error: 'moet tekst zijn' }).trim().min(1, { error: 'mag niet leeg zijn' });

/** An image file next to the content file, with its required alternative text handled by the rules. */
export const AfbeeldingSchema = z
  .string()
  .regex(/^\.{0,2}\/?[\w./-]+\.(jpe?g|png|webp|avif|gif)$/i, {
    error: 'moet een afbeeldingsbestand zijn (.jpg, .png, .webp), bijvoorbeeld ./koffie.jpg',
  });
