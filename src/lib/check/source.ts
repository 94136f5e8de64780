/**
 * Parses a content file (YAML, or Markdown with YAML front matter) into plain
 * data while keeping enough of the YAML syntax tree to point at the line of
 * any field. Uses YAML 1.2 core rules, so `2026-12-05` and `10:00` stay text.
 */
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';

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
  let normalized = text;
  if (normalized.charCodeAt(0) === 0xfeff) normalized = normalized.slice(1);
  if (normalized.includes('\u0000')) {
    return { ok: false, problems: [{ message: 'dit bestand bevat onleesbare tekens (het lijkt geen tekstbestand). Sla het op als gewone tekst (UTF-8)' }] };
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
  const lineCounter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch {
    return { ok: false, problems: [{ message: 'de YAML kan niet gelezen worden. Controleer inspringen, dubbele punten en aanhalingstekens' }] };
  }
  if (doc.errors.length > 0) {
    const seen = new Set<number>();
    const problems: SyntaxProblem[] = [];
    for (const error of doc.errors) {
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
    return { ok: false, problems: [{ message: 'de YAML kan niet gelezen worden (te veel verwijzingen met & en *)' }] };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = doc.contents;
    let line = lineAt((doc.contents as { range?: [number] } | null)?.range?.[0]) ?? 1 + lineOffset;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
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
