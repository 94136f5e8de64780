/**
 * The MDX/Markdown lockdown inside the build: the second line of defence behind `npm run check`
 * (./mdx-safety.ts). When the Markdown processor meets a node that content may not contain, the build
 * stops with the same Dutch message, naming file and line.
 *
 * Refused nodes: `mdxjsEsm` (import/export), `mdxFlowExpression` and `mdxTextExpression` (`{…}`),
 * JSX elements that are not in ALLOWED_HTML or REGISTERED_COMPONENTS, JSX attributes with an
 * expression value (`a={…}`) or a spread (`{...x}`), raw `html` with a tag that is not allowed, and
 * links, images and definitions whose target is not `https:`, `mailto:`, `tel:` or a site path.
 *
 * Two ways in, because Astro 7 renders Markdown and MDX with Sätteri by default:
 * - `satteriLockdown`: a Sätteri mdast plugin. Register it in astro.config.mjs:
 *   `import { satteri } from '@astrojs/markdown-satteri';`
 *   `markdown: { processor: satteri({ mdastPlugins: [satteriLockdown] }) }`
 *   (`@astrojs/mdx` inherits `markdown.processor`, so `.md` and `.mdx` are both covered).
 * - `remarkLockdown`: the same as a unified/remark plugin, for `unified({ remarkPlugins: [remarkLockdown] })`.
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALLOWED_HTML, REGISTERED_COMPONENTS, htmlProblems, linkProblem, tagProblem, type Attribute, type LexedTag, type RegisteredComponent } from './mdx-safety.ts';

/** The part of an mdast node the lockdown reads (unist/mdast and Sätteri share these shapes). */
export interface LockdownNode {
  type: string;
  position?: { start?: { line?: number } } | null | undefined;
  children?: readonly LockdownNode[];
  value?: unknown;
  url?: unknown;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
}

/** Thrown when the build meets forbidden content; the message is the Dutch line an editor reads. */
export class LockdownError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockdownError';
    // A content error, not a bug: no stack trace for the editor to wade through (DESIGN §4).
    this.stack = message;
  }
}

const EXPRESSION = (value: unknown) =>
  `In de tekst staat code ({${String(value ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}}). Dat mag niet: een bestand met inhoud mag geen code uitvoeren. Haal de accolades { } weg, of zet er een \\ voor (\\{) als je ze wilt laten zien`;

function jsxToTag(node: LockdownNode): LexedTag {
  const attributes: Attribute[] = (node.attributes ?? []).map((attribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '', kind: 'spread', value: `{${String(attribute.value ?? '')}}` };
    const value = attribute.value;
    if (value === null || value === undefined) return { name: attribute.name ?? '', kind: 'none', value: '' };
    if (typeof value === 'object') return { name: attribute.name ?? '', kind: 'expression', value: `{${String((value as { value?: unknown }).value ?? '')}}` };
    return { name: attribute.name ?? '', kind: 'string', value: String(value) };
  });
  return {
    kind: 'tag',
    closing: false,
    name: node.name ?? '',
    attributes,
    end: 0,
    complete: true,
    selfClosing: true,
    multiline: attributes.some((a) => a.kind === 'string' && /[\n\r]/.test(a.value)),
  };
}

/**
 * Why a node may not be in content (a Dutch sentence), or undefined when it may stay.
 * @example nodeProblem({ type: 'mdxTextExpression', value: 'alert(1)' }) // 'In de tekst staat code ({alert(1)}). …'
 */
export function nodeProblem(node: LockdownNode, components: readonly RegisteredComponent[] = REGISTERED_COMPONENTS): string | undefined {
  switch (node.type) {
    case 'mdxjsEsm': {
      const word = /^\s*(import|export)/.exec(String(node.value ?? ''))?.[1] ?? 'import';
      return `In de tekst staat een regel die begint met "${word}". Dat mag niet: zo'n regel is programmacode. Haal de regel weg of begin de zin met een ander woord`;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return EXPRESSION(node.value);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!node.name) return 'In de tekst staat <> of </>. Dat is programmacode en mag niet. Haal het weg';
      return tagProblem(jsxToTag(node), true, components);
    case 'html':
      return htmlProblems(String(node.value ?? ''), components)[0];
    case 'link':
    case 'image':
    case 'definition': {
      const problem = linkProblem(String(node.url ?? ''));
      return problem?.level === 'fout' ? problem.message : undefined;
    }
    default:
      return undefined;
  }
}

/** Every forbidden node of a tree, with its line; iterative, so deep trees cannot overflow the stack. */
export function lockdownProblems(tree: LockdownNode, components: readonly RegisteredComponent[] = REGISTERED_COMPONENTS): { line?: number; message: string }[] {
  const out: { line?: number; message: string }[] = [];
  const stack: LockdownNode[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const message = nodeProblem(node, components);
    if (message) out.push({ ...(node.position?.start?.line ? { line: node.position.start.line } : {}), message });
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

/** A file path as an editor reads it: relative to the working directory, with forward slashes. */
function displayPath(file: string | URL | undefined): string {
  if (!file) return 'inhoud';
  const path = file instanceof URL || file.startsWith('file:') ? fileURLToPath(file) : file;
  return relative(process.cwd(), path).split('\\').join('/') || path;
}

const line = (file: string, at: number | undefined, message: string) => `${file}${at ? `:${at}` : ''} ${message}`;

/** Throws a LockdownError listing every forbidden node of `tree`; does nothing for clean content. */
export function assertLockdown(tree: LockdownNode, file?: string | URL, components: readonly RegisteredComponent[] = REGISTERED_COMPONENTS): void {
  const problems = lockdownProblems(tree, components);
  if (problems.length === 0) return;
  const shown = displayPath(file);
  throw new LockdownError(problems.map((p) => line(shown, p.line, p.message)).join('\n'));
}

/** remark/unified plugin: `unified({ remarkPlugins: [remarkLockdown] })`. */
export function remarkLockdown() {
  return (tree: LockdownNode, file?: { path?: string; history?: string[] }) => assertLockdown(tree, file?.path ?? file?.history?.[0]);
}

interface SatteriContext {
  readonly fileURL?: URL | undefined;
}

// Sätteri hands us its own mdast node types; we read only the few fields LockdownNode names.
const satteriVisit = (raw: object, ctx: SatteriContext) => {
  const node = raw as LockdownNode;
  const message = nodeProblem(node);
  if (message) throw new LockdownError(line(displayPath(ctx.fileURL), node.position?.start?.line ?? undefined, message));
};

/**
 * Sätteri mdast plugin (Astro 7's default Markdown processor). Register with
 * `satteri({ mdastPlugins: [satteriLockdown] })` as `markdown.processor` in astro.config.mjs.
 */
export const satteriLockdown = {
  name: 'wijkwijzer-lockdown',
  options: { position: true },
  mdxjsEsm: satteriVisit,
  mdxFlowExpression: satteriVisit,
  mdxTextExpression: satteriVisit,
  mdxJsxFlowElement: satteriVisit,
  mdxJsxTextElement: satteriVisit,
  html: satteriVisit,
  link: satteriVisit,
  image: satteriVisit,
  definition: satteriVisit,
} as const;

/** The raw HTML tags content may use, for the editor guide. */
export const ALLOWED_TAGS = Object.keys(ALLOWED_HTML);
