/** Renders the Markdown body of any loaded entry (kept apart so site-data.ts stays free of astro:content). */
import { render, type CollectionEntry } from 'astro:content';
import type { Item } from './site-data.ts';

/** The rendered body of an item's entry, for `<Content />`. */
export function renderBody(item: Item<unknown, unknown>) {
  return render(item.entry as CollectionEntry<'activiteiten'>);
}
