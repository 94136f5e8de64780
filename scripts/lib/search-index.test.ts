import { describe, expect, test } from 'vitest';
import { separateDefinitions } from './search-index.ts';

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
