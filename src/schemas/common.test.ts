/** The link, e-mail and phone schemas editors meet most (issue 8, part 2). */
import { describe, expect, test } from 'vitest';
import { EmailSchema, TelefoonSchema, UrlSchema, WebsiteSchema, isDutchPhoneNumber } from './common.ts';

const message = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) =>
  schema.safeParse(value).error?.issues[0]?.message;

describe('UrlSchema', () => {
  test.each(['https://bo-beijum.nl/aanmelden', ' https://bo-beijum.nl ', 'mailto:info@bo-beijum.nl', 'tel:050 123 4567', 'tel:+31501234567', 'http://oud.example.nl'])(
    'accepts %j',
    (value) => {
      expect(UrlSchema.safeParse(value).success).toBe(true);
    },
  );
  test('trims', () => {
    expect(UrlSchema.parse('  https://x.nl  ')).toBe('https://x.nl');
  });
  test.each([
    ['javascript:alert(1)', /gevaarlijke link \(javascript:\)/],
    ['\tjavascript:alert(1)', /gevaarlijke link/],
    ['&#106;avascript:alert(1)', /gevaarlijke link/],
    ['data:text/html,<script>alert(1)</script>', /gevaarlijke link \(data:\)/],
    ['https://x.nl/\u202Eexe', /onzichtbare tekens/],
    ['//evil.example', /begint met \/\//],
    ['ftp://x.nl', /geen toegestane link/],
    ['www.x.nl', /geen toegestane link/],
    ['mailto:geen-adres', /geen geldig e-mailadres/],
    ['tel:bel-me', /geen geldig telefoonnummer/],
  ])('refuses %j', (value, expected) => {
    expect(message(UrlSchema, value)).toMatch(expected);
  });
});

describe('WebsiteSchema', () => {
  test('accepts https and http (the check warns about http)', () => {
    expect(WebsiteSchema.safeParse('https://wij.groningen.nl').success).toBe(true);
    expect(WebsiteSchema.safeParse('http://wij.groningen.nl').success).toBe(true);
  });
  test.each([
    ['mailto:info@x.nl', '"mailto:info@x.nl" is geen geldig webadres. Begin met https://'],
    ['tel:0501234567', '"tel:0501234567" is geen geldig webadres. Begin met https://'],
    ['bo-beijum.nl', '"bo-beijum.nl" is geen geldig webadres. Begin met https://'],
  ])('refuses %j', (value, expected) => {
    expect(message(WebsiteSchema, value)).toBe(expected);
  });
  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'https://good.example@evil.example'])('refuses %j with the reason', (value) => {
    expect(message(WebsiteSchema, value)).not.toMatch(/Begin met https/);
  });
});

describe('EmailSchema', () => {
  test.each(['info@bo-beijum.nl', ' info@bo-beijum.nl '])('accepts %j', (value) => {
    expect(EmailSchema.safeParse(value).success).toBe(true);
  });
  test.each([
    ['info.example.nl', '"info.example.nl" is geen geldig e-mailadres'],
    ['mailto:info@x.nl', '"mailto:info@x.nl": schrijf alleen het e-mailadres, zonder mailto: ervoor'],
    ['Info <info@x.nl>', '"Info <info@x.nl>" is geen geldig e-mailadres. Haal de haakjes en aanhalingstekens weg, zodat alleen naam@voorbeeld.nl overblijft'],
    ['"jan"@x.nl', '""jan"@x.nl" is geen geldig e-mailadres. Haal de haakjes en aanhalingstekens weg, zodat alleen naam@voorbeeld.nl overblijft'],
    ['in fo@x.nl', '"in fo@x.nl" is geen geldig e-mailadres'],
    ['info@x', '"info@x" is geen geldig e-mailadres'],
  ])('refuses %j', (value, expected) => {
    expect(message(EmailSchema, value)).toBe(expected);
  });
});

describe('TelefoonSchema and isDutchPhoneNumber', () => {
  test.each([
    '050 123 4567',
    '050-1234567',
    '0413 123456',
    '(050) 123 4567',
    '+31 50 123 4567',
    '+31 (0)50 123 4567',
    '0031 50 123 4567',
    '+31501234567',
    '06 12345678',
    '0800 1234',
    '0900 123 4567',
    '14 050',
    '085 123 4567',
  ])('accepts %j', (value) => {
    expect(isDutchPhoneNumber(value)).toBe(true);
    expect(TelefoonSchema.safeParse(value).success).toBe(true);
  });
  test.each(['123', '050 123 456', '050 123 45678', '+32 2 123 45 67', '+31 0 12345678', '050\n1234567', '050 123 4567 (na 18 uur)', 'tel:0501234567', 'nul vijftig', '0501234567x', ''])(
    'refuses %j',
    (value) => {
      expect(isDutchPhoneNumber(value)).toBe(false);
    },
  );
  test('the message shows invisible characters instead of printing them', () => {
    expect(message(TelefoonSchema, '050\u0007123')).toBe('"050\\u{7}123" is geen geldig Nederlands telefoonnummer. Schrijf bijvoorbeeld 050 123 4567 of +31 50 123 4567');
  });
});
