/**
 * Dutch-aware slugs: the file name of a new entry, made from its title.
 * `Café 't Hoekje & de Buren` becomes `cafe-t-hoekje-en-de-buren`.
 */

/** Letters that Unicode normalisation does not reduce to ASCII. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  '€': ' euro ',
  '+': ' plus ',
  '&': ' en ',
};

/** Default maximum length; long titles are cut at a word boundary. */
export const SLUG_MAX_LENGTH = 60;

/**
 * Turns a title into a slug: lower case ASCII letters, digits and single
 * hyphens. Accents are dropped (é → e, ë → e, ï → i), the Dutch "ij" (also the
 * ligature ĳ) stays "ij", `&` becomes "en", apostrophes disappear and every
 * other character separates words. Long slugs are cut at a word boundary.
 * Returns '' when nothing usable is left.
 *
 * @example slugify("Café 't Hoekje & de Buren") // 'cafe-t-hoekje-en-de-buren'
 * @example slugify('Ĳsselmeer-ijsbaan 55+') // 'ijsselmeer-ijsbaan-55-plus'
 */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const lowered = text.toLowerCase();
  let spelled = '';
  for (const char of lowered) spelled += SPECIAL[char] ?? char;
  const ascii = spelled
    // NFKD splits accents off their letters and the ĳ ligature into "ij".
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    // Apostrophes join: "kinder's" → "kinders", "'s-Hertogenbosch" → "s-hertogenbosch".
    .replace(/['’‘`´ʼ]/g, '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cutAtWord(slug, maxLength);
}

function cutAtWord(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  // A single word longer than the limit is cut hard.
  const short = boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength);
  return short.replace(/-+$/, '');
}

/**
 * The first of `base`, `base-2`, `base-3` … that is not taken.
 *
 * @example uniqueSlug('koffie', (s) => s === 'koffie') // 'koffie-2'
 */
export function uniqueSlug(base: string, isTaken: (slug: string) => boolean): string {
  if (!isTaken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!isTaken(candidate)) return candidate;
  }
}
