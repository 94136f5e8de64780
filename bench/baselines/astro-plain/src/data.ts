// getCollection once per collection per build (memoised), as any sizeable Astro site should.
// The types are spelled out here rather than taken from astro:content, so this file also type-checks
// inside the main project (whose generated collection types are Wijkwijzer's, not these).
import { getCollection, render } from 'astro:content';

export const SECTIONS = ['agenda', 'initiatieven', 'projecten', 'nieuws'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Entry {
  id: string;
  collection: Section;
  data: { title: string; samenvatting: string; velden: { label: string; waarde: string }[]; data: string[] };
  body?: string;
}

const load = getCollection as unknown as (section: Section) => Promise<Entry[]>;
const cache = new Map<Section, Promise<Entry[]>>();

export function entries(section: Section): Promise<Entry[]> {
  let hit = cache.get(section);
  if (!hit) {
    hit = load(section);
    cache.set(section, hit);
  }
  return hit;
}

/** The rendered Markdown body of an entry. */
export const renderEntry = render as unknown as (entry: Entry) => ReturnType<typeof render>;
