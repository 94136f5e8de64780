/**
 * Parses a content file (YAML, or Markdown with YAML front matter) into plain
 * data while keeping enough of the YAML syntax tree to point at the line of
 * any field. Uses YAML 1.2 core rules, so `2026-12-05` and `10:00` stay text.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';

export interface ParsedSource {
  data: unknown;
  /** Markdown body after the front matter ('' for YAML files). */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** Line of `path` (the key when it exists, else the nearest parent); 1-based. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface SyntaxProblem {
  line?: number;
  message: string;
}

/** Longer texts are refused before parsing (the reader also refuses files over 2 MB). */
export const MAX_TEXT_LENGTH = 2 * 1024 * 1024;
/**
 * Longer YAML (a whole YAML file, or the front matter of a Markdown file) is refused before parsing:
 * the YAML parser needs about a second for 300 kB of keys, and real content is a few kB.
 */
export const MAX_YAML_LENGTH = 128 * 1024;

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/** Splits `---` front matter from a Markdown file. Returns undefined when there is none. */
export function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  if (!text.startsWith('---')) return undefined;
  const match = FRONT_MATTER.exec(text);
  if (!match || match.index !== 0) return undefined;
  const yaml = match[1] ?? '';
  const consumed = match[0];
  const bodyLine = consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1);
  return { yaml, body: text.slice(consumed.length), bodyLine };
}

/** Explains a YAML parser error in Dutch, keeping the part of the parser's text that helps. */
function explainYamlError(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'dit veld staat er twee keer in. Haal één van de twee weg';
    case 'TOO_MANY_NODES':
      return `dit bestand heeft te veel velden en lijstregels (meer dan ${MAX_NODES}). Splits het op in meer bestanden`;
    case 'TOO_DEEP':
      return `de gegevens zijn te diep genest (meer dan ${MAX_DEPTH} niveaus). Controleer het inspringen`;
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return 'de YAML klopt niet: controleer het inspringen (spaties, geen tabs) en de dubbele punten';
    case 'TAB_AS_INDENT':
      return 'gebruik spaties om in te springen, geen tabs';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'de YAML klopt niet. Staat er in een tekst een dubbele punt met een spatie erna? Zet de tekst dan tussen aanhalingstekens ("…"). Of controleer het inspringen van de regel eronder';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'de YAML klopt niet: waarschijnlijk mist er een dubbele punt of is een regel verkeerd ingesprongen';
    case 'BAD_SCALAR_START':
      return 'een waarde begint met een teken dat in YAML iets betekent (zoals @, ` of %). Zet de tekst tussen aanhalingstekens';
    default:
      return 'de YAML klopt niet. Controleer inspringen, dubbele punten en aanhalingstekens';
  }
}

/**
 * Parses one content file. `markdown` files need front matter; YAML files are parsed whole.
 * Returns either the parsed source or the syntax problems (with lines).
 */
