/**
 * The accessibility lint for what editors write (issue 6): link texts that do not say where a link goes, images
 * without a real description, and headings that break the page's structure. Runs on the Markdown body and on
 * `afbeelding_alt` of every entry, inside `npm run check`. Pure; every finding has a line and a Dutch message.
 *
 * Levels, and why:
 * - fout (stops the build): a link with the text "klik hier", "hier" or "klik", or with no text at all (a screen
 *   reader's list of links then says nothing); an image without a description, or with a file name or a bare word
 *   like "foto" as description; a `#` heading (the page already has its one main heading, the title); a heading
 *   that skips a level (## then ####), or an empty one.
 * - waarschuwing (shown, does not stop the build): vague link texts such as "lees meer", "meer info" or "link",
 *   a text that starts with "klik hier …", a web address as link text, and a description that starts with
 *   "foto van" (a screen reader already says it is an image). These are sometimes clear from the sentence around
 *   them, so the editor decides.
 */
import type { ParsedSource } from './source.ts';

export interface LintFinding {
  level: 'fout' | 'waarschuwing';
  /** 1-based line in the file. */
  line: number;
  /** Set for front-matter fields (`afbeelding_alt`). */
  field?: string;
  message: string;
}

/** Link texts that never say where a link goes. */
const FORBIDDEN_LINK_TEXTS = new Set(['klik hier', 'hier', 'klik', 'hier klikken', 'klik op deze link']);

/** Link texts that rarely say enough on their own. */
const VAGUE_LINK_TEXTS = new Set([
  'lees meer',
  'lees verder',
  'meer',
  'verder',
  'meer info',
  'meer informatie',
  'info',
  'informatie',
  'link',
  'deze link',
  'website',
  'deze website',
  'pagina',
  'deze pagina',
  'download',
  'bekijk',
  'bekijk hier',
  'ga verder',
]);

/** Descriptions that say only that there is an image. */
const GENERIC_ALT = /^(afbeelding|foto|plaatje|beeld|illustratie|figuur|image|img|picture|photo|pic|logo|icoon|icon)( ?\d+)?$/;
const FILE_NAME = /\.(jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)$|^(img|dsc|dscn|dcim|pxl|image|foto|photo|screenshot|schermafbeelding|whatsapp image)[\s_-]?\d/;
const STARTS_WITH_IMAGE_WORD = /^(een )?(afbeelding|foto|plaatje|image|picture) (van|met|of)\b/;

