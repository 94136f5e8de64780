import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { toMarkdown, toYaml, yamlScalar } from './yaml.ts';

describe('yamlScalar', () => {
  test.each([
    ['a date stays unquoted', '2026-12-05', '2026-12-05'],
    ['a quarter stays unquoted', '2020-Q1', '2020-Q1'],
    ['a time is always quoted', '10:00-12:00', '"10:00-12:00"'],
    ['a phone number stays plain', '050 312 4567', '050 312 4567'],
    ['2-weken stays plain', '2-weken', '2-weken'],
    ['plain Dutch text stays plain', 'Koffie en een praatje, voor iedereen.', 'Koffie en een praatje, voor iedereen.'],
    ['text with a colon is quoted', 'Terugblik: buurtfeest', '"Terugblik: buurtfeest"'],
    ['a YAML 1.1 boolean word is quoted', 'Yes', '"Yes"'],
    ['an https URL is quoted', 'https://example.nl/a', '"https://example.nl/a"'],
  ])('%s', (_, input, expected) => {
    expect(yamlScalar(input)).toBe(expected);
  });

  test('inside flow collections commas force quotes', () => {
    expect(yamlScalar('a, b', true)).toBe('"a, b"');
    expect(yamlScalar('a, b', false)).toBe('a, b');
  });

  test('numbers and booleans are written as they are', () => {
    expect(yamlScalar(2.5)).toBe('2.5');
    expect(yamlScalar(true)).toBe('true');
    expect(() => yamlScalar(Number.NaN)).toThrow();
  });
});

describe('toYaml', () => {
  const tricky = {
    titel: 'Terugblik: "buurtfeest" # 1',
    tijd: '10:00',
    datum: '2026-12-05',
    leeg: undefined,
    dagen: ['maandag', 'donderdag'],
    lijst: ['een, twee', 'drie: vier', 'yes', '#hashtag', '- streepje', '[haak]', '{accolade}', 'ä ö ü é ë', 'slash/en&teken'],
    herhaling: { elke: '2-weken', dagen: ['dinsdag'], tijd: '19:00-21:00', vanaf: '2026-01-06', behalve: ['2026-12-29'] },
    wijzigingen: [
      { datum: '2027-01-05', status: 'geannuleerd', toelichting: 'Lange uitleg die niet meer op één regel past omdat hij heel erg lang is, met komma’s.' },
      { datum: '2027-01-12', tijd: '13:00-15:00' },
    ],
    bedragen: { 2020: 42000, 2021: 42000.5 },
    geneste: { a: { b: { c: ['x', 'y'] } } },
    getallen: [1, 2.5, -3],
  };

  test('writes YAML that reads back to the same data', () => {
    const expected = JSON.parse(JSON.stringify(tricky)) as Record<string, unknown>;
    expect(parse(toYaml(tricky))).toEqual(expected);
  });

  test('leaves out undefined fields and uses flow style for short lists', () => {
    const text = toYaml(tricky);
    expect(text).not.toContain('leeg');
    expect(text).toContain('dagen: [maandag, donderdag]');
    expect(text).toContain('tijd: "10:00"');
    expect(text).toContain('datum: 2026-12-05');
  });

  test('toMarkdown wraps the front matter in --- lines and ends in one newline', () => {
    const md = toMarkdown({ titel: 'Koffie' }, 'Tekst.\n\n');
    expect(md).toBe('---\ntitel: Koffie\n---\nTekst.\n');
  });
});
