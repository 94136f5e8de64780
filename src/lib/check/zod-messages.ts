/**
 * Turns zod issues into Dutch sentences an editor can act on: what is wrong
 * and what to write instead, with a did-you-mean where a list of valid words
 * is known. Messages set on a schema itself (`{ error }`) win over these.
 */
import type { z } from 'zod';
import { descriptionOf, enumValues, schemaAt, shapeOf } from '../schema-walk.ts';
import { WEEKDAGEN } from '../../schemas/common.ts';
import { formatFieldPath, type Problem } from './problems.ts';
import { suggest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Message zod gets for every issue whose schema has no Dutch message of its own; see `parseOptions`. */
export const DEFAULT_MARKER = '\u0001';

/** Options for `safeParse` so that our own messages can be told apart from zod's defaults. */
export const parseOptions = { error: () => DEFAULT_MARKER, reportInput: true } as const;

const TYPE_NL: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een heel getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een groep velden',
  record: 'een groep velden',
  date: 'een datum',
};

function describeValue(value: unknown): string {
  if (value === null) return 'leeg';
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een groep velden';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

function vocabularyNoun(values: readonly string[]): string {
  if (values.length === WEEKDAGEN.length && values.every((v, i) => v === WEEKDAGEN[i])) return 'weekdag';
  return 'toegestane waarde';
}

/** Lower-cases the first letter of a description for use mid-sentence ("Eén" becomes "één"). */
function lowerFirst(text: string): string {
  if (/^Eén\b/.test(text)) return `één${text.slice(3)}`;
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Dutch message for an enum/literal mismatch, with a suggestion or the list of choices. */
export function invalidChoiceMessage(input: unknown, values: readonly string[]): string {
  const noun = vocabularyNoun(values);
  if (typeof input !== 'string') return `moet één van deze zijn: ${values.join(', ')}`;
  const guess = suggest(input, values);
  return guess
    ? `"${input}" is geen ${noun}. Bedoel je "${guess}"?`
    : `"${input}" is geen ${noun}. Kies uit: ${values.join(', ')}`;
}

/** Chooses the most useful issue of a failed union: the branch that got furthest. */
function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>, root: z.core.$ZodType, path: PropertyKey[]): string | undefined {
  const branches = issue.errors.filter((branch) => branch.length > 0);
  const typed = branches.find((branch) => branch.every((inner) => inner.code !== 'invalid_type' || inner.path.length > 0));
  const pick = typed?.[0];
  if (!pick) return undefined;
  return messageFor({ ...pick, path: [...path, ...pick.path] } as Issue, root);
}

/** The Dutch message for one zod issue, given the root schema it came from. */
export function messageFor(issue: Issue, root: z.core.$ZodType): string {
  const field = schemaAt(root, issue.path);
  const input = (issue as { input?: unknown }).input;
  const own = Boolean(issue.message) && issue.message !== DEFAULT_MARKER;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const hint = field ? descriptionOf(field) : undefined;
        return hint ? `ontbreekt. Vul dit verplichte veld in: ${lowerFirst(hint)}` : 'ontbreekt. Dit veld is verplicht';
      }
      if (own) return issue.message;
      const values = field ? enumValues(field) : undefined;
      if (values) return invalidChoiceMessage(input, values);
      return `moet ${TYPE_NL[issue.expected] ?? issue.expected} zijn, maar is ${describeValue(input)}`;
    }
    case 'invalid_value':
      if (own) return issue.message;
      return invalidChoiceMessage(input, issue.values.map(String));
    case 'invalid_union':
      if (own) return issue.message;
      return unionMessage(issue, root, issue.path) ?? `${describeValue(input)} heeft niet de goede vorm`;
    case 'too_small':
      if (own) return issue.message;
      if (issue.origin === 'array') return 'de lijst mag niet leeg zijn';
      if (issue.origin === 'string') return 'mag niet leeg zijn';
      return `moet minstens ${String(issue.minimum)} zijn`;
    case 'too_big':
      if (own) return issue.message;
      if (issue.origin === 'string') return `is te lang. Maximaal ${String(issue.maximum)} tekens`;
      if (issue.origin === 'array') return `de lijst is te lang. Maximaal ${String(issue.maximum)}`;
      return `mag hoogstens ${String(issue.maximum)} zijn`;
    case 'invalid_format':
      return own ? issue.message : `${describeValue(input)} heeft niet de goede vorm`;
    case 'invalid_key':
      return own ? issue.message : `${describeValue(input)} mag hier niet als naam staan`;
    case 'unrecognized_keys':
      return 'onbekend veld';
    default:
      return own ? issue.message : `${describeValue(input)} is hier niet goed`;
  }
}

/** Converts a failed parse into problems: one per issue, one per unknown key. */
export function issuesToProblems(
  issues: readonly Issue[],
  root: z.core.$ZodType,
  file: string,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const parent = schemaAt(root, issue.path);
      const known = parent ? Object.keys(shapeOf(parent) ?? {}) : [];
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const guess = suggest(key, known);
        problems.push({
          level: 'fout',
          file,
          line: lineOf(path),
          field: formatFieldPath(path),
          message: guess
            ? `"${key}" is geen bekend veld. Bedoel je "${guess}"?`
            : `"${key}" is geen bekend veld. Haal het weg of kies uit: ${known.join(', ')}`,
        });
      }
      continue;
    }
    problems.push({
      level: 'fout',
      file,
      line: lineOf(issue.path),
      field: formatFieldPath(issue.path) || undefined,
      message: messageFor(issue, root),
    });
  }
  return problems;
}
