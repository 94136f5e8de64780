/**
 * A small, fast and deterministic YAML writer for generated content files.
 *
 * It writes the house style of the demo content: dates unquoted, times and
 * anything ambiguous in double quotes, short lists and objects in flow style
 * (`[ontmoeting, eenzaamheid]`, `{ van: 2020-Q1, tot: 2021-Q4 }`), the rest in
 * block style. Double-quoted scalars are JSON strings, which YAML 1.2 reads
 * back unchanged. Only plain data: strings, finite numbers, booleans, arrays
 * and plain objects; `undefined` fields are left out.
 */

/** A value the writer accepts. */
export type YamlValue = string | number | boolean | undefined | readonly YamlValue[] | { readonly [key: string]: YamlValue };

type YamlObject = { readonly [key: string]: YamlValue };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUARTER = /^\d{4}-Q[1-4]$/;
/** Other digit-first values that YAML 1.2 and 1.1 both read as text: `2-weken`, `050 123 4567`. */
const DIGIT_TEXT = /^(\d-weken|0\d{2,3}( \d{2,4}){1,3})$/;
/** Text that reads the same as a plain scalar in block context: starts with a letter, no YAML indicators. */
const PLAIN_BLOCK = /^[\p{L}][\p{L}\p{N} .,'’()\-–!?€%/&+@]*$/u;
/** The same, minus the characters that end a scalar inside `[…]` or `{…}`. */
const PLAIN_FLOW = /^[\p{L}][\p{L}\p{N} .'’()\-–!?€%/&+@]*$/u;
/** Words that YAML 1.1 parsers (still used by some tools) read as booleans or null. */
const RESERVED = /^(y|n|yes|no|on|off|true|false|null|nan|inf)$/i;
const KEY = /^([a-z_][a-z0-9_-]*|\d{4})$/;

/** Longest line a flow collection may make before the writer switches to block style. */
const FLOW_WIDTH = 100;

function isPlain(text: string, flow: boolean): boolean {
  if (DATE.test(text) || QUARTER.test(text) || DIGIT_TEXT.test(text)) return true;
  if (text !== text.trim() || RESERVED.test(text)) return false;
  return (flow ? PLAIN_FLOW : PLAIN_BLOCK).test(text);
}

/** One scalar as YAML text. */
export function yamlScalar(value: string | number | boolean, flow = false): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return isPlain(value, flow) ? value : JSON.stringify(value);
}

function isScalar(value: YamlValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function writeKey(key: string): string {
  return KEY.test(key) ? key : JSON.stringify(key);
}

function entries(obj: YamlObject): [string, YamlValue][] {
  return Object.entries(obj).filter(([, v]) => v !== undefined);
}

/** The flow form (`[a, b]` / `{ a: 1 }`) of a value, or undefined when it is too deep. */
function flowForm(value: YamlValue): string | undefined {
  if (isScalar(value)) return yamlScalar(value, true);
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value as readonly YamlValue[]) {
      if (!isScalar(item)) return undefined;
      items.push(yamlScalar(item, true));
    }
    return `[${items.join(', ')}]`;
  }
  const parts: string[] = [];
  for (const [k, v] of entries(value as YamlObject)) {
    const inner = flowForm(v);
    if (inner === undefined) return undefined;
    parts.push(`${writeKey(k)}: ${inner}`);
  }
  return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
}

function writeValue(key: string, value: YamlValue, indent: string, out: string[]): void {
  if (value === undefined) return;
  const head = `${indent}${writeKey(key)}:`;
  if (isScalar(value)) {
    out.push(`${head} ${yamlScalar(value)}`);
    return;
  }
  const flow = flowForm(value);
  if (flow !== undefined && head.length + 1 + flow.length <= FLOW_WIDTH) {
    out.push(`${head} ${flow}`);
    return;
  }
  out.push(head);
  if (Array.isArray(value)) writeSequence(value as readonly YamlValue[], `${indent}  `, out);
  else writeMapping(value as YamlObject, `${indent}  `, out);
}

function writeSequence(list: readonly YamlValue[], indent: string, out: string[]): void {
  if (list.length === 0) {
    out[out.length - 1] += ' []';
    return;
  }
  for (const item of list) {
    if (item === undefined) continue;
    if (isScalar(item)) {
      out.push(`${indent}- ${yamlScalar(item)}`);
      continue;
    }
    const flow = flowForm(item);
    if (flow !== undefined && indent.length + 2 + flow.length <= FLOW_WIDTH) {
      out.push(`${indent}- ${flow}`);
      continue;
    }
    if (Array.isArray(item)) {
      out.push(`${indent}-`);
      writeSequence(item as readonly YamlValue[], `${indent}  `, out);
      continue;
    }
    // A mapping inside a list: the first key shares the line with the dash.
    const start = out.length;
    writeMapping(item as YamlObject, `${indent}  `, out);
    out[start] = `${indent}- ${out[start]!.slice(indent.length + 2)}`;
  }
}

function writeMapping(obj: YamlObject, indent: string, out: string[]): void {
  for (const [k, v] of entries(obj)) writeValue(k, v, indent, out);
}

/** A mapping as a YAML document (no `---`), ending in a newline. */
export function toYaml(obj: YamlObject): string {
  const out: string[] = [];
  writeMapping(obj, '', out);
  return `${out.join('\n')}\n`;
}

/** A Markdown file with YAML front matter and a body. */
export function toMarkdown(frontMatter: YamlObject, body: string): string {
  return `---\n${toYaml(frontMatter)}---\n${body.trimEnd()}\n`;
}
