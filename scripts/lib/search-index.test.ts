import { describe, expect, test } from 'vitest';
import { hasPagefindBody, separateDefinitions } from './search-index.ts';

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
