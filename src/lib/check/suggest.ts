/** Did-you-mean suggestions for misspelt keys, references and vocabulary words. */

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The closest candidate to `input`, or undefined when none is close enough
 * (at most a third of the word differs, and never more than 3 edits).
 * @example suggest('dinsdg', ['maandag', 'dinsdag']) // 'dinsdag'
 */
export function suggest(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase().trim();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === needle) return candidate;
    const score = editDistance(needle, c);
    const limit = Math.min(3, Math.max(1, Math.floor(Math.max(needle.length, c.length) / 3)));
    if (score <= limit && score < bestScore) {
      best = candidate;
      bestScore = score;
    } else if (score < bestScore && (c.startsWith(needle) || needle.startsWith(c)) && Math.min(needle.length, c.length) >= 4) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
