/**
 * Activities from a spreadsheet (CSV) with Dutch column names, one activity
 * per row. The columns are documented in docs/redactie.md and shown in
 * docs/import-sjabloon.csv; values may be typed the way people type them
 * (`5-12-2026`, `10.00-12.00`, `elke 2 weken`, `di en do`, `€ 2,50`).
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { IsoDate } from '../dates.ts';
import { slugify } from '../slug.ts';
import type { ContentIndex } from './content-index.ts';
import { parseCsv } from './csv.ts';
import { matchList, matchLocation } from './match.ts';
import type { ImportItem } from './plan.ts';
import { shorten } from './text.ts';
import {
  parseAanmeldenVia,
  parseDagen,
  parseDatum,
  parseElke,
  parseKosten,
  parseTijdInput,
  parseWeekVanDeMaand,
  splitList,
  type Parsed,
} from './values.ts';

/** The columns a spreadsheet may have, in the order of the template. */
export const CSV_KOLOMMEN = [
  'titel',
  'samenvatting',
  'datum',
  'tijd',
  'einddatum',
  'herhaling',
  'dagen',
  'week_van_de_maand',
  'vanaf',
  'tot_en_met',
  'behalve',
  'extra',
  'locatie',
  'online',
  'wijk',
  'organisator',
  'themas',
  'doelgroepen',
  'kosten',
  'aanmelden_via',
  'contact_naam',
  'contact_email',
  'contact_telefoon',
  'hulp_gezocht',
  'beschrijving',
  'uid',
] as const;

export type CsvKolom = (typeof CSV_KOLOMMEN)[number];

/** Other names people give these columns. */
const ALIASES: Readonly<Record<string, CsvKolom>> = {
  naam: 'titel',
  activiteit: 'titel',
  thema: 'themas',
  doelgroep: 'doelgroepen',
  voor_wie: 'doelgroepen',
  email: 'contact_email',
  e_mail: 'contact_email',
  contact_e_mail: 'contact_email',
  telefoon: 'contact_telefoon',
  contactpersoon: 'contact_naam',
  aanmelden: 'aanmelden_via',
  omschrijving: 'beschrijving',
  tekst: 'beschrijving',
  plek: 'locatie',
  waar: 'locatie',
  week: 'week_van_de_maand',
  tot: 'tot_en_met',
  dag: 'dagen',
  weekdag: 'dagen',
  begindatum: 'vanaf',
  hulp: 'hulp_gezocht',
  id: 'uid',
};

/** The column a header cell means, or undefined. */
export function columnOf(header: string): CsvKolom | undefined {
  const name = slugify(header, Number.POSITIVE_INFINITY).replace(/-/g, '_');
  if ((CSV_KOLOMMEN as readonly string[]).includes(name)) return name as CsvKolom;
  return ALIASES[name];
}

/** Context of a CSV import. */
export interface CsvImportContext {
  index: ContentIndex;
  today: IsoDate;
}

const NOUN: Partial<Record<CollectionName, string>> = { wijken: 'wijk', themas: 'thema', doelgroepen: 'doelgroep', locaties: 'locatie' };

/** Reads CSV text into import items; `problems` are about the file as a whole. */
export function itemsFromCsv(source: string, ctx: CsvImportContext): { items: ImportItem[]; problems: string[] } {
  const rows = parseCsv(source);
  const problems: string[] = [];
  if (rows.length === 0) return { items: [], problems: ['het bestand is leeg'] };
  const [header, ...data] = rows;
  const columns = header!.cells.map(columnOf);
  header!.cells.forEach((cell, i) => {
    if (columns[i] === undefined && cell.trim() !== '') problems.push(`de kolom "${cell.trim()}" kennen we niet; die wordt overgeslagen`);
  });
  if (!columns.includes('titel')) {
    return { items: [], problems: [...problems, 'de kolom "titel" ontbreekt. De eerste regel moet de kolomnamen bevatten, zoals in docs/import-sjabloon.csv'] };
  }
  const items = data.map((row) => {
    const cells: Partial<Record<CsvKolom, string>> = {};
    columns.forEach((column, i) => {
      const value = row.cells[i]?.trim();
      if (column !== undefined && value !== undefined && value !== '') cells[column] = value;
    });
    return itemFromRow(cells, row.line, ctx);
  });
  return { items, problems };
}

