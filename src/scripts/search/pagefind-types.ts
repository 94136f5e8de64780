/**
 * The parts of Pagefind's browser API (pagefind.js) and Modular UI
 * (pagefind-modular-ui.js, Pagefind 1.6) that the search page uses. Both are
 * plain files in dist/pagefind/, loaded at run time, so they have no types of their own.
 */

/** Per filter, per value: how many results that value would give. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A filter as Pagefind's search() takes it: `{ any: [...] }` matches pages with one of the values. */
export type SearchFilters = Record<string, { any: string[] }>;

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters?: FilterCounts;
  totalFilters?: FilterCounts;
}

export interface PagefindApi {
  search(term: string, options: { filters?: SearchFilters; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindResponse | null>;
}

/** The Modular UI's instance: an event hub that modules register with. */
export interface ModularInstance {
  searchTerm: string;
  searchFilters: SearchFilters;
  on(event: 'search', fn: (term: string, filters: SearchFilters) => void): void;
  on(event: 'filters', fn: (filters: { available: FilterCounts; total: FilterCounts }) => void): void;
  on(event: 'loading', fn: () => void): void;
  on(event: 'results', fn: (response: PagefindResponse) => void): void;
  add(module: unknown): void;
  triggerLoad(): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: SearchFilters): void;
  // Internals the sorting subclass overrides or calls (Pagefind 1.6 Modular UI).
  __pagefind__: PagefindApi | null;
  __searchID__: number;
  __load__(): Promise<void>;
  __clear__(): Promise<void>;
  __dispatch__(event: string, ...args: unknown[]): void;
}

export interface ModularUi {
  Instance: new (options: Record<string, unknown>) => ModularInstance;
  Input: new (options: { inputElement: string; debounceTimeoutMs?: number }) => unknown;
  ResultList: new (options: {
    containerElement: string;
    resultTemplate: (data: PagefindResultData) => Element;
    placeholderTemplate: () => Element;
  }) => unknown;
}

declare global {
  interface Window {
    PagefindModularUI?: ModularUi;
  }
}
