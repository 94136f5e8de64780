/**
 * A small seeded pseudo-random generator for the benchmark corpus.
 *
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, fast, good enough
 * for test data, and identical on every platform because it only uses 32-bit
 * integer arithmetic. Never `Math.random`: the same seed must give the same
 * corpus byte for byte.
 */

/** A seeded stream of pseudo-random numbers with the helpers the generator needs. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element, chosen with the given relative weights. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `n` distinct elements (fewer when the list is shorter), in random order. */
  sample<T>(list: readonly T[], n: number): T[];
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
}

/** 32-bit FNV-1a hash of a string: turns labels like `activiteit:17` into sub-seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The mulberry32 step function for a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A random stream for `seed`; `label` gives an independent stream per entity (`activiteit:17`). */
export function createRandom(seed: number, label = ''): Random {
  const next = mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ hashString(label)) >>> 0);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[int(0, list.length - 1)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1]![0];
    },
    sample: (list, n) => shuffle(list).slice(0, Math.max(0, n)),
    shuffle,
  };
}
