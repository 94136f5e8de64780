import { describe, expect, test } from 'vitest';
import { isDutchPhoneNumber } from '../../schemas/common.ts';
import { createRandom } from './random.ts';
import { SlugRegistry, fitSentences, joinDutch, lidwoord, phoneNumber, slugify } from './text.ts';

describe('slugify', () => {
  test.each([
    ['Taalcafé De Brug', 'taalcafe-de-brug'],
    ['Immanuëlkerk', 'immanuelkerk'],
    ['Terugblik: buurtfeest in Molenwijk!', 'terugblik-buurtfeest-in-molenwijk'],
    ['  --Rare   tekens %% hier--  ', 'rare-tekens-hier'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  test('cuts long names at a hyphen', () => {
    const slug = slugify('Een heel erg lange titel die veel te lang is voor een bestandsnaam op de website', 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('SlugRegistry', () => {
  test('hands out the base first, then the alternatives, then numbers', () => {
    const slugs = new SlugRegistry();
    expect(slugs.claim('koffie', ['dinsdag'])).toBe('koffie');
    expect(slugs.claim('koffie', ['dinsdag'])).toBe('koffie-dinsdag');
    expect(slugs.claim('koffie', ['dinsdag'])).toBe('koffie-2');
    expect(slugs.claim('koffie')).toBe('koffie-3');
    expect(slugs.has('koffie-2')).toBe(true);
  });
});

describe('fitSentences', () => {
  test('keeps whole sentences within the limit', () => {
    expect(fitSentences(['Een.', 'Twee.', 'Drie.'], 10)).toBe('Een. Twee.');
  });

  test('cuts a first sentence that is too long at a word', () => {
    const text = fitSentences(['woord '.repeat(60).trim()], 200);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text.endsWith('.')).toBe(true);
  });
});

describe('Dutch helpers', () => {
  test('joinDutch lists with commas and "en"', () => {
    expect(joinDutch(['a'])).toBe('a');
    expect(joinDutch(['a', 'b', 'c'])).toBe('a, b en c');
  });

  test('lidwoord knows the het-words of the activity lists', () => {
    expect(lidwoord('taalcafé')).toBe('het');
    expect(lidwoord('voorleesuurtje')).toBe('het');
    expect(lidwoord('koffieochtend')).toBe('de');
  });

  test('phoneNumber gives valid Dutch landline numbers, never 06', () => {
    const r = createRandom(9);
    for (let i = 0; i < 200; i++) {
      const number = phoneNumber(r);
      expect(isDutchPhoneNumber(number)).toBe(true);
      expect(number.startsWith('06')).toBe(false);
    }
  });
});
