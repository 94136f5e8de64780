/** A problem the content check found, and how it is printed for an editor. */

export type Level = 'fout' | 'waarschuwing';

export interface Problem {
  level: Level;
  /** Path of the file relative to the working directory, with forward slashes. */
  file: string;
  /** 1-based line in the file, when it can be known. */
  line?: number | undefined;
  /** Field path as editors write it, e.g. `herhaling.dagen` or `wijzigingen[2].datum`. */
  field?: string | undefined;
  /** What is wrong and how to fix it, in Dutch, as one or two sentences. */
  message: string;
}

/**
 * One line per problem, as DESIGN §4 shows it.
 * @example formatProblem({ level: 'fout', file: 'content/activiteiten/koffie.md', line: 7, field: 'herhaling.dagen', message: '"dinsdg" is geen weekdag. Bedoel je "dinsdag"?' })
 * // 'content/activiteiten/koffie.md:7 herhaling.dagen: "dinsdg" is geen weekdag. Bedoel je "dinsdag"?'
 */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}:` : '';
  return `${where}${field} ${problem.message}`;
}

/** Editors count from 1; a path like ['wijzigingen', 1, 'datum'] reads `wijzigingen[2].datum`. Trailing list indexes are left out. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      if (i === path.length - 1) return;
      out += `[${segment + 1}]`;
    } else {
      out += out ? `.${String(segment)}` : String(segment);
    }
  });
  return out;
}

/** Problems sorted by file, then line, errors before warnings within a line. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.level === b.level ? 0 : a.level === 'fout' ? -1 : 1),
  );
}
