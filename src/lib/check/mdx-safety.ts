/**
 * The MDX/Markdown lockdown (DESIGN §10, issue 8): the body of an activiteit, initiatief, project or
 * nieuwsbericht may not carry code. Checked here on the raw text, independently of the Markdown
 * processor, and again inside the build by ./remark-lockdown.ts.
 *
 * Refused, in `.md` and `.mdx` alike:
 * - `import`/`export` lines and `{…}` expressions (outside fenced code blocks and plain inline code);
 * - every HTML or JSX tag except the small safe list ALLOWED_HTML (`<br>`, `<abbr title="…">`,
 *   `<sup>`, `<sub>`) and, in `.mdx` only, the site's REGISTERED_COMPONENTS with literal string
 *   attributes; so also `<script>`, `<style>`, `<iframe>`, `<object>`, `<embed>`, inline event
 *   handlers (`onclick=`), attribute expressions (`a={…}`) and spreads (`{...x}`);
 * - links (Markdown links, images, reference definitions, autolinks) whose target is not `https:`,
 *   `mailto:`, `tel:` or a site path; `http:` gives a warning;
 * - HTML comments that are not closed, and in `.mdx` every HTML comment (MDX cannot read them).
 *
 * How strict, and why: a checker that guesses differently from the real parser must only ever
 * guess towards "this is code" (checked), never towards "this is harmless" (skipped). So:
 * - Tags and links are checked everywhere, also inside code blocks and inline code: in a `.md` file a
 *   line like `<sup>` starts a raw HTML block in which backticks and fences mean nothing.
 * - Fenced code blocks are honoured for `{` and `import`/`export` only when every fence in the body
 *   starts at the beginning of a line, outside raw HTML (otherwise no fence is honoured).
 * - Inline code is honoured for `{` only in a paragraph whose backticks pair up line by line and that
 *   contains nothing else that can swallow a backtick (`<`, `[`, `]`, `|`, `:`, `www.`).
 * - A backslash before `{` (`\{`) shows the brace as text in both Markdown and MDX, so it is allowed.
 * Pure and linear in the size of the body (every scan is bounded; at most MAX_FINDINGS per body).
 */
import { classifyUrl, showValue } from '../url-safety.ts';

/** How an attribute value of a registered component is checked: plain text, or a link (see url-safety). */
export type AttributeKind = 'tekst' | 'link';

export interface RegisteredComponent {
  /** Name as editors write it, starting with a capital: `<Vraag>`. */
  name: string;
  /** Attributes it accepts; values are always literal strings in quotes. */
  attributes: Readonly<Record<string, AttributeKind>>;
}

/**
 * The site's own components that `.mdx` content may use. There are none yet.
 *
 * To add one:
 * 1. build it in `src/components/` (it must render safely whatever text it gets);
 * 2. add `{ name: 'Vraag', attributes: { titel: 'tekst', link: 'link' } }` here: the check then
 *    accepts `<Vraag titel="…" link="https://…">…</Vraag>` in `.mdx` files, with literal values only;
 * 3. pass it in the `components` prop where pages render MDX content;
 * 4. describe it in the editor guide.
 * Everything else with a capital (`<Kaart>`, `<Foo.Bar>`) is refused by `npm run check` and by the build.
 */
export const REGISTERED_COMPONENTS: readonly RegisteredComponent[] = [];

/**
 * Raw HTML a body may contain (`.md` and `.mdx`): tag → attributes it may have. Everything else is
 * refused: Markdown itself covers headings, lists, links, emphasis and tables.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = { br: [], abbr: ['title'], sup: [], sub: [] };

const ALLOWED_LIST = '<br>, <abbr title="…">, <sup> en <sub>';

/** Tags that embed other content or documents. */
const EMBEDDING = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'fencedframe', 'webview']);