function itemFromRow(cells: Partial<Record<CsvKolom, string>>, line: number, ctx: CsvImportContext): ImportItem {
  const titel = cells.titel ?? '';
  const uid = cells.uid ?? `csv:${slugify(titel)}`;
  const label = titel === '' ? `regel ${line}` : `regel ${line} (${titel})`;
  const errors: string[] = [];
  const notes: string[] = [];
  const fields: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = {};
  const take = <T>(column: CsvKolom, parse: (text: string) => Parsed<T>): T | undefined => {
    const text = cells[column];
    if (text === undefined) return undefined;
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    errors.push(`${column}: ${parsed.message}`);
    return undefined;
  };
  const refs = (column: CsvKolom, collections: CollectionName[]): string[] | undefined =>
    take(column, (text) => {
      const m = matchList(text, collections.flatMap((c) => ctx.index.entries.get(c) ?? []), collections.map((c) => NOUN[c] ?? c).join(' of '));
      return m.ok ? { ok: true, value: m.slugs } : m;
    });

  if (titel === '') errors.push('titel: ontbreekt');
  if (cells.samenvatting !== undefined) {
    fields.samenvatting = shorten(cells.samenvatting);
    if (fields.samenvatting !== cells.samenvatting) notes.push('de samenvatting was langer dan 200 tekens en is ingekort');
  } else if (titel !== '') {
    defaults.samenvatting = titel.endsWith('.') ? titel : `${titel}.`;
    notes.push('geen samenvatting; de titel is gebruikt. Schrijf er een betere samenvatting bij');
  }

  // When.
  const elke = take('herhaling', parseElke);
  const datum = take('datum', parseDatum);
  const tijd = take('tijd', parseTijdInput);
  const dateList = (column: CsvKolom) =>
    take(column, (text) => {
      const out: string[] = [];
      for (const part of splitList(text)) {
        const d = parseDatum(part);
        if (!d.ok) return d;
        out.push(d.value);
      }
      return { ok: true, value: out };
    });
  let lastDay: IsoDate | undefined;
  if (elke === undefined && cells.herhaling === undefined) {
    if (datum === undefined && cells.datum === undefined) errors.push('datum: ontbreekt. Vul een datum in, of een herhaling met dagen en vanaf');
    if (datum !== undefined) fields.datum = datum;
    if (tijd !== undefined) fields.tijd = tijd;
    const einddatum = take('einddatum', parseDatum);
    if (einddatum !== undefined) fields.einddatum = einddatum;
    lastDay = einddatum ?? datum;
    for (const column of ['dagen', 'week_van_de_maand', 'vanaf', 'tot_en_met', 'behalve', 'extra'] as const) {
      if (cells[column] !== undefined) notes.push(`de kolom ${column} telt alleen bij een herhaling en is overgeslagen`);
    }
  } else if (elke !== undefined) {
    const herhaling: Record<string, unknown> = { elke };
    const dagen = take('dagen', parseDagen);
    if (dagen !== undefined) herhaling.dagen = dagen;
    else if (elke !== 'dag' && cells.dagen === undefined) errors.push('dagen: ontbreekt. Zeg op welke weekdag, bijvoorbeeld dinsdag');
    const week = take('week_van_de_maand', parseWeekVanDeMaand);
    if (week !== undefined) herhaling.week_van_de_maand = week;
    else if (elke === 'maand' && cells.week_van_de_maand === undefined) errors.push('week_van_de_maand: ontbreekt. Zeg welke week: eerste, tweede, derde, vierde of laatste');
    if (tijd !== undefined) herhaling.tijd = tijd;
    const vanaf = take('vanaf', parseDatum) ?? datum;
    if (vanaf !== undefined) herhaling.vanaf = vanaf;
    else if (cells.vanaf === undefined) errors.push('vanaf: ontbreekt. Zeg vanaf welke datum het terugkomt');
    const tot = take('tot_en_met', parseDatum);
    if (tot !== undefined) herhaling.tot_en_met = tot;
    lastDay = tot;
    const behalve = dateList('behalve');
    if (behalve !== undefined) herhaling.behalve = behalve;
    const extra = dateList('extra');
    if (extra !== undefined) herhaling.extra = extra;
    fields.herhaling = herhaling;
  }
  if (lastDay !== undefined && lastDay < ctx.today && errors.length === 0) {
    return { label, uid, titel, fields, defaults, notes, skip: 'alle datums liggen in het verleden' };
  }

  // Where.
  let unmatchedLocation: string | undefined;
  if (cells.online !== undefined) {
    if (/^https:\/\//i.test(cells.online)) fields.online = cells.online;
    else errors.push(`online: "${cells.online}" is geen link die begint met https://`);
  }
  if (cells.locatie !== undefined) {
    const m = matchLocation(cells.locatie, ctx.index.entries.get('locaties') ?? []);
    if (m.ok) fields.locatie = m.slug;
    else if (m.reason === 'meerdere') errors.push(`locatie: ${m.message}`);
    else unmatchedLocation = cells.locatie;
  }

  // Who and what.
  const wijk = refs('wijk', ['wijken']);
  if (wijk !== undefined) {
    if (wijk.length === 1) fields.wijk = wijk[0];
    else fields.wijken = wijk;
  }
  const organisator = refs('organisator', ['organisaties', 'initiatieven']);
  if (organisator !== undefined) {
    if (organisator.length > 1) errors.push('organisator: noem één organisator');
    else fields.organisator = organisator[0];
  }
  const themas = refs('themas', ['themas']);
  if (themas !== undefined) fields.themas = themas;
  const doelgroepen = refs('doelgroepen', ['doelgroepen']);
  if (doelgroepen !== undefined) fields.doelgroepen = doelgroepen;
  const kosten = take('kosten', parseKosten);
  if (kosten !== undefined) fields.kosten = kosten;
  const via = take('aanmelden_via', parseAanmeldenVia);
  if (via !== undefined) fields.aanmelden = { nodig: true, via };
  const contact: Record<string, string> = {};
  if (cells.contact_naam !== undefined) contact.naam = cells.contact_naam;
  if (cells.contact_email !== undefined) contact.email = cells.contact_email;
  if (cells.contact_telefoon !== undefined) contact.telefoon = cells.contact_telefoon;
  if (Object.keys(contact).length > 0) fields.contact = contact;
  if (cells.hulp_gezocht !== undefined) fields.hulp_gezocht = cells.hulp_gezocht;

  return {
    label,
    uid,
    titel,
    fields,
    defaults,
    ...(cells.beschrijving !== undefined ? { body: cells.beschrijving.replace(/\r\n?/g, '\n') } : {}),
    unmatchedLocation,
    notes,
    ...(errors.length > 0 ? { skip: `deze regel is niet ingelezen: ${errors.join('; ')}` } : {}),
  };
}
