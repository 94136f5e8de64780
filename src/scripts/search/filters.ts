/**
 * Modules for Pagefind's Modular UI: the filters (a fieldset of check boxes per
 * facet: Soort, Wijk, Thema, Doelgroep, Gratis) and the choice of order. Check
 * boxes are built once and then only updated, so keyboard focus never jumps.
 */
import { SEARCH_FILTERS, SEARCH_SOORTEN, filterValueLabel } from '../../lib/search.ts';
import type { FilterCounts, ModularInstance, SearchFilters } from './pagefind-types.ts';

/** Check boxes per facet inside `container`; choosing one searches again with the chosen values. */
export class FilterBoxes {
  private boxes = new Map<string, HTMLInputElement[]>();
  private instance: ModularInstance | undefined;
  /** Counts over the whole index, shown while nothing is searched. */
  private totals: FilterCounts = {};

  constructor(private readonly container: HTMLElement) {}

  register(instance: ModularInstance): void {
    this.instance = instance;
    // 'filters' events come from loading the index (every value, counted over the whole index) and from
    // searches (only the values of that search). Whichever comes first builds the boxes; a later one only adds
    // a facet or value that is still missing, so nothing moves under the keyboard and nothing stays missing.
    instance.on('filters', ({ available, total }) => {
      const first = this.boxes.size === 0;
      if (first || available === total) this.totals = { ...this.totals, ...available };
      this.build(available);
      if (first) this.updateCounts(available);
    });
    instance.on('results', (response) => this.updateCounts(response.filters ?? this.totals));
  }

  /** The chosen values, as Pagefind filters (any of the values within one facet). */
  chosen(): SearchFilters {
    const filters: SearchFilters = {};
    for (const [name, boxes] of this.boxes) {
      const values = boxes.filter((b) => b.checked).map((b) => b.value);
      if (values.length > 0) filters[name] = { any: values };
    }
    return filters;
  }

  /** Adds a fieldset for each facet of `available` that has none yet, and a box for each value not there yet. */
  private build(available: FilterCounts): void {
    for (const [name, label] of SEARCH_FILTERS) {
      // Soorten in their fixed order (activiteit first), other values alphabetically.
      const rank = (v: string) => (name === 'soort' ? (SEARCH_SOORTEN as readonly string[]).indexOf(v) : 0);
      const existing = this.boxes.get(name) ?? [];
      const known = new Set(existing.map((box) => box.value));
      const values = Object.keys(available[name] ?? {})
        .filter((value) => !known.has(value))
        .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'nl'));
      if (values.length === 0) continue;
      let list = this.container.querySelector<HTMLUListElement>(`fieldset[data-facet="${name}"] > ul`);
      if (!list) {
        const fieldset = document.createElement('fieldset');
        fieldset.className = 'ww-zoek__fieldset';
        fieldset.dataset.facet = name;
        const legend = document.createElement('legend');
        legend.textContent = label;
        list = document.createElement('ul');
        list.className = 'ww-list-plain';
        fieldset.append(legend, list);
        this.container.append(fieldset);
      }
      const boxes = values.map((value) => {
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = name;
        box.value = value;
        box.addEventListener('change', () => this.instance?.triggerFilters(this.chosen()));
        const text = document.createElement('span');
        text.textContent = filterValueLabel(name, value);
        const count = document.createElement('span');
        count.className = 'ww-zoek__count';
        const labelEl = document.createElement('label');
        labelEl.append(box, ' ', text, ' ', count);
        const item = document.createElement('li');
        item.append(labelEl);
        list.append(item);
        return box;
      });
      this.boxes.set(name, [...existing, ...boxes]);
    }
  }

  private updateCounts(available: FilterCounts): void {
    for (const [name, boxes] of this.boxes) {
      for (const box of boxes) {
        const n = available[name]?.[box.value] ?? 0;
        const count = box.parentElement?.querySelector('.ww-zoek__count');
        if (count) count.textContent = `(${n})`;
        box.closest('li')?.classList.toggle('ww-zoek__option--leeg', n === 0 && !box.checked);
      }
    }
  }
}

/** The order radio buttons: best match first, or activities by their next date. */
export class SortChoice {
  constructor(
    private readonly radios: HTMLInputElement[],
    private readonly onChange: (byDate: boolean) => void,
  ) {}

  register(): void {
    for (const radio of this.radios) {
      radio.addEventListener('change', () => this.onChange(this.byDate()));
    }
  }

  byDate(): boolean {
    return this.radios.some((r) => r.checked && r.value === 'datum');
  }
}