export interface BodyFinding {
  level: 'fout' | 'waarschuwing';
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface BodyCheckOptions {
  /** True for `.mdx` files: JSX and `{…}` are syntax there, HTML comments and `<https://…>` are errors. */
  mdx: boolean;
  /** File line where the body starts (ParsedSource.bodyLine); defaults to 1. */
  bodyLine?: number;
  /** Registered components; defaults to REGISTERED_COMPONENTS (tests pass their own). */
  components?: readonly RegisteredComponent[];
}

/** More findings than this in one body are summarised in one line. */
export const MAX_FINDINGS = 25;
/** A tag, expression or link longer than this is treated as broken. */
const MAX_CONSTRUCT = 2000;

// ---------------------------------------------------------------------------------------------
// Tags

export interface Attribute {
  name: string;
  /** `string`: "…" or '…'; `unquoted`: a=b (HTML only); `expression`: a={…}; `none`: just a name; `spread`: {...x}. */
  kind: 'string' | 'unquoted' | 'expression' | 'none' | 'spread';
  value: string;
}

export interface LexedTag {
  kind: 'tag';
  closing: boolean;
  name: string;
  attributes: Attribute[];
  /** Index just after the tag (after `>`), or where lexing stopped. */
  end: number;
  /** Whether the tag ended with `>` before anything unreadable. */
  complete: boolean;
  /** Ended with `/>`. */
  selfClosing: boolean;
  multiline: boolean;
}

export type Lexed =
  | LexedTag
  | { kind: 'comment'; end: number; closed: boolean }
  | { kind: 'declaration'; end: number }
  | { kind: 'fragment'; end: number }
  | { kind: 'autolink'; url: string; email: boolean; end: number };

const NAME_START = /[A-Za-z]/;
const NAME_CHAR = /[A-Za-z0-9\-_.:]/;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const ATTRIBUTE_NAME = /[^\s"'<>/={}`]{1,200}/y;
const UNQUOTED_VALUE = /[^\s"'=<>`]{1,2000}/y;

/** Runs a sticky regex at `at`. */
function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** Reads balanced braces from `start` (at `{`); returns the index after the closing brace, or -1. */
function skipBraces(text: string, start: number): number {
  let depth = 0;
  const limit = Math.min(text.length, start + MAX_CONSTRUCT);
  for (let i = start; i < limit; i++) {
    const ch = text[i];
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** HTML comments in `text` in one linear pass: start → end (after `-->`) and whether it was closed. */
export function findComments(text: string): Map<number, { end: number; closed: boolean }> {
  const out = new Map<number, { end: number; closed: boolean }>();
  for (let at = text.indexOf('<!--'); at !== -1; ) {
    const close = text.indexOf('-->', at + 4);
    if (close === -1) {
      out.set(at, { end: text.length, closed: false });
      break;
    }
    out.set(at, { end: close + 3, closed: true });
    at = text.indexOf('<!--', close + 3);
  }
  return out;
}

/**
 * Reads the HTML/JSX construct starting at `text[start] === '<'`: a tag (with its attributes, in a
 * reading generous enough for both HTML and JSX), a comment, a declaration, a fragment or an autolink.
 * Undefined when the `<` is plain text (`a < b`, `<3`). Every read is bounded (MAX_CONSTRUCT).
 */
export function lexAngle(text: string, start: number, comments?: Map<number, { end: number; closed: boolean }>): Lexed | undefined {
  const next = text[start + 1] ?? '';
  if (text.startsWith('<!--', start)) {
    const known = comments?.get(start);
    if (known) return { kind: 'comment', ...known };
    if (comments) return undefined; // a `<!--` inside another comment is just text
    const close = text.indexOf('-->', start + 4);
    return close === -1 ? { kind: 'comment', end: text.length, closed: false } : { kind: 'comment', end: close + 3, closed: true };
  }
  if (next === '!' || next === '?') {
    const close = text.indexOf('>', start);
    return { kind: 'declaration', end: close === -1 || close - start > MAX_CONSTRUCT ? start + 2 : close + 1 };
  }
  if (next === '>') return { kind: 'fragment', end: start + 2 };
  if (next === '/' && text[start + 2] === '>') return { kind: 'fragment', end: start + 3 };
  const closing = next === '/';
  let i = start + (closing ? 2 : 1);
  if (!NAME_START.test(text[i] ?? '')) return undefined;
  if (!closing) {
    const auto = stickyAt(AUTOLINK, text, start);
    if (auto) return { kind: 'autolink', url: auto[1]!, email: false, end: start + auto[0].length };
    const mail = stickyAt(EMAIL_AUTOLINK, text, start);
    if (mail) return { kind: 'autolink', url: `mailto:${mail[1]!}`, email: true, end: start + mail[0].length };
  }
  const nameStart = i;
  while (i < text.length && i - nameStart < 200 && NAME_CHAR.test(text[i]!)) i++;
  const tag: LexedTag = {
    kind: 'tag',
    closing,
    name: text.slice(nameStart, i),
    attributes: [],
    end: i,
    complete: false,
    selfClosing: false,
    multiline: false,
  };
  const limit = Math.min(text.length, start + MAX_CONSTRUCT);
  while (i < limit) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (ch === '\n' || ch === '\r') tag.multiline = true;
      i++;
      continue;
    }
    if (ch === '>') {
      tag.end = i + 1;
      tag.complete = true;
      return tag;
    }
    if (ch === '/' && text[i + 1] === '>') {
      tag.end = i + 2;
      tag.complete = true;
      tag.selfClosing = true;
      return tag;
    }
    if (ch === '{') {
      const end = skipBraces(text, i);
      tag.attributes.push({ name: '', kind: 'spread', value: text.slice(i, end === -1 ? i + 1 : end) });
      if (end === -1) break;
      i = end;
      continue;
    }
    const nameMatch = stickyAt(ATTRIBUTE_NAME, text, i);
    if (!nameMatch) break; // `"`, `<`, `` ` `` or a lone `/` where a name should be: not a readable tag
    const name = nameMatch[0];
    i += name.length;
    let j = i;
    while (j < limit && /[ \t\n\r]/.test(text[j]!)) j++;
    if (text[j] !== '=') {
      tag.attributes.push({ name, kind: 'none', value: '' });
      continue;
    }
    j++;
    while (j < limit && /[ \t\n\r]/.test(text[j]!)) j++;
    const quote = text[j];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, j + 1);
      if (close === -1 || close >= limit) {
        tag.attributes.push({ name, kind: 'string', value: text.slice(j + 1, limit) });
        i = limit;
        break;
      }
      const value = text.slice(j + 1, close);
      if (/[\n\r]/.test(value)) tag.multiline = true;
      tag.attributes.push({ name, kind: 'string', value });
      i = close + 1;
    } else if (quote === '{') {
      const end = skipBraces(text, j);
      tag.attributes.push({ name, kind: 'expression', value: text.slice(j, end === -1 ? j + 1 : end) });
      if (end === -1) {
        i = j + 1;
        break;
      }
      i = end;
    } else {
      const value = stickyAt(UNQUOTED_VALUE, text, j)?.[0] ?? '';
      tag.attributes.push({ name, kind: 'unquoted', value });
      i = j + value.length;
      if (!value) break;
    }
  }
  tag.end = Math.max(tag.end, Math.min(i, text.length));
  return tag;
}

const FORBIDDEN_IN_TEXT_VALUE = /[<>{}`\n\r]/;

/**
 * Why a lexed tag may not be in a body, as a Dutch sentence; undefined when it may.
 * `mdx` decides whether capitalised names are components (MDX) or HTML (Markdown, case-insensitive).
 */
export function tagProblem(tag: LexedTag, mdx: boolean, components: readonly RegisteredComponent[] = REGISTERED_COMPONENTS): string | undefined {
  const shown = `<${tag.closing ? '/' : ''}${showValue(tag.name, 40)}>`;
  const lower = tag.name.toLowerCase();
  const isComponentName = /^[A-Z]/.test(tag.name) || tag.name.includes('.');
  const handler = tag.attributes.find((a) => /^on/i.test(a.name));
  const code = tag.attributes.find((a) => a.kind === 'expression' || a.kind === 'spread');
  const dangerousLink = tag.attributes
    .filter((a) => a.kind === 'string' || a.kind === 'unquoted')
    .map((a) => classifyUrl(a.value.trim(), { relative: true }))
    .find((c) => !c.ok && c.reason === 'gevaarlijk');

  if (lower === 'script') return `In de tekst staat een ${shown}. Dat mag niet: een script kan bezoekers kwaad doen. Haal het weg`;
  if (lower === 'style') return `In de tekst staat een ${shown}. Dat mag niet: de site regelt zelf de opmaak. Haal het weg`;
  if (EMBEDDING.has(lower)) {
    return `In de tekst staat een ${shown}. Dat mag niet: ingesloten inhoud van een andere site kan bezoekers volgen of misleiden. Zet er een gewone link neer: [beschrijving](https://…)`;
  }
  if (handler) {
    return `In de tekst staat ${shown} met ${showValue(handler.name, 30)}=. Dat mag niet: zo'n eigenschap voert code uit. Haal het weg`;
  }
  if (dangerousLink && !dangerousLink.ok) {
    return `In de tekst staat ${shown} met een gevaarlijke link. ${dangerousLink.message}`;
  }

  if (mdx && isComponentName) {
    const component = components.find((c) => c.name === tag.name);
    if (!component) {
      const known = components.length > 0 ? `alleen deze onderdelen mogen: ${components.map((c) => `<${c.name}>`).join(', ')}` : 'de site heeft (nog) geen eigen onderdelen voor in de tekst';
      return `In de tekst staat een onderdeel ${shown} dat de site niet kent. Dat mag niet: ${known}. Haal het weg`;
    }
    if (code) {
      return code.kind === 'spread'
        ? `In de tekst staat code in ${shown} (${showValue(code.value, 30)}). Dat mag niet. Schrijf elke eigenschap uit met een waarde tussen aanhalingstekens`
        : `In de tekst staat code in een eigenschap van ${shown} (${showValue(code.name, 30)}={…}). Dat mag niet: schrijf de waarde tussen aanhalingstekens, bijvoorbeeld ${showValue(code.name, 30)}="…"`;
    }
    return attributeProblems(tag, shown, component.attributes, false);
  }

  if (!mdx && isComponentName && components.some((c) => c.name === tag.name)) {
    return `In de tekst staat het onderdeel ${shown}. Onderdelen werken alleen in een .mdx-bestand. Geef het bestand de extensie .mdx, of haal het onderdeel weg`;
  }
  const allowedName = mdx ? tag.name : lower;
  const allowed = Object.hasOwn(ALLOWED_HTML, allowedName) ? ALLOWED_HTML[allowedName] : undefined;
  if (!allowed) {
    return `In de tekst staat HTML-code (${shown}). Dat mag niet: gebruik gewone Markdown, zoals ## voor een kop, - voor een lijst en [tekst](https://…) voor een link. Alleen ${ALLOWED_LIST} mogen`;
  }
  if (code) {
    return `In de tekst staat code in ${shown} (${showValue(code.kind === 'spread' ? code.value : `${code.name}={…}`, 30)}). Dat mag niet: schrijf een waarde tussen aanhalingstekens`;
  }
  if (tag.closing && tag.attributes.length > 0) return `In de tekst staat ${shown} met iets erachter. Schrijf alleen ${shown}`;
  return attributeProblems(tag, shown, Object.fromEntries(allowed.map((name) => [name, 'tekst' as const])), !mdx);
}

function attributeProblems(
  tag: LexedTag,
  shown: string,
  allowed: Readonly<Record<string, AttributeKind>>,
  caseInsensitive: boolean,
): string | undefined {
  const fix = `Schrijf het op één regel, met waarden tussen aanhalingstekens${Object.keys(allowed).length ? `, bijvoorbeeld <${tag.name} ${Object.keys(allowed)[0]}="…">` : ` en zonder eigenschappen: <${tag.name}>`}`;
  if (!tag.complete) return `In de tekst staat ${shown}, maar de code is niet af of niet te lezen. ${fix}`;
  if (tag.multiline) return `In de tekst staat ${shown} verdeeld over meer regels. ${fix}`;
  const seen = new Set<string>();
  for (const attribute of tag.attributes) {
    const name = caseInsensitive ? attribute.name.toLowerCase() : attribute.name;
    const kind = Object.hasOwn(allowed, name) ? allowed[name] : undefined;
    if (!kind) {
      return `In de tekst staat ${shown} met de eigenschap ${showValue(attribute.name, 30)}. Dat mag niet${Object.keys(allowed).length ? `; alleen ${Object.keys(allowed).join(', ')} mag` : ''}. ${fix}`;
    }
    if (seen.has(name)) return `In de tekst staat ${shown} met ${name} twee keer. Haal er één weg`;
    seen.add(name);
    if (attribute.kind !== 'string') return `In de tekst staat ${shown} met ${attribute.name} zonder aanhalingstekens. ${fix}`;
    if (kind === 'link') {
      const result = classifyUrl(attribute.value, { relative: true });
      if (!result.ok) return `In de tekst staat ${shown} met een link die niet mag. ${result.message}`;
    } else if (FORBIDDEN_IN_TEXT_VALUE.test(attribute.value)) {
      return `In de tekst staat ${shown} met een ${attribute.name} met < > { } of \`. Dat mag niet in een eigenschap. Haal die tekens weg`;
    }
  }
  return undefined;
}

/**
 * Problems in a piece of raw HTML as the Markdown processor hands it over (an `html` node):
 * every tag in it must be allowed. Used by the build-time plugin; comments pass when they hide nothing.
 */
export function htmlProblems(html: string, components: readonly RegisteredComponent[] = REGISTERED_COMPONENTS): string[] {
  const out: string[] = [];
  const comments = findComments(html);
  for (let i = html.indexOf('<'); i !== -1 && out.length < MAX_FINDINGS; i = html.indexOf('<', i + 1)) {
    const lexed = lexAngle(html, i, comments);
    if (!lexed) continue;
    if (lexed.kind === 'tag') {
      const problem = tagProblem(lexed, false, components);
      if (problem) out.push(problem);
    } else if (lexed.kind === 'declaration') {
      out.push('In de tekst staat HTML-code (<!…> of <?…>). Dat mag niet. Haal het weg');
    } else if (lexed.kind === 'comment' && !lexed.closed) {
      out.push(UNCLOSED_COMMENT);
    } else if (lexed.kind === 'autolink') {
      const problem = linkProblem(lexed.url);
      if (problem?.level === 'fout') out.push(problem.message);
    }
  }
  return out;
}

const UNCLOSED_COMMENT =
  'In de tekst begint commentaar (<!--) dat niet eindigt. Alles daarna verdwijnt van de pagina. Sluit het af met --> of haal het weg';

/** A link target from the body (Markdown link, image, definition, autolink): undefined when fine. */
export function linkProblem(url: string): { level: 'fout' | 'waarschuwing'; message: string } | undefined {
  const result = classifyUrl(url, { relative: true });
  if (result.ok) {
    return result.kind === 'http'
      ? { level: 'waarschuwing', message: `In de tekst staat een link met http:// (${showValue(url, 60)}). Gebruik https:// als de site dat heeft` }
      : undefined;
  }
  return { level: 'fout', message: `In de tekst staat een link die niet mag: ${result.message}` };
}

// ---------------------------------------------------------------------------------------------
// The body scan

const FENCE_LIKE = /^[ \t>*+\-0-9.)]*?(`{3,}|~{3,})/;
const FENCE_AT_START = /^(`{3,}|~{3,})(.*)$/;
/** A line that may start raw HTML (an HTML block in Markdown), also inside quotes and list items. */
const RAW_START = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*<[A-Za-z/!?]/;
/** HTML blocks that run until an end marker instead of a blank line (CommonMark types 1 to 5). */
const RAW_UNTIL_MARKER: [RegExp, RegExp][] = [
  [/^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i, /<\/(script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const ESM_LINE = /^ {0,3}(import|export)(?=[\s{*]|$)/;
/** Characters that start constructs able to swallow a backtick (tags, links, tables, URLs, math). */
const SPAN_UNSAFE = /[<[\]|:$]|www\./i;

/**
 * Which lines are inside honoured fenced code blocks (see the module comment). Returns an empty set
 * as soon as the fence structure is not simple, so that then nothing is skipped.
 */
function honouredFenceLines(lines: readonly string[]): Set<number> {
  const inFence = new Set<number>();
  const none = new Set<number>();
  let open: { char: string; length: number } | undefined;
  let raw: RegExp | 'blank' | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (open) {
      inFence.add(n);
      const close = FENCE_AT_START.exec(line);
      if (close) {
        if (close[1]![0] === open.char && close[1]!.length >= open.length && /^[ \t]*$/.test(close[2]!)) open = undefined;
      } else if (FENCE_LIKE.test(line)) {
        return none; // an indented fence line: it may close the block where we would not
      }
      continue;
    }
    if (raw) {
      if (FENCE_LIKE.test(line)) return none; // fence characters inside raw HTML: not a fence in Markdown
      if (raw === 'blank' ? line.trim() === '' : raw.test(line)) raw = undefined;
      continue;
    }
    if (RAW_START.test(line)) {
      const marker = RAW_UNTIL_MARKER.find(([opening]) => opening.test(line));
      if (!marker) raw = 'blank';
      else if (!marker[1].test(line.replace(marker[0], ''))) raw = marker[1];
      continue;
    }
    if (!FENCE_LIKE.test(line)) continue;
    const start = FENCE_AT_START.exec(line);
    if (!start || (start[1]![0] === '`' && start[2]!.includes('`'))) return none;
    open = { char: start[1]![0]!, length: start[1]!.length };
    inFence.add(n);
  }
  return inFence;
}

/** Greedy pairing of backtick runs within one line; undefined when a run stays unpaired or is escaped. */
function pairLine(line: string): [number, number][] | undefined {
  const runs: { at: number; length: number }[] = [];
  for (const m of line.matchAll(/`+/g)) {
    if (m.index > 0 && line[m.index - 1] === '\\') return undefined;
    if (runs.length > 200) return undefined; // no real line has this much inline code
    runs.push({ at: m.index, length: m[0].length });
  }
  const spans: [number, number][] = [];
  for (let r = 0; r < runs.length; r++) {
    const opener = runs[r]!;
    let closer = r + 1;
    while (closer < runs.length && runs[closer]!.length !== opener.length) closer++;
    if (closer >= runs.length) return undefined;
    spans.push([opener.at, runs[closer]!.at + opener.length]);
    r = closer;
  }
  return spans;
}

/**
 * Inline code spans that are certainly code (see the module comment), as line → (start column → end
 * column). A paragraph with any doubt contributes none.
 */
function honouredCodeSpans(lines: readonly string[], fenced: Set<number>): Map<number, Map<number, number>> {
  const spans = new Map<number, Map<number, number>>();
  let paragraph: number[] = [];
  const flush = () => {
    const perLine = paragraph.map((n) => (SPAN_UNSAFE.test(lines[n]!) ? undefined : pairLine(lines[n]!)));
    if (perLine.every((pairs) => pairs !== undefined)) {
      perLine.forEach((pairs, k) => {
        if (pairs!.length > 0) spans.set(paragraph[k]!, new Map(pairs));
      });
    }
    paragraph = [];
  };
  for (let n = 0; n < lines.length; n++) {
    if (fenced.has(n) || lines[n]!.trim() === '') flush();
    else paragraph.push(n);
  }
  flush();
  return spans;
}

/** Characters that do not belong in a link target; a target with them is refused rather than guessed at. */
const ODD_IN_DESTINATION = /[[\]`<>{}"']/;

/** Reads a Markdown link destination after `(` or `:` (skipping whitespace); `end` is where reading stopped. */
function readDestination(text: string, from: number): { url: string; raw: string; at: number; end: number } | undefined {
  let i = from;
  const limit = Math.min(text.length, from + MAX_CONSTRUCT);
  while (i < limit && /[ \t\n]/.test(text[i]!)) i++;
  const at = i;
  if (text[i] === '<') {
    const close = text.indexOf('>', i);
    const newline = text.indexOf('\n', i);
    if (close === -1 || close >= limit || (newline !== -1 && newline < close)) return undefined;
    const raw = text.slice(i + 1, close);
    return { url: unescapeMarkdown(raw), raw, at, end: close + 1 };
  }
  let depth = 0;
  for (; i < limit; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < limit && /[!-/:-@[-`{-~]/.test(text[i + 1]!)) {
      i++;
      continue;
    }
    if (/[ \t\n\r]/.test(ch)) break;
    if (ch === '(') depth++;
    if (ch === ')' && depth-- === 0) break;
  }
  const raw = text.slice(at, i);
  return { url: unescapeMarkdown(raw), raw, at, end: i };
}

const unescapeMarkdown = (value: string) => value.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Reasons a `]: target` is refused; other odd targets are probably prose ("[let op]: zie boven"). */
const DEFINITION_REFUSALS = new Set(['gevaarlijk', 'onzichtbare-tekens', 'codering', 'backslash', 'protocol-relatief', 'onbekend-schema']);

/**
 * Checks one Markdown/MDX body. Lines in the findings are file lines (`bodyLine` + offset).
 * @example checkBody('Hallo {naam}', { mdx: true, bodyLine: 6 })
 * // [{ level: 'fout', line: 6, message: 'In de tekst staat code ({naam}). Dat mag niet: …' }]
 */
export function checkBody(rawBody: string, options: BodyCheckOptions): BodyFinding[] {
  const { mdx } = options;
  const components = options.components ?? REGISTERED_COMPONENTS;
  // CommonMark also ends a line at a lone CR; normalising keeps our lines equal to the parser's.
  const body = rawBody.replace(/\r\n?/g, '\n');
  const lines = body.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  const firstLine = options.bodyLine ?? 1;
  const lineIndex = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const findings: BodyFinding[] = [];
  let overflow = 0;
  // Every report, also a repeated one, costs budget, so that hostile input cannot make the scan slow.
  let budget = MAX_FINDINGS * 8;
  const seen = new Set<string>();
  const comments = findComments(body);
  const commentRanges = [...comments].map(([from, { end }]) => [from, end] as const);
  const add = (level: 'fout' | 'waarschuwing', pos: number, message: string) => {
    budget--;
    const line = firstLine + lineIndex(pos);
    const inComment = commentRanges.some(([from, to]) => pos > from && pos < to);
    const text = inComment ? `${message}. Ook in commentaar (<!-- … -->) mag dit niet` : message;
    const key = `${line}\u0000${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (findings.length >= MAX_FINDINGS) overflow++;
    else findings.push({ level, line, message: text });
  };
  const open = () => budget > 0 && overflow === 0;

  const fenced = honouredFenceLines(lines);
  const spans = honouredCodeSpans(lines, fenced);

  // import/export lines (MDX turns them into code that runs at build time) and `{…}` expressions.
  for (let n = 0; n < lines.length && open(); n++) {
    if (fenced.has(n)) continue;
    const line = lines[n]!;
    const base = lineStarts[n]!;
    const esm = ESM_LINE.exec(line);
    if (esm) {
      add(
        'fout',
        base,
        `In de tekst staat een regel die begint met "${esm[1]}". Dat mag niet: zo'n regel is programmacode. Haal de regel weg of begin de zin met een ander woord`,
      );
    }
    const lineSpans = spans.get(n);
    for (let c = 0; c < line.length && open(); c++) {
      const ch = line[c];
      if (ch === '\\') {
        c++; // `\{` shows a brace as text
        continue;
      }
      const spanEnd = lineSpans?.get(c);
      if (spanEnd !== undefined) {
        c = spanEnd - 1;
        continue;
      }
      if (ch !== '{') continue;
      const end = skipBraces(line, c);
      const inner = line.slice(c + 1, end === -1 ? c + 31 : end - 1).trim();
      add(
        'fout',
        base + c,
        `In de tekst staat code ({${showValue(inner, 30)}}). Dat mag niet: een bestand met inhoud mag geen code uitvoeren. Haal de accolades { } weg, of zet er een \\ voor (\\{) als je ze wilt laten zien`,
      );
      c = end === -1 ? line.length : end - 1; // one report per expression
    }
  }

  // Tags, comments, autolinks: everywhere, also inside code (see the module comment).
  const refusedNames = new Set<string>();
  for (let i = body.indexOf('<'); i !== -1 && open(); i = body.indexOf('<', i + 1)) {
    const lexed = lexAngle(body, i, comments);
    if (!lexed) continue;
    switch (lexed.kind) {
      case 'comment':
        if (!lexed.closed) add('fout', i, UNCLOSED_COMMENT);
        else if (mdx) add('fout', i, 'In de tekst staat commentaar (<!-- … -->). In een .mdx-bestand kan dat niet. Haal het weg');
        break; // the inside is scanned like any other text
      case 'declaration':
        add('fout', i, 'In de tekst staat HTML-code (<!…> of <?…>). Dat mag niet. Haal het weg');
        break;
      case 'fragment':
        if (mdx) add('fout', i, 'In de tekst staat <> of </>. Dat is programmacode en mag niet. Haal het weg');
        break;
      case 'autolink': {
        const problem = linkProblem(lexed.url);
        if (problem) add(problem.level, i, problem.message);
        if (mdx && problem?.level !== 'fout') {
          const target = showValue(lexed.url, 60);
          add('fout', i, `In de tekst staat <${lexed.email ? target.replace(/^mailto:/, '') : target}>. In een .mdx-bestand werkt dat niet. Schrijf [beschrijving](${target})`);
        }
        i = lexed.end - 1;
        break;
      }
      case 'tag': {
        const problem = tagProblem(lexed, mdx, components);
        const key = lexed.name.toLowerCase();
        // A refused opening tag is enough; its closing tag would only repeat the message.
        if (problem && !(lexed.closing && refusedNames.has(key))) add('fout', i, problem);
        if (problem && !lexed.closing) refusedNames.add(key);
        else if (mdx && lexed.name === 'br' && !lexed.selfClosing) {
          add('fout', i, 'In een .mdx-bestand schrijf je een regeleinde als <br />. Zet de schuine streep erbij');
        }
        if (lexed.complete) i = lexed.end - 1;
        break;
      }
    }
  }

  // Markdown links and images `](…)`, and reference definitions `]: …`, also inside code.
  let readUpTo = 0;
  for (const m of body.matchAll(/\]\(|\]:/g)) {
    if (!open()) break;
    if (m.index < readUpTo) continue; // inside the previous target, which had no odd characters
    const destination = readDestination(body, m.index + 2);
    if (!destination) continue;
    readUpTo = destination.end;
    const definition = m[0] === ']:';
    if (definition && destination.raw === '') continue;
    if (ODD_IN_DESTINATION.test(destination.raw) && !(definition && !/[:/]/.test(destination.raw))) {
      add(
        'fout',
        destination.at,
        `In de tekst staat een link met vreemde tekens ("${showValue(destination.raw, 60)}"). Een link mag geen [ ] < > { } \` of aanhalingstekens bevatten. Schrijf de link zoals hij in de adresbalk staat`,
      );
      continue;
    }
    if (definition) {
      const result = classifyUrl(destination.url, { relative: true });
      if (!result.ok && DEFINITION_REFUSALS.has(result.reason)) add('fout', destination.at, `In de tekst staat een link die niet mag: ${result.message}`);
      else if (result.ok && result.kind === 'http') add('waarschuwing', destination.at, linkProblem(destination.url)!.message);
      continue;
    }
    const problem = linkProblem(destination.url);
    if (problem) add(problem.level, destination.at, problem.message);
  }

  if (overflow > 0 || budget <= 0) {
    findings.push({
      level: 'fout',
      line: findings[findings.length - 1]?.line ?? firstLine,
      message: 'Er staan nog meer problemen in de tekst. Los eerst de problemen hierboven op en controleer opnieuw',
    });
  }
  return findings.sort((a, b) => a.line - b.line);
}