export function parseSource(text: string, markdown: boolean): { ok: true; source: ParsedSource } | { ok: false; problems: SyntaxProblem[] } {
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, problems: [{ line: 1, message: 'dit bestand is groter dan 2 MB. Maak het kleiner of splits het op' }] };
  }
  let normalized = text;
  if (normalized.charCodeAt(0) === 0xfeff) normalized = normalized.slice(1);
  // NUL bytes and U+FFFD (what a decoder makes of bytes that are not UTF-8) mean: not a text file.
  const unreadable = /[\u0000\ufffd]/.exec(normalized);
  if (unreadable) {
    const line = normalized.slice(0, unreadable.index).split('\n').length;
    return {
      ok: false,
      problems: [{ line, message: 'dit bestand bevat onleesbare tekens (het lijkt geen tekstbestand). Sla het op als gewone tekst (UTF-8)' }],
    };
  }
  let yamlText = normalized;
  let body = '';
  let bodyLine = 1;
  let lineOffset = 0;
  if (markdown) {
    const split = splitFrontMatter(normalized);
    if (!split) {
      return {
        ok: false,
        problems: [{ line: 1, message: 'de gegevens bovenaan ontbreken. Begin het bestand met een regel ---, dan de velden, dan weer een regel ---' }],
      };
    }
    yamlText = split.yaml;
    body = split.body;
    bodyLine = split.bodyLine;
    lineOffset = 1;
  }
  if (yamlText.length > MAX_YAML_LENGTH) {
    return {
      ok: false,
      problems: [
        {
          line: 1,
          message: markdown
            ? 'de gegevens bovenaan zijn groter dan 128 kB. Zet lange tekst onder de tweede regel --- (in de tekst), of splits het bestand op'
            : 'dit bestand is groter dan 128 kB. Splits het op in meer bestanden',
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    // Duplicate keys are found by structureErrors below: the parser's own check is quadratic in
    // the number of keys (100,000 keys took minutes), ours is linear.
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: false, prettyErrors: false });
  } catch {
    return { ok: false, problems: [{ line: 1 + lineOffset, message: 'de YAML kan niet gelezen worden. Controleer inspringen, dubbele punten en aanhalingstekens' }] };
  }
  const errors = doc.errors.length > 0 ? doc.errors : structureErrors(doc);
  if (errors.length > 0) {
    const seen = new Set<number>();
    const problems: SyntaxProblem[] = [];
    for (const error of errors) {
      const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
      if (seen.has(line)) continue;
      seen.add(line);
      problems.push({ line, message: explainYamlError(error.code) });
    }
    return { ok: false, problems };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { ok: false, problems: [{ line: 1 + lineOffset, message: 'de YAML kan niet gelezen worden (te veel verwijzingen met & en *, of te diep genest)' }] };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  // Key → pair per map, built on first use, so that looking up many fields stays linear.
  const index = new WeakMap<object, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, key: string): Pair | undefined => {
    let keys = index.get(map);
    if (!keys) {
      keys = new Map();
      for (const item of map.items) {
        if (isPair(item) && isScalar(item.key) && !keys.has(String(item.key.value))) keys.set(String(item.key.value), item);
      }
      index.set(map, keys);
    }
    return keys.get(key);
  };
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = lineAt((doc.contents as { range?: [number] } | null)?.range?.[0]) ?? 1 + lineOffset;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = pairOf(node, String(segment));
        if (!pair) return line;
        line = lineAt((pair.key as { range?: [number] }).range?.[0]) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as { range?: [number] } | undefined;
        if (!item) return line;
        line = lineAt(item.range?.[0]) ?? line;
        node = item;
      } else {
        return line;
      }
    }
    return line;
  };
  return { ok: true, source: { data, body, bodyLine, lineOf } };
}

/** More YAML nodes than this in one file is not content but an attack (or a mistake): refused before validation. */
export const MAX_NODES = 5000;
/** Deeper nesting than this is refused (real content is at most six levels deep). */
export const MAX_DEPTH = 64;

/**
 * Structural problems the parser does not report cheaply: duplicate keys in any map (one error per
 * repeated key), too many nodes, too deep nesting. Linear in the size of the document.
 */
function structureErrors(doc: Document): { code: string; pos: [number, number] }[] {
  const out: { code: string; pos: [number, number] }[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  let count = 0;
  while (stack.length > 0 && out.length < 100) {
    const { node, depth } = stack.pop()!;
    const start = (node as { range?: [number] } | null)?.range?.[0] ?? 0;
    if (depth > MAX_DEPTH) return [{ code: 'TOO_DEEP', pos: [start, start] }];
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const item of node.items) {
        if (++count > MAX_NODES) return [{ code: 'TOO_MANY_NODES', pos: [0, 0] }];
        if (isScalar(item.key)) {
          const key = String(item.key.value);
          const at = item.key.range?.[0] ?? 0;
          if (seen.has(key)) out.push({ code: 'DUPLICATE_KEY', pos: [at, at] });
          seen.add(key);
        }
        stack.push({ node: item.value, depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (++count > MAX_NODES) return [{ code: 'TOO_MANY_NODES', pos: [0, 0] }];
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return out.sort((a, b) => a.pos[0] - b.pos[0]);
}
