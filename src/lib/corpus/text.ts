/** Text helpers for the benchmark corpus: slugs, phone numbers, summaries within a length limit. */
import type { Random } from './random.ts';

/** A file slug from a Dutch name: `Taalcafé De Brug` → `taalcafe-de-brug`, cut at a hyphen after `max` characters. */
export function slugify(text: string, max = 60): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Hands out unique slugs: a taken slug gets the first free suffix from `alternatives`, then `-2`, `-3` … */
export class SlugRegistry {
  readonly #taken = new Set<string>();

  /** True when `slug` is already handed out. */
  has(slug: string): boolean {
    return this.#taken.has(slug);
  }

  /** A free slug based on `base`, marked as taken. */
  claim(base: string, alternatives: readonly string[] = []): string {
    const candidates = [base, ...alternatives.map((a) => `${base}-${a}`)];
    for (const c of candidates) {
      if (!this.#taken.has(c)) {
        this.#taken.add(c);
        return c;
      }
    }
    for (let n = 2; ; n++) {
      const c = `${base}-${n}`;
      if (!this.#taken.has(c)) {
        this.#taken.add(c);
        return c;
      }
    }
  }
}

/** Joins sentences until adding the next would pass `max` characters; the first always stays (cut if needed). */
export function fitSentences(sentences: readonly string[], max: number): string {
  let text = '';
  for (const s of sentences) {
    const next = text === '' ? s : `${text} ${s}`;
    if (next.length > max) break;
    text = next;
  }
  if (text === '') {
    const first = sentences[0] ?? '';
    text = first.length <= max ? first : `${first.slice(0, first.lastIndexOf(' ', max - 1))}.`;
  }
  return text;
}

/** First letter upper case. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A Dutch list: `a`, `a en b`, `a, b en c`. */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** A fictional landline number in the area code 050: `050 312 4567` (never an 06-number). */
export function phoneNumber(rng: Random): string {
  return `050 ${rng.int(200, 899)} ${String(rng.int(0, 9999)).padStart(4, '0')}`;
}

/** A number word for small counts in running text. */
export function numberWord(n: number): string {
  return ['nul', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien'][n] ?? String(n);
}

/** The definite article of a word from the activity lists: `het taalcafé`, `de koffieochtend`. */
export function lidwoord(woord: string): 'de' | 'het' {
  return /(café|uur|uurtje|koor|feest|concert|football)$/.test(woord) ? 'het' : 'de';
}

/** A word with its definite article: `het taalcafé`. */
export function metLidwoord(woord: string): string {
  return `${lidwoord(woord)} ${woord}`;
}
