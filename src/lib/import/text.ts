/**
 * Text from calendars and spreadsheets made fit for a content file: HTML
 * descriptions (Google Calendar writes `<br>` and `<b>`) to plain Markdown,
 * a `samenvatting` of at most 200 characters, and titles without the
 * "Gaat niet door:" prefixes that feeds add.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X')) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Plain text with Markdown links from a description that may contain HTML.
 * Paragraphs are separated by one empty line.
 *
 * @example htmlToText('Koffie<br><br><b>Gratis</b>') // 'Koffie\n\nGratis'
 */
export function htmlToText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n');
  if (/<[a-z/][^>]*>/i.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/<\/(p|div|h\d|ul|ol)>/gi, '\n\n')
      .replace(/<li[^>]*>/gi, '\n- ')
      .replace(/<a\s[^>]*href="(https:\/\/[^"]+|mailto:[^"]+)"[^>]*>(.*?)<\/a>/gis, (_all, href: string, label: string) => {
        const plain = label.replace(/<[^>]+>/g, '').trim();
        return plain === '' || plain === href ? href : `[${plain}](${href})`;
      })
      .replace(/<[^>]+>/g, '');
  }
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first non-empty line of a text. */
export function firstLine(text: string): string {
  return (
    htmlToText(text)
      .split('\n')
      .find((line) => line.trim() !== '') ?? ''
  ).trim();
}

/** The status a title prefix announces ("Vol: Kerstdiner" → vol), as Dutch feeds and this site's own feed write them. */
export function titleStatus(title: string): 'geannuleerd' | 'vol' | 'verplaatst' | undefined {
  const m = /^(gaat niet door|geannuleerd|afgelast|verplaatst|vol)\s*:/i.exec(title.trim());
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return word === 'vol' ? 'vol' : word === 'verplaatst' ? 'verplaatst' : 'geannuleerd';
}

/**
 * The explanation in a description that starts with a status line
 * ("Vol: er is geen plek meer. Bel ons." → "Bel ons."), or undefined.
 */
export function statusNote(description: string | undefined): string | undefined {
  if (description === undefined) return undefined;
  const line = firstLine(description)
    .replace(/^(gaat niet door|geannuleerd|afgelast|verplaatst|vol)\b[.:!]?\s*/i, '')
    .replace(/^er is geen plek meer\.\s*/i, '')
    .replace(/^eerst gepland op [^.]*\.\s*/i, '')
    .trim();
  return line === '' ? undefined : shorten(line);
}

/** True when the first line of a description is only about the status (the site's own feed writes one). */
export function startsWithStatusLine(description: string): boolean {
  return /^(gaat niet door|vol: er is geen plek meer|verplaatst)\b/i.test(firstLine(description));
}

/** A title without a status prefix such as "Gaat niet door: " or "Vol: ". */
export function stripStatusPrefix(title: string): string {
  return title.replace(/^(gaat niet door|geannuleerd|afgelast|verplaatst|vol)\s*:\s*/i, '').trim();
}

/** Cuts text to at most `max` characters: whole sentences if possible, else whole words with " …". */
export function shorten(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const sentences = clean.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > max) break;
    out += sentence;
  }
  if (out.trim().length >= 40) return out.trim();
  return `${clean.slice(0, max - 2).replace(/\s+\S*$/, '')} …`;
}

/**
 * Splits a description into a `samenvatting` (its first line, shortened to
 * 200 characters) and a Markdown body (the whole text, one paragraph per
 * line), leaving the body empty when it would only repeat the summary.
 */
export function splitDescription(description: string | undefined): { samenvatting?: string; body: string } {
  if (description === undefined) return { body: '' };
  const text = htmlToText(description);
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return { body: '' };
  const samenvatting = shorten(lines[0]!);
  // The page shows the summary above the body: do not repeat it.
  const rest = samenvatting === lines[0] ? lines.slice(1) : lines;
  const body = rest.map(escapeMarkdownLine).join('\n\n');
  return { samenvatting, body };
}

/** Keeps a line of imported text from becoming a heading, a front-matter fence or raw HTML. */
function escapeMarkdownLine(line: string): string {
  return line.replace(/^(#|---|<)/, '\\$1');
}
