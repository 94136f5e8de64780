import { describe, expect, test } from 'vitest';
import { slugify, uniqueSlug } from './slug.ts';

describe('slugify', () => {
  test.each([
    ['Koffieochtend in de Komin', 'koffieochtend-in-de-komin'],
    ['Café de Wiershoeck', 'cafe-de-wiershoeck'],
    ['Ideeëncafé Lewenborg', 'ideeencafe-lewenborg'],
    ['Naïef schilderen', 'naief-schilderen'],
    ['Ĳsselmeer en ijsbaan', 'ijsselmeer-en-ijsbaan'],
    ['IJsclub de Vriendschap', 'ijsclub-de-vriendschap'],
    ['Samen & Gezond', 'samen-en-gezond'],
    ["Kinder's tuin", 'kinders-tuin'],
    ["'s-Hertogenbosch bezoek", 's-hertogenbosch-bezoek'],
    ['Oma’s soep', 'omas-soep'],
    ['Gym voor 55+', 'gym-voor-55-plus'],
    ['  --Dubbele   spaties -- en streepjes--  ', 'dubbele-spaties-en-streepjes'],
    ['Straße', 'strasse'],
    ['Æbleskiver/Øresund', 'aebleskiver-oresund'],
    ['Eten € 2,50', 'eten-euro-2-50'],
    ['Koffie ☕ & taart 🍰', 'koffie-en-taart'],
    ['☕', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('cuts long titles at a word boundary, at most 60 characters', () => {
    const slug = slugify('Informatieavond over de wijkvernieuwing van Beijum met de gemeente en de woningcorporaties');
    expect(slug).toBe('informatieavond-over-de-wijkvernieuwing-van-beijum-met-de');
    expect(slug.length).toBeLessThanOrEqual(60);
  });

  test('cuts one endless word hard', () => {
    expect(slugify('a'.repeat(80))).toBe('a'.repeat(60));
  });

  test('keeps a title of exactly the limit whole', () => {
    const title = `${'a'.repeat(29)} ${'b'.repeat(30)}`;
    expect(slugify(title)).toBe(`${'a'.repeat(29)}-${'b'.repeat(30)}`);
  });
});

describe('uniqueSlug', () => {
  test('returns the slug itself when it is free', () => {
    expect(uniqueSlug('koffie', () => false)).toBe('koffie');
  });

  test('counts on from 2 past every taken name', () => {
    const taken = new Set(['koffie', 'koffie-2', 'koffie-3']);
    expect(uniqueSlug('koffie', (s) => taken.has(s))).toBe('koffie-4');
  });
});
