import { describe, expect, test } from 'vitest';
import { hasPagefindBody, searchablePart, separateDefinitions } from './search-index.ts';

describe('separateDefinitions', () => {
  test('puts a space after each closing dt and dd, so a fact list is indexed as separate words', () => {
    expect(separateDefinitions('<dl><dt class="x">Kosten</dt><dd>Gratis</dd><dt>Wijk</dt><dd>Beijum</dd></dl>')).toBe(
      '<dl><dt class="x">Kosten</dt> <dd>Gratis</dd> <dt>Wijk</dt> <dd>Beijum</dd> </dl>',
    );
  });

  test('leaves other markup alone', () => {
    expect(separateDefinitions('<p>Koffie</p><span>dt</span>')).toBe('<p>Koffie</p><span>dt</span>');
  });
});

describe('hasPagefindBody', () => {
  test('finds the attribute anywhere in the page', () => {
    expect(hasPagefindBody(Buffer.from('<html><body><header></header><main id="inhoud" data-pagefind-body>Koffie</main></body></html>'))).toBe(true);
  });

  test('is false for a page without it, such as an agenda list', () => {
    expect(hasPagefindBody(Buffer.from('<html><body><main id="inhoud">Agenda</main></body></html>'))).toBe(false);
  });
});

describe('searchablePart', () => {
  const page = (main: string) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Koffie – Wijk</title><script type="application/ld+json">{"a":1}</script></head>` +
    `<body><header><a href="/">Wijk</a></header>${main}<footer>Contact</footer><script type="application/ld+json">{}</script></body></html>`;

  test('keeps the html tag, the title and the searchable main, nothing else', () => {
    const main = '<main id="inhoud" tabindex="-1" data-pagefind-body><h1>Koffie</h1><span data-pagefind-filter="wijk:Beijum"></span></main>';
    expect(searchablePart(page(main))).toBe(`<html lang="nl"><head><title>Koffie – Wijk</title></head><body>${main}</body></html>`);
  });

  test.each([
    ['no data-pagefind-body', '<main id="inhoud"><h1>Agenda</h1></main>'],
    ['the attribute elsewhere, not on main', '<main id="inhoud"><div data-pagefind-body>x</div></main>'],
    ['no main at all', '<div data-pagefind-body>x</div>'],
  ])('%s: the page comes back whole', (_, main) => {
    expect(searchablePart(page(main))).toBe(page(main));
  });
});
