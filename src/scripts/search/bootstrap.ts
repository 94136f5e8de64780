/**
 * The only script /zoeken/ loads up front (well under 5 KB). It shows the search
 * form (without JavaScript the page explains where to look instead) and loads
 * the search code on the first focus or keystroke in the field, or at once when
 * the address holds a query (?q=, from the search form in the header).
 */
import type { SearchController } from './ui.ts';

const root = document.getElementById('ww-zoek');
const form = document.getElementById('ww-zoek-form');
const input = document.getElementById('ww-zoek-q');
const status = document.getElementById('ww-zoek-status');
const options = document.getElementById('ww-zoek-opties');
const filters = document.getElementById('ww-zoek-filters');

if (root && form && input instanceof HTMLInputElement && status && options instanceof HTMLDetailsElement && filters) {
  root.hidden = false;
  let started: Promise<SearchController | undefined> | undefined;
  const start = () =>
    (started ??= import('./ui.ts')
      .then((ui) =>
        ui.startSearch({ input, status, options, filters, sortRadios: [...document.querySelectorAll<HTMLInputElement>('input[name="ww-volgorde"]')] }),
      )
      .catch(() => {
        status.textContent = 'Zoeken lukt nu niet. Probeer het later nog eens, of kijk in de agenda.';
        return undefined;
      }));
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('input', start, { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((search) => search?.search(input.value));
  });
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q) {
    input.value = q;
    void start();
  }
}
