/**
 * Finds the existing entry a person or a calendar means: a slug, a name
 * ("De Wiershoeck") or, for places, a LOCATION line such as
 * "Wijkcentrum De Wiershoeck, Beijumerweg 12, 9736 AB Groningen, Nederland".
 */
import { suggest } from '../check/suggest.ts';
import { slugify } from '../slug.ts';
import { nameOf, type IndexedEntry } from './content-index.ts';
import { splitList } from './values.ts';

/** The entry found, or why none (or more than one) fits. */
export type Match = { ok: true; slug: string } | { ok: false; reason: 'geen' | 'meerdere'; message: string };

/** Lower case, accents off, every other character a single space. */
export function normalizeText(text: string): string {
  return slugify(text, Number.POSITIVE_INFINITY).replace(/-/g, ' ');
}

const contains = (haystack: string, needle: string) => needle !== '' && ` ${haystack} `.includes(` ${needle} `);

/**
 * Matches a typed value against entries by slug, then by name. Used for
 * references given on the command line or in a spreadsheet (`locatie`,
 * `organisator`, `themas` …).
 */
export function matchByName(text: string, entries: readonly IndexedEntry[], noun: string): Match {
  const value = text.trim();
  const bySlug = entries.find((e) => e.slug === value) ?? entries.find((e) => e.slug === slugify(value));
  if (bySlug) return { ok: true, slug: bySlug.slug };
  const wanted = normalizeText(value);
  const byName = entries.filter((e) => normalizeText(nameOf(e)) === wanted);
  if (byName.length === 1) return { ok: true, slug: byName[0]!.slug };
  if (byName.length > 1) return ambiguous(value, byName, noun);
  return unknown(value, entries, noun);
}

function ambiguous(value: string, found: readonly IndexedEntry[], noun: string): Match {
  return {
    ok: false,
    reason: 'meerdere',
    message: `"${value}" past bij meer dan één ${noun}: ${found.map((e) => e.slug).join(', ')}. Kies één van deze namen`,
  };
}

function unknown(value: string, entries: readonly IndexedEntry[], noun: string): Match {
  const guess = suggest(slugify(value), entries.map((e) => e.slug));
  return {
    ok: false,
    reason: 'geen',
    message: guess ? `"${value}" bestaat niet als ${noun}. Bedoel je "${guess}"?` : `"${value}" bestaat niet als ${noun}`,
  };
}

/**
 * Matches the free LOCATION text of a calendar against the locaties: by slug
 * or name first, then by a name or a street address that occurs in the text.
 * When several places fit, the address counts most, then a full name in the
 * text (the longest wins); a real tie is reported as ambiguous.
 */
export function matchLocation(text: string, locaties: readonly IndexedEntry[]): Match {
  const direct = matchByName(text, locaties, 'locatie');
  if (direct.ok || direct.reason === 'meerdere') return direct;
  const haystack = normalizeText(text);
  const firstPart = normalizeText(text.split(',')[0] ?? '');
  const scored: { entry: IndexedEntry; score: number }[] = [];
  for (const entry of locaties) {
    const naam = normalizeText(nameOf(entry));
    const adres = typeof entry.data.adres === 'string' ? normalizeText(entry.data.adres) : '';
    const nameInText = contains(haystack, naam);
    const textInName = !nameInText && firstPart.length >= 5 && contains(naam, firstPart);
    const byAddress = adres.length >= 5 && contains(haystack, adres);
    if (!nameInText && !textInName && !byAddress) continue;
    // The address counts most; then a full name in the text (the longest wins), then the text inside a name (the closest wins).
    const nameScore = nameInText ? 2 + naam.length / 1000 : textInName ? 1 - naam.length / 1000 : 0;
    scored.push({ entry, score: (byAddress ? 3 : 0) + nameScore });
  }
  if (scored.length === 0) return { ok: false, reason: 'geen', message: `de plek "${text.trim()}" staat niet tussen de locaties` };
  scored.sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[0]!.score === scored[1]!.score) {
    return ambiguous(text.trim(), scored.filter((s) => s.score === scored[0]!.score).map((s) => s.entry), 'locatie');
  }
  return { ok: true, slug: scored[0]!.entry.slug };
}

/**
 * Matches a list typed in one cell ("ontmoeting, Sport en bewegen" or
 * "ontmoeting en gezondheid"): a part that is no name as a whole is tried
 * once more split on " en ".
 */
export function matchList(text: string, entries: readonly IndexedEntry[], noun: string): { ok: true; slugs: string[] } | { ok: false; message: string } {
  const slugs: string[] = [];
  for (const part of splitList(text)) {
    const whole = matchByName(part, entries, noun);
    if (whole.ok) {
      slugs.push(whole.slug);
      continue;
    }
    const pieces = splitList(part, true);
    if (pieces.length === 1) return { ok: false, message: whole.message };
    for (const piece of pieces) {
      const m = matchByName(piece, entries, noun);
      if (!m.ok) return { ok: false, message: whole.message };
      slugs.push(m.slug);
    }
  }
  return { ok: true, slugs: [...new Set(slugs)] };
}
