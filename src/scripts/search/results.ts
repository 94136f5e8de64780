/**
 * One search result as the list shows it: the title as a link, a line with
 * soort, wijk and (for an activity) the next date, and the excerpt with the
 * matched words marked. Built with DOM calls, never from raw HTML.
 */
import { resultFacts } from '../../lib/search.ts';
import type { PagefindResultData } from './pagefind-types.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The excerpt as text nodes and <mark> elements only; Pagefind's HTML is parsed in an inert <template>. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK' ? el('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? ''),
  );
}

/** A result list item. data-soort and data-wijken carry the full facts for tests and styling. */
export function renderResult(data: PagefindResultData): Element {
  const soort = data.filters.soort?.[0];
  const wijken = data.filters.wijk ?? [];
  const item = el('li', 'ww-zoek__result');
  item.dataset.soort = soort ?? '';
  item.dataset.wijken = wijken.join('|');

  const heading = el('h3', 'ww-zoek__title');
  const link = el('a', '', data.meta.title ?? data.url);
  link.href = data.meta.url ?? data.url;
  heading.append(link);
  item.append(heading);

  const facts = resultFacts({ soort, wijken, datum: data.meta.datum });
  if (facts) item.append(el('p', 'ww-zoek__facts', facts));
  if (data.excerpt) {
    const excerpt = el('p', 'ww-zoek__excerpt');
    excerpt.append(...excerptNodes(data.excerpt));
    item.append(excerpt);
  }
  if (data.meta.image) {
    const image = el('img', 'ww-zoek__image');
    image.src = data.meta.image;
    image.alt = '';
    image.loading = 'lazy';
    item.prepend(image);
  }
  return item;
}

/** Shown while a result's details load; hidden from screen readers, the count is announced instead. */
export function renderPlaceholder(): Element {
  const item = el('li', 'ww-zoek__result ww-zoek__result--laden');
  item.setAttribute('aria-hidden', 'true');
  return item;
}
