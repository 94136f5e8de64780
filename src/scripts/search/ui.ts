/**
 * The search page's interactive part, loaded only when someone starts to search:
 * Pagefind's Modular UI (input, result list) with our own Dutch modules for the
 * result count (a polite live region), the filters and the order. The query
 * lives in the address bar (?q=) so results can be shared and bookmarked.
 */
import { SEARCH_SORT_DATUM, resultSummary } from '../../lib/search.ts';
import { FilterBoxes, SortChoice } from './filters.ts';
import type { ModularInstance, ModularUi, PagefindResponse, SearchFilters } from './pagefind-types.ts';
import { renderPlaceholder, renderResult } from './results.ts';

const BUNDLE = '/pagefind/';

/** The search page's elements, found by id; see src/components/search/SearchBox.astro. */
export interface SearchElements {
  input: HTMLInputElement;
  status: HTMLElement;
  /** The <details> around order and filters: open at once on a wide screen, folded on a phone. */
  options: HTMLDetailsElement;
  filters: HTMLElement;
  sortRadios: HTMLInputElement[];
}

export interface SearchController {
  search(term: string): void;
}

function loadModularUi(): Promise<ModularUi> {
  if (window.PagefindModularUI) return Promise.resolve(window.PagefindModularUI);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = `${BUNDLE}pagefind-modular-ui.js`;
    script.onload = () => (window.PagefindModularUI ? resolve(window.PagefindModularUI) : reject(new Error('no Modular UI')));
    script.onerror = () => reject(new Error(`${script.src} did not load`));
    document.head.append(script);
  });
}

/** Writes the sentence into the live region; `[AGENDA]` becomes a link to the agenda. */
function announce(status: HTMLElement, sentence: string): void {
  const [before, after] = sentence.split('[AGENDA]');
  const nodes: (Node | string)[] = [before ?? ''];
  if (after !== undefined) {
    const link = document.createElement('a');
    link.href = '/agenda/';
    link.textContent = 'de agenda';
    nodes.push(link, after);
  }
  status.replaceChildren(...nodes);
}

/**
 * The Modular UI instance with one addition: a sort order, passed to Pagefind's
 * search(). Its own search step takes filters only, so that one step is redone
 * here, following pagefind-modular-ui.js of Pagefind 1.6 (the browser test covers it).
 */
function createInstance(ui: ModularUi, onError: () => void): ModularInstance & { sort: Record<string, 'asc'> | undefined } {
  const Base = ui.Instance as unknown as new (options: Record<string, unknown>) => ModularInstance;
  class SortingInstance extends Base {
    sort: Record<string, 'asc'> | undefined;
    async __search__(term: string, filters: SearchFilters): Promise<void> {
      try {
        this.__dispatch__('loading');
        await this.__load__();
        const id = ++this.__searchID__;
        if (!term) return await this.__clear__();
        const sort = this.sort;
        const response = await this.__pagefind__!.search(term, { filters, ...(sort ? { sort } : {}) });
        if (!response || id !== this.__searchID__) return;
        if (response.filters && Object.keys(response.filters).length > 0) {
          this.__dispatch__('filters', { available: response.filters, total: response.totalFilters });
        }
        this.__dispatch__('results', response);
      } catch {
        onError();
      }
    }
  }
  // A small index: searching on the main thread saves loading the 43 KB worker.
  return new SortingInstance({ bundlePath: BUNDLE, excerptLength: 24, noWorker: true });
}

/** Loads Pagefind and wires the search page; resolves with a handle to start a search. */
export async function startSearch(els: SearchElements): Promise<SearchController> {
  const ui = await loadModularUi();
  const fail = () => announce(els.status, 'Zoeken lukt nu niet. Probeer het later nog eens, of kijk in [AGENDA].');
  const instance = createInstance(ui, fail);
  const filters = new FilterBoxes(els.filters);
  let term = '';

  instance.add(new ui.Input({ inputElement: `#${els.input.id}`, debounceTimeoutMs: 250 }));
  instance.add(new ui.ResultList({ containerElement: '#ww-zoek-resultaten', resultTemplate: renderResult, placeholderTemplate: renderPlaceholder }));
  instance.add(filters);
  const sort = new SortChoice(els.sortRadios, (byDate) => {
    instance.sort = byDate ? { [SEARCH_SORT_DATUM]: 'asc' } : undefined;
    instance.triggerSearch(els.input.value);
  });
  sort.register();

  instance.on('search', (t: string) => {
    term = t.trim();
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  });
  instance.on('results', (response: PagefindResponse) => {
    if (els.options.hidden) {
      els.options.hidden = false;
      els.options.open = matchMedia('(min-width: 50rem)').matches;
    }
    if (!term) {
      els.status.textContent = '';
      return;
    }
    const filtered = Object.keys(filters.chosen()).length > 0;
    announce(els.status, resultSummary(response.results.length, term, { filtered, sortedByDate: sort.byDate() }));
  });

  instance.triggerLoad();
  if (els.input.value.trim()) instance.triggerSearch(els.input.value);
  return { search: (t) => instance.triggerSearch(t) };
}