/** Lower case, no emphasis marks, no arrows or closing punctuation, single spaces. */
function normalise(text: string): string {
  return text
    .replace(/[*_~`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^[»›>→\s]+/, '')
    .replace(/[\s.:;,!?…»›>→]+$/, '');
}

/** What is wrong with a link text, if anything. */
export function linkTextProblem(text: string): Omit<LintFinding, 'line'> | undefined {
  const plain = normalise(text.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1'));
  if (!plain) {
    return { level: 'fout', message: 'deze link heeft geen tekst. Schrijf tussen [ ] waar de link heen gaat' };
  }
  if (FORBIDDEN_LINK_TEXTS.has(plain)) {
    return {
      level: 'fout',
      message: `de linktekst "${text.trim()}" zegt niet waar de link heen gaat. Schrijf dat in de link zelf, bijvoorbeeld [aanmelden bij De Oude Bieb](…)`,
    };
  }
  if (/^klik hier\b/.test(plain)) {
    return { level: 'waarschuwing', message: `laat "klik hier" weg uit de linktekst "${text.trim()}": de rest zegt waar de link heen gaat` };
  }
  if (VAGUE_LINK_TEXTS.has(plain)) {
    return {
      level: 'waarschuwing',
      message: `de linktekst "${text.trim()}" is vaag. Schrijf waar de link heen gaat, bijvoorbeeld [meer over het Repair Café](…)`,
    };
  }
  if (/^(https?:\/\/|www\.)\S+$/.test(plain)) {
    return {
      level: 'waarschuwing',
      message: 'de linktekst is een webadres. Een schermlezer leest dat letter voor letter voor. Schrijf waar de link heen gaat, bijvoorbeeld [website van De Oude Bieb](https://…)',
    };
  }
  return undefined;
}

/** What is wrong with the description (alt text) of an image, if anything. */
export function altTextProblem(alt: string): Omit<LintFinding, 'line'> | undefined {
  const plain = normalise(alt);
  if (!plain) {
    return { level: 'fout', message: 'deze afbeelding heeft geen beschrijving. Schrijf tussen [ ] wat er op de afbeelding te zien is' };
  }
  if (FILE_NAME.test(plain)) {
    return { level: 'fout', message: `"${alt.trim()}" is een bestandsnaam, geen beschrijving. Schrijf wat er op de afbeelding te zien is` };
  }
  if (GENERIC_ALT.test(plain)) {
    return {
      level: 'fout',
      message: `"${alt.trim()}" zegt niet wat er op de afbeelding staat. Schrijf wat er te zien is, bijvoorbeeld "vrijwilligers zetten koffie in De Oude Bieb"`,
    };
  }
  if (STARTS_WITH_IMAGE_WORD.test(plain)) {
    return { level: 'waarschuwing', message: `begin de beschrijving "${alt.trim()}" niet met "foto van": een schermlezer zegt al dat het een afbeelding is` };
  }
  return undefined;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*(\S+)/;
/** Not a paragraph line (so a following `---` is not a setext heading underline). */
const BLOCK_START = /^ {0,3}([-*+]\s|\d+[.)]\s|>|#|\||<|$)/;

/** Replaces inline code and HTML comments with spaces, so their contents are not read as links. */
function blankCode(line: string): string {
  return line.replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, (m) => ' '.repeat(m.length)).replace(/<!--[\s\S]*?-->/g, (m) => ' '.repeat(m.length));
}

/** A link or image: `[text](url)`, `![alt](src)`, `[text][ref]`, `[text][]`, and `[text]` when `ref` is defined. */
const INLINE = /(!?)\[((?:[^[\]\\]|\\.|!?\[(?:[^[\]\\]|\\.)*\](?:\([^)]*\))?)*)\](?:\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)|\[([^\]]*)\])?/g;
const AUTOLINK = /<(https?:\/\/[^\s<>]+)>/g;
const BARE_URL = /(^|[\s(])(https?:\/\/[^\s<>)]+)/g;

/**
 * Lints one Markdown body: headings, link texts and image descriptions.
 * @example lintBody('# Welkom', 6) // [{ level: 'fout', line: 6, message: 'gebruik ## voor een kop …' }]
 */
export function lintBody(body: string, bodyLine = 1): LintFinding[] {
  const lines = body.split(/\r?\n/);
  const definitions = new Set<string>();
  for (const line of lines) {
    const def = DEFINITION.exec(line);
    if (def) definitions.add(def[1]!.trim().toLowerCase());
  }
  const findings: LintFinding[] = [];
  let fence: string | undefined;
  let inComment = false;
  let level = 1; // the page's own h1 (the title)
  let previousIsParagraph = false;

  const heading = (depth: number, text: string, line: number) => {
    if (!text.trim()) findings.push({ level: 'fout', line, message: 'deze kop is leeg. Schrijf er een tekst achter of haal de # weg' });
    if (depth === 1) {
      findings.push({ level: 'fout', line, message: 'gebruik ## voor een kop: de pagina heeft al een hoofdkop (de titel)' });
    } else if (depth > level + 1) {
      findings.push({
        level: 'fout',
        line,
        message: `deze kop slaat een niveau over: na ${'#'.repeat(level)} komt ${'#'.repeat(level + 1)}, niet ${'#'.repeat(depth)}. Schrijf ${'#'.repeat(level + 1)}`,
      });
    }
    level = Math.min(depth, level + 1);
  };

  lines.forEach((raw, i) => {
    const line = bodyLine + i;
    if (fence) {
      if (raw.trim().startsWith(fence) && /^[`~]+$/.test(raw.trim())) fence = undefined;
      return;
    }
    const open = FENCE.exec(raw);
    if (open) {
      fence = open[1]!;
      previousIsParagraph = false;
      return;
    }
    let text = raw;
    if (inComment) {
      const end = text.indexOf('-->');
      if (end < 0) return;
      text = ' '.repeat(end + 3) + text.slice(end + 3);
      inComment = false;
    }
    text = blankCode(text);
    const commentStart = text.indexOf('<!--');
    if (commentStart >= 0) {
      inComment = true;
      text = text.slice(0, commentStart);
    }
    const atx = ATX.exec(text);
    const setext = SETEXT.exec(text);
    if (atx) {
      heading(atx[1]!.length, atx[2] ?? '', line);
    } else if (setext && previousIsParagraph) {
      heading(setext[1]!.startsWith('=') ? 1 : 2, lines[i - 1] ?? '', line - 1);
    }
    previousIsParagraph = !atx && !BLOCK_START.test(text) && !DEFINITION.test(text);
    if (DEFINITION.test(text)) return;

    for (const m of text.matchAll(INLINE)) {
      const [whole, bang, inner = '', ref] = [m[0], m[1], m[2], m[3]];
      const isReference = ref !== undefined || whole.endsWith(')');
      const shortcut = !isReference && definitions.has(inner.trim().toLowerCase());
      if (!isReference && !shortcut) continue;
      if (ref !== undefined && ref !== '' && !definitions.has(ref.trim().toLowerCase())) continue;
      const problem = bang ? altTextProblem(inner) : linkTextProblem(inner);
      if (problem) findings.push({ ...problem, line });
      // An image inside a link: the image's description is the link text, and it was just checked.
      if (!bang) {
        for (const image of inner.matchAll(/!\[([^\]]*)\]\([^)]*\)/g)) {
          const alt = altTextProblem(image[1] ?? '');
          if (alt && normalise(image[1] ?? '')) findings.push({ ...alt, line });
        }
      }
    }
    const withoutLinks = text.replace(INLINE, (m) => ' '.repeat(m.length));
    for (const m of withoutLinks.matchAll(AUTOLINK)) {
      const problem = linkTextProblem(m[1]!);
      if (problem) findings.push({ ...problem, line });
    }
    for (const m of withoutLinks.replace(AUTOLINK, (x) => ' '.repeat(x.length)).matchAll(BARE_URL)) {
      const problem = linkTextProblem(m[2]!);
      if (problem) findings.push({ ...problem, line });
    }
  });
  return findings;
}

/**
 * Lints an entry: its Markdown body and the `afbeelding_alt` field.
 * @example lintContent(parsed.source) // findings with lines in the file
 */
export function lintContent(source: ParsedSource): LintFinding[] {
  const findings = source.body ? lintBody(source.body, source.bodyLine) : [];
  const data = source.data as Record<string, unknown> | null;
  const alt = data && typeof data === 'object' ? data.afbeelding_alt : undefined;
  if (typeof alt === 'string') {
    const problem = altTextProblem(alt);
    if (problem) findings.push({ ...problem, line: source.lineOf(['afbeelding_alt']) ?? 1, field: 'afbeelding_alt' });
  }
  return findings;
}
