import { describe, expect, test } from 'vitest';
import type { Herhaling, ScheduleSource } from './recurrence.ts';
import { joinNl, summarizeSchedule } from './schedule-summary.ts';

function rule(herhaling: Partial<Herhaling>): ScheduleSource {
  return { slug: 'x', herhaling: { elke: 'week', dagen: ['dinsdag'], vanaf: '2026-01-06', feestdagen: 'doorgaan', ...herhaling } };
}

describe('summarizeSchedule: recurring activities', () => {
  test.each<[string, Partial<Herhaling>, string]>([
    ['a weekly day with a time', { tijd: '10:00-12:00' }, 'elke dinsdag, 10.00 – 12.00 uur'],
    ['a weekly day that skips holidays', { tijd: '10:00-12:00', feestdagen: 'overslaan' }, 'elke dinsdag, 10.00 – 12.00 uur, niet op feestdagen'],
    ['the default, which skips holidays', { tijd: '10:00-12:00', feestdagen: undefined }, 'elke dinsdag, 10.00 – 12.00 uur, niet op feestdagen'],
    [
      'the 2nd and 4th Tuesday',
      { elke: 'maand', week_van_de_maand: ['vierde', 'tweede'], tijd: '10:00-12:00', feestdagen: 'overslaan' },
      'elke 2e en 4e dinsdag van de maand, 10.00 – 12.00 uur, niet op feestdagen',
    ],
    ['every other week', { elke: '2-weken', dagen: ['woensdag'] }, 'om de week op woensdag'],
    ['the last Friday of the month', { elke: 'maand', dagen: ['vrijdag'], week_van_de_maand: 'laatste' }, 'elke laatste vrijdag van de maand'],
    ['a monthly rule without a week, which means the first', { elke: 'maand' }, 'elke eerste dinsdag van de maand'],
    ['two weekdays, in week order', { dagen: ['donderdag', 'maandag'] }, 'elke maandag en donderdag'],
    ['three weekdays', { dagen: ['vrijdag', 'maandag', 'woensdag'] }, 'elke maandag, woensdag en vrijdag'],
    ['no weekday given, so the weekday of vanaf', { dagen: [], vanaf: '2027-01-07' }, 'elke donderdag'],
    ['every day', { elke: 'dag' }, 'elke dag'],
    ['every day for a week', { elke: 'dag', vanaf: '2027-01-01', tot_en_met: '2027-01-07', tijd: '10:00' }, 'elke dag van 1 t/m 7 januari 2027, 10.00 uur'],
    ['an end date', { tijd: '10:00-12:00', tot_en_met: '2027-06-30' }, 'elke dinsdag, 10.00 – 12.00 uur, tot en met 30 juni 2027'],
    ['school holidays skipped', { dagen: ['woensdag'], schoolvakanties: 'overslaan' }, 'elke woensdag, niet in de schoolvakanties'],
    ['school holidays kept', { dagen: ['woensdag'], schoolvakanties: 'doorgaan' }, 'elke woensdag'],
    ['an extra date', { extra: ['2026-12-31'] }, 'elke dinsdag, ook op 31 december 2026'],
  ])('%s', (_name, herhaling, expected) => {
    expect(summarizeSchedule(rule(herhaling))).toBe(expected);
  });

  test('a rule that starts after today says from when', () => {
    expect(summarizeSchedule(rule({ vanaf: '2027-01-05' }), { today: '2026-11-25' })).toBe('elke dinsdag, vanaf 5 januari 2027');
    expect(summarizeSchedule(rule({ vanaf: '2026-01-06' }), { today: '2026-11-25' })).toBe('elke dinsdag');
    expect(summarizeSchedule(rule({ vanaf: '2027-01-05' }))).toBe('elke dinsdag');
  });

  test('the time may sit next to the rule instead of inside it', () => {
    expect(summarizeSchedule({ ...rule({}), tijd: '19:30' })).toBe('elke dinsdag, 19.30 uur');
  });
});

describe('summarizeSchedule: single dates and lists', () => {
  test.each<[string, ScheduleSource, string]>([
    ['one day with a time', { slug: 'm', datum: '2026-12-05', tijd: '14:00-16:00' }, 'zaterdag 5 december 2026, 14.00 – 16.00 uur'],
    ['one day on a holiday, without a holiday remark', { slug: 'm', datum: '2026-12-25' }, 'vrijdag 25 december 2026'],
    ['a weekend', { slug: 'f', datum: '2027-06-12', einddatum: '2027-06-13' }, 'zaterdag 12 t/m zondag 13 juni 2027'],
    [
      'a weekend with times',
      { slug: 'f', datum: '2027-06-12', einddatum: '2027-06-13', tijd: '10:00-17:00' },
      'zaterdag 12 t/m zondag 13 juni 2027, 10.00 – 17.00 uur',
    ],
    [
      'three dates in one year at the same time',
      {
        slug: 'r',
        data: [
          { datum: '2027-03-20', tijd: '13:00-16:00' },
          { datum: '2027-01-16', tijd: '13:00-16:00' },
          { datum: '2027-02-20', tijd: '13:00-16:00' },
        ],
      },
      '3 data: za 16 jan, za 20 feb en za 20 mrt 2027, 13.00 – 16.00 uur',
    ],
    [
      'two dates across a new year at different times',
      { slug: 'r', data: [{ datum: '2026-12-19', tijd: '10:00-12:00' }, { datum: '2027-01-16', tijd: '13:00-16:00' }] },
      '2 data: za 19 dec 2026 en za 16 jan 2027',
    ],
    [
      'a long list, as a range',
      {
        slug: 'r',
        data: ['2026-12-05', '2026-12-19', '2027-01-16', '2027-02-06', '2027-02-20', '2027-03-20'].map((datum) => ({ datum })),
      },
      '6 data van 5 december 2026 t/m 20 maart 2027',
    ],
    ['a list of one', { slug: 'r', data: [{ datum: '2027-01-16', tijd: '13:00' }] }, 'zaterdag 16 januari 2027, 13.00 uur'],
    ['nothing to say', { slug: 'leeg' }, ''],
  ])('%s', (_name, src, expected) => {
    expect(summarizeSchedule(src)).toBe(expected);
  });
});

describe('joinNl', () => {
  test.each([
    [[], ''],
    [['maandag'], 'maandag'],
    [['maandag', 'woensdag'], 'maandag en woensdag'],
    [['maandag', 'woensdag', 'vrijdag'], 'maandag, woensdag en vrijdag'],
  ])('%j reads as %j', (items, expected) => {
    expect(joinNl(items)).toBe(expected);
  });
});
