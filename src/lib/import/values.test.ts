import { describe, expect, test } from 'vitest';
import {
  parseAanmeldenVia,
  parseDagen,
  parseDatum,
  parseElke,
  parseGetal,
  parseJaNee,
  parseKosten,
  parseTijdInput,
  parseWeekVanDeMaand,
  splitList,
} from './values.ts';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; message: string }) => (parsed.ok ? parsed.value : `FOUT: ${parsed.message}`);

describe('parseDatum', () => {
  test.each([
    ['2026-12-05', '2026-12-05'],
    ['2026-1-5', '2026-01-05'],
    ['5-12-2026', '2026-12-05'],
    ['05/12/2026', '2026-12-05'],
    ['5.12.2026', '2026-12-05'],
    ['5-12-26', '2026-12-05'],
    [' 29-2-2028 ', '2028-02-29'],
  ])('reads %j as %j', (input, expected) => expect(value(parseDatum(input))).toBe(expected));

  test.each([
    ['30-2-2027', /bestaat niet als datum/],
    ['morgen', /is geen datum/],
    ['2026/12/05', /is geen datum/],
  ])('rejects %j in Dutch', (input, message) => expect(value(parseDatum(input))).toMatch(message));
});

describe('parseTijdInput', () => {
  test.each([
    ['10:00-12:00', '10:00-12:00'],
    ['10.00 - 12.30 uur', '10:00-12:30'],
    ['10:00 tot 12:00', '10:00-12:00'],
    ['10u-12u', '10:00-12:00'],
    ['9-11', '09:00-11:00'],
    ['19:30', '19:30'],
    ['10:00 – 12:00', '10:00-12:00'],
  ])('reads %j as %j', (input, expected) => expect(value(parseTijdInput(input))).toBe(expected));

  test.each([
    ['12:00-10:00', /eindtijd/],
    ['25:00', /is geen tijd/],
    ['middag', /is geen tijd/],
  ])('rejects %j', (input, message) => expect(value(parseTijdInput(input))).toMatch(message));
});

describe('parseDagen', () => {
  test.each([
    ['dinsdag', ['dinsdag']],
    ['di en do', ['dinsdag', 'donderdag']],
    ['ma/wo/vr', ['maandag', 'woensdag', 'vrijdag']],
    ['Maandag, Maandag', ['maandag']],
    ['zaterdags', ['zaterdag']],
  ])('reads %j', (input, expected) => expect(value(parseDagen(input))).toEqual(expected));

  test('names the word that is not a weekday, with a suggestion when it is close', () => {
    expect(value(parseDagen('dinsdag en weekend'))).toBe('FOUT: "weekend" is geen weekdag. Schrijf maandag, dinsdag … zondag');
    expect(value(parseDagen('dinsdg'))).toBe('FOUT: "dinsdg" is geen weekdag. Bedoel je "dinsdag"?');
  });
});

describe('parseElke', () => {
  test.each([
    ['elke week', 'week'],
    ['wekelijks', 'week'],
    ['om de week', '2-weken'],
    ['elke 2 weken', '2-weken'],
    ['tweewekelijks', '2-weken'],
    ['maandelijks', 'maand'],
    ['Elke maand', 'maand'],
    ['dagelijks', 'dag'],
    ['', undefined],
    ['eenmalig', undefined],
  ])('reads %j as %j', (input, expected) => expect(value(parseElke(input))).toBe(expected));

  test('rejects what it does not understand', () => expect(value(parseElke('soms'))).toMatch(/begrijpen we niet/));
});

describe('parseWeekVanDeMaand', () => {
  test.each([
    ['tweede', 'tweede'],
    ['2e en 4e', ['tweede', 'vierde']],
    ['laatste', 'laatste'],
    ['1, 3', ['eerste', 'derde']],
  ])('reads %j', (input, expected) => expect(value(parseWeekVanDeMaand(input))).toEqual(expected));

  test('rejects a fifth week', () => expect(value(parseWeekVanDeMaand('vijfde'))).toMatch(/geen week van de maand/));
});

describe('parseKosten', () => {
  test.each([
    ['gratis', 'gratis'],
    ['€ 0', 'gratis'],
    ['vrijwillige bijdrage', 'vrijwillige-bijdrage'],
    ['€ 2,50', { bedrag: 2.5 }],
    ['2.50 inclusief koffie', { bedrag: 2.5, toelichting: 'inclusief koffie' }],
    ['€ 5 (met lunch)', { bedrag: 5, toelichting: 'met lunch' }],
  ])('reads %j', (input, expected) => expect(value(parseKosten(input))).toEqual(expected));

  test('rejects words it does not know', () => expect(value(parseKosten('duur'))).toMatch(/begrijpen we niet als kosten/));
});

describe('parseAanmeldenVia', () => {
  test.each([
    ['info@buurthuis.nl', 'mailto:info@buurthuis.nl'],
    ['050 123 4567', 'tel:+31501234567'],
    ['https://buurthuis.nl/aanmelden', 'https://buurthuis.nl/aanmelden'],
    ['www.buurthuis.nl', 'https://www.buurthuis.nl'],
  ])('reads %j', (input, expected) => expect(value(parseAanmeldenVia(input))).toBe(expected));
});

describe('small readers', () => {
  test('splitList splits on commas, semicolons, slashes and "en"', () => {
    expect(splitList('ontmoeting, gezondheid; sport en bewegen / eenzaamheid')).toEqual(['ontmoeting', 'gezondheid', 'sport en bewegen', 'eenzaamheid']);
    expect(splitList('ma en do & vr', true)).toEqual(['ma', 'do', 'vr']);
    expect(splitList('informatie-en-advies, jong-en-oud', true)).toEqual(['informatie-en-advies', 'jong-en-oud']);
  });
  test('parseJaNee reads Dutch and English', () => {
    expect([parseJaNee('ja'), parseJaNee('Nee'), parseJaNee('true')].map(value)).toEqual([true, false, true]);
  });
  test('parseGetal reads Dutch decimals and thousands', () => {
    expect([parseGetal('2,50'), parseGetal('1.250,75'), parseGetal('€ 42000')].map(value)).toEqual([2.5, 1250.75, 42000]);
  });
});
